import CLibical

/// The region's VTIMEZONE, taken from libical's zone data (built from the system's
/// tz database) and truncated by libical to the observances the feed's years need, with
/// the IANA name as TZID: what every DTSTART and DTEND refers to. Observances outside
/// those years (Helsinki's data has rules starting in 2037 and 2038) made some parsers
/// (Ruby's icalendar) reject whole feeds.
final class RegionTimeZone: @unchecked Sendable {
    let tzid: String
    /// Owned; cloned into each calendar.
    let component: OpaquePointer
    /// The VTIMEZONE as text, for the feeds' fingerprints.
    let text: String

    init(identifier: String, years: ClosedRange<Int>) {
        tzid = identifier
        icaltimezone_set_tzid_prefix("")
        guard let zone = icaltimezone_get_builtin_timezone(identifier) ?? icaltimezone_get_builtin_timezone("Europe/Helsinki"),
              let source = icaltimezone_get_component(zone), let clone = icalcomponent_new_clone(source) else {
            fatalError("libical has no time-zone data; install the tzdata package")
        }
        // From the first year to the end of the last, in UTC as libical asks. Compatible
        // mode keeps each observance's original DTSTART instead of adding a zero-offset
        // STANDARD at the start, which Outlook and older parsers dislike.
        icaltimezone_truncate_vtimezone(clone, Self.utc(years.lowerBound - 1), Self.utc(years.upperBound + 2), 1)
        // RFC 7808's TZUNTIL, which truncation adds, makes ics-py reject the calendar.
        while let until = icalcomponent_get_first_property(clone, ICAL_TZUNTIL_PROPERTY) {
            icalcomponent_remove_property(clone, until)
            icalproperty_free(until)
        }
        if let property = icalcomponent_get_first_property(clone, ICAL_TZID_PROPERTY) {
            icalproperty_set_tzid(property, identifier)
        }
        component = clone
        text = Libical.serialize(clone)
    }

    /// 1 January of `year`, 00:00 UTC.
    private static func utc(_ year: Int) -> icaltimetype {
        var time = icaltime_null_time()
        time.year = Int32(year)
        time.month = 1
        time.day = 1
        time.zone = icaltimezone_get_utc_timezone()
        return time
    }

    deinit { icalcomponent_free(component) }
}
