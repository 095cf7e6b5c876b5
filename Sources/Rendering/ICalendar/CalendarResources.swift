import CLibical
import Foundation

/// One event as a calendar object of its own, as a CalDAV collection stores it (RFC 4791
/// 4.1: one UID per resource, with the time zone it uses).
public struct CalendarResource: Hashable, Sendable {
    public var uid: String
    /// A VCALENDAR with the region's VTIMEZONE and this one VEVENT.
    public var text: String

    public init(uid: String, text: String) {
        self.uid = uid
        self.text = text
    }
}

extension ICalendarRenderer {
    /// The event as its own calendar object, built and written by libical from the
    /// event itself (never read back from a feed file).
    public func resource(_ event: FeedEvent, stamp: EventStamp, audience: Audience) -> CalendarResource {
        let calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT)!
        defer { icalcomponent_free(calendar) }
        icalcomponent_add_property(calendar, icalproperty_new_version("2.0"))
        icalcomponent_add_property(calendar, icalproperty_new_prodid("-//Vuosikello//Vuosikello//FI"))
        icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"))
        icalcomponent_add_component(calendar, icalcomponent_new_clone(timeZoneComponent))
        icalcomponent_add_component(calendar, vevent(event, stamp: stamp, audience: audience))
        return CalendarResource(uid: event.uid, text: Libical.serialize(calendar))
    }
}
