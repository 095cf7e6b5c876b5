import CLibical
import Rules

/// A calendar's name, description and colour (RFC 7986 and the de facto X-WR- forms).
public struct FeedMetadata: Hashable, Sendable {
    public var name: String
    public var description: String
    /// A CSS colour name (RFC 7986 COLOR).
    public var color: String

    public init(name: String, description: String, color: String) {
        self.name = name
        self.description = description
        self.color = color
    }
}

/// One feed file: libical serializes the VCALENDAR with its properties and VTIMEZONE,
/// and each event is libical's serialization of its VEVENT. libical writes a calendar
/// as its properties, then its components in order, then END:VCALENDAR, so writing the
/// shell's text up to END:VCALENDAR, then the events, then that line, gives exactly the
/// bytes libical gives for the whole tree (a test holds it to that) while streaming a
/// national feed instead of holding it in memory, and serializing each event once for
/// every feed it appears in. The VTIMEZONE, the same in every feed, is serialized once
/// (`RegionTimeZone.text`) and follows the properties, as it would in the whole tree.
struct FeedDocument {
    let header: String
    let footer: String

    init(_ metadata: FeedMetadata, timeZone: RegionTimeZone) {
        let calendar = FeedDocument.shell(metadata, timeZone: timeZone, withTimeZone: false)
        defer { icalcomponent_free(calendar) }
        let text = Libical.serialize(calendar)
        let end = "END:VCALENDAR\r\n"
        precondition(text.hasSuffix(end), "libical ends a calendar with END:VCALENDAR")
        header = String(text.dropLast(end.count)) + timeZone.text
        footer = end
    }

    /// The VCALENDAR with everything but its events; owned by the caller.
    static func shell(_ metadata: FeedMetadata, timeZone: RegionTimeZone, withTimeZone: Bool = true) -> OpaquePointer {
        let c = icalcomponent_new(ICAL_VCALENDAR_COMPONENT)!
        func add(_ property: OpaquePointer?) { if let property { icalcomponent_add_property(c, property) } }
        func x(_ name: String, _ value: String) -> OpaquePointer? {
            let p = icalproperty_new_x(value)
            icalproperty_set_x_name(p, name)
            return p
        }
        add(icalproperty_new_version("2.0"))
        add(icalproperty_new_prodid("-//Vuosikello//Vuosikello//FI"))
        add(icalproperty_new_calscale("GREGORIAN"))
        add(icalproperty_new_method(ICAL_METHOD_PUBLISH))
        add(icalproperty_new_name(metadata.name))
        add(x("X-WR-CALNAME", metadata.name))
        add(icalproperty_new_description(metadata.description))
        add(x("X-WR-CALDESC", metadata.description))
        add(x("X-WR-TIMEZONE", timeZone.tzid))
        add(icalproperty_new_color(metadata.color))
        add(x("X-APPLE-CALENDAR-COLOR", CSSColor.hex(metadata.color)))
        add(icalproperty_new_refreshinterval(icaldurationtype_from_string("PT1H")))
        add(x("X-PUBLISHED-TTL", "PT1H"))
        if withTimeZone { icalcomponent_add_component(c, icalcomponent_new_clone(timeZone.component)) }
        return c
    }
}
