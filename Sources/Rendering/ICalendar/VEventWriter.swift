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
        bytes(fields(event, stamp: stamp, audience: audience))
    }

    /// The VEVENT of these fields as UTF-8 bytes.
    func bytes(_ fields: VEventFields) -> [UInt8] {
        let vevent = build(fields)
        defer { icalcomponent_free(vevent) }
        return Libical.serializeBytes(vevent)
    }

    /// The component, owned by the caller. An invitation (`itip`) asks every attendee to
    /// answer (RSVP=TRUE, PARTSTAT=NEEDS-ACTION); a cancellation is CANCELLED and names only
    /// the attendees it is sent to.
    func build(_ event: FeedEvent, stamp: EventStamp, audience: Audience, itip: ITIPMessage? = nil) -> OpaquePointer {
        build(fields(event, stamp: stamp, audience: audience, itip: itip))
    }

    /// What the VEVENT says, in words and numbers: everything decided before libical is called.
    func fields(_ event: FeedEvent, stamp: EventStamp, audience: Audience, itip: ITIPMessage? = nil) -> VEventFields {
        let timed = event.start.flatMap { start in event.end.map { (start, $0) } }
        // One comma-separated line: legal either way, but several CATEGORIES lines made
        // ics-py and icalevents reject the whole feed. libical writes the commas as
        // separators, so a comma inside a value would split it.
        // Foundation's replacingOccurrences, called for every category, was half of this function.
        let categories = words.categories(event).map {
            $0.utf8.contains(UInt8(ascii: ",")) ? $0.replacingOccurrences(of: ",", with: " ") : $0
        }
        var fields = VEventFields(
            uid: event.uid, stamp: stamp,
            start: timed.map { .local(event.day, $0.0) } ?? .date(event.day),
            end: timed.map { .local(event.lastDay, $0.1) } ?? .date(event.lastDay.adding(days: 1)),
            summary: words.summary(event), description: words.description(event, for: audience),
            location: words.location(event, for: audience), url: words.url(event, for: audience),
            categories: categories.isEmpty ? nil : categories.joined(separator: ","),
            cancelled: event.cancelled || itip?.method == .cancel, transparent: event.transparent)
        if audience == .members {
            fields.organizer = words.organizer(event)
            let only = itip?.attendees
            fields.attendees = words.attendees(event).filter { only?.contains($0.personID) ?? true }
            fields.invitation = itip?.method == .request
        }
        return fields
    }

    /// The component from its fields, owned by the caller: libical's calls and nothing else
    /// (the benchmark's reference writer times exactly this).
    func build(_ f: VEventFields) -> OpaquePointer {
        let v = icalcomponent_new(ICAL_VEVENT_COMPONENT)!
        func add(_ property: OpaquePointer?) { if let property { icalcomponent_add_property(v, property) } }
        add(icalproperty_new_uid(f.uid))
        add(icalproperty_new_dtstamp(Libical.utc(f.stamp.modified)))
        add(icalproperty_new_created(Libical.utc(f.stamp.created)))
        add(icalproperty_new_lastmodified(Libical.utc(f.stamp.modified)))
        add(icalproperty_new_sequence(Int32(f.stamp.sequence)))
        switch f.start {
        case .local(let day, let time): add(withZone(icalproperty_new_dtstart(Libical.local(day, time))))
        case .date(let day): add(icalproperty_new_dtstart(Libical.date(day)))
        }
        switch f.end {
        case .local(let day, let time): add(withZone(icalproperty_new_dtend(Libical.local(day, time))))
        case .date(let day): add(icalproperty_new_dtend(Libical.date(day)))
        }
        add(icalproperty_new_summary(f.summary))
        add(icalproperty_new_description(f.description))
        if let location = f.location { add(icalproperty_new_location(location)) }
        if let url = f.url { add(icalproperty_new_url(url)) }
        if let categories = f.categories { add(icalproperty_new_categories(categories)) }
        add(icalproperty_new_status(f.cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED))
        if f.transparent { add(icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT)) }
        if let organizer = f.organizer {
            let p = icalproperty_new_organizer(organizer.address)
            icalproperty_add_parameter(p, icalparameter_new_cn(organizer.name))
            add(p)
        }
        for attendee in f.attendees {
            let p = icalproperty_new_attendee(attendee.address)
            icalproperty_add_parameter(p, icalparameter_new_cn(attendee.name))
            let role: icalparameter_role
            switch attendee.role {
            case .chair: role = ICAL_ROLE_CHAIR
            case .required: role = ICAL_ROLE_REQPARTICIPANT
            case .optional: role = ICAL_ROLE_OPTPARTICIPANT
            }
            icalproperty_add_parameter(p, icalparameter_new_role(role))
            if f.invitation {
                icalproperty_add_parameter(p, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION))
                icalproperty_add_parameter(p, icalparameter_new_rsvp(ICAL_RSVP_TRUE))
            } else {
                icalproperty_add_parameter(p, icalparameter_new_rsvp(ICAL_RSVP_FALSE))
            }
            add(p)
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

    /// The serialization as UTF-8 bytes, straight from libical's buffer.
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
