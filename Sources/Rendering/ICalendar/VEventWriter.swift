import CLibical
import Foundation
import Rules

/// Writes one event as a VEVENT with libical: libical builds the properties, escapes
/// the text, folds lines at 75 octets without splitting a character, and ends lines
/// with CRLF.
struct VEventWriter: Sendable {
    let timeZone: RegionTimeZone
    let words: FeedText

    func text(_ event: FeedEvent, stamp: EventStamp, audience: Audience) -> String {
        let vevent = build(event, stamp: stamp, audience: audience)
        defer { icalcomponent_free(vevent) }
        return Libical.serialize(vevent)
    }

    /// The same text as UTF-8 bytes, straight from libical's buffer.
    func bytes(_ event: FeedEvent, stamp: EventStamp, audience: Audience) -> [UInt8] {
        let vevent = build(event, stamp: stamp, audience: audience)
        defer { icalcomponent_free(vevent) }
        return Libical.serializeBytes(vevent)
    }

    /// The component, owned by the caller. An invitation (`itip`) asks every attendee to
    /// answer (RSVP=TRUE, PARTSTAT=NEEDS-ACTION); a cancellation is CANCELLED and names only
    /// the attendees it is sent to.
    func build(_ event: FeedEvent, stamp: EventStamp, audience: Audience, itip: ITIPMessage? = nil) -> OpaquePointer {
        let v = icalcomponent_new(ICAL_VEVENT_COMPONENT)!
        func add(_ property: OpaquePointer?) { if let property { icalcomponent_add_property(v, property) } }
        let members = audience == .members
        add(icalproperty_new_uid(event.uid))
        add(icalproperty_new_dtstamp(Libical.utc(stamp.modified)))
        add(icalproperty_new_created(Libical.utc(stamp.created)))
        add(icalproperty_new_lastmodified(Libical.utc(stamp.modified)))
        add(icalproperty_new_sequence(Int32(stamp.sequence)))
        if let start = event.start, let end = event.end {
            add(withZone(icalproperty_new_dtstart(Libical.local(event.day, start))))
            add(withZone(icalproperty_new_dtend(Libical.local(event.lastDay, end))))
        } else {
            add(icalproperty_new_dtstart(Libical.date(event.day)))
            add(icalproperty_new_dtend(Libical.date(event.lastDay.adding(days: 1))))
        }
        add(icalproperty_new_summary(words.summary(event)))
        add(icalproperty_new_description(words.description(event, for: audience)))
        if let location = words.location(event, for: audience) { add(icalproperty_new_location(location)) }
        if let url = words.url(event, for: audience) { add(icalproperty_new_url(url)) }
        // One comma-separated line: legal either way, but several CATEGORIES lines made
        // ics-py and icalevents reject the whole feed. libical writes the commas as
        // separators, so a comma inside a value would split it.
        let categories = words.categories(event).map { $0.replacingOccurrences(of: ",", with: " ") }
        if !categories.isEmpty { add(icalproperty_new_categories(categories.joined(separator: ","))) }
        let cancelled = event.cancelled || itip?.method == .cancel
        add(icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED))
        if event.transparent { add(icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT)) }
        if members {
            if let organizer = words.organizer(event) {
                let p = icalproperty_new_organizer(organizer.address)
                icalproperty_add_parameter(p, icalparameter_new_cn(organizer.name))
                add(p)
            }
            for attendee in words.attendees(event) {
                if let only = itip?.attendees, !only.contains(attendee.personID) { continue }
                let p = icalproperty_new_attendee(attendee.address)
                icalproperty_add_parameter(p, icalparameter_new_cn(attendee.name))
                let role: icalparameter_role
                switch attendee.role {
                case .chair: role = ICAL_ROLE_CHAIR
                case .required: role = ICAL_ROLE_REQPARTICIPANT
                case .optional: role = ICAL_ROLE_OPTPARTICIPANT
                }
                icalproperty_add_parameter(p, icalparameter_new_role(role))
                if itip?.method == .request {
                    icalproperty_add_parameter(p, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION))
                    icalproperty_add_parameter(p, icalparameter_new_rsvp(ICAL_RSVP_TRUE))
                } else {
                    icalproperty_add_parameter(p, icalparameter_new_rsvp(ICAL_RSVP_FALSE))
                }
                add(p)
            }
        }
        return v
    }

    private func withZone(_ property: OpaquePointer?) -> OpaquePointer? {
        if let property { icalproperty_add_parameter(property, icalparameter_new_tzid(timeZone.tzid)) }
        return property
    }
}

/// Small conversions between the domain's values and libical's.
enum Libical {
    static func serialize(_ component: OpaquePointer) -> String {
        guard let text = icalcomponent_as_ical_string_r(component) else { return "" }
        defer { free(text) }
        return String(cString: text)
    }

    static func serializeBytes(_ component: OpaquePointer) -> [UInt8] {
        guard let text = icalcomponent_as_ical_string_r(component) else { return [] }
        defer { free(text) }
        return text.withMemoryRebound(to: UInt8.self, capacity: 1) { Array(UnsafeBufferPointer(start: $0, count: strlen(text))) }
    }

    static func utc(_ seconds: Int) -> icaltimetype {
        icaltime_from_timet_with_zone(time_t(seconds), 0, icaltimezone_get_utc_timezone())
    }

    /// A wall-clock time in the region; the TZID parameter says which region.
    static func local(_ day: Day, _ time: TimeOfDay) -> icaltimetype {
        var t = icaltime_null_time()
        let c = day.components
        t.year = Int32(c.year)
        t.month = Int32(c.month)
        t.day = Int32(c.day)
        t.hour = Int32(time.hour)
        t.minute = Int32(time.minute)
        return t
    }

    static func date(_ day: Day) -> icaltimetype {
        var t = local(day, TimeOfDay(minutes: 0)!)
        t.is_date = 1
        return t
    }
}
