import CLibical

/// The region's VTIMEZONE, taken from libical's zone data (built from the system's
/// tz database) and trimmed to the observances in force from the feed's first year on,
/// with the IANA name as TZID: what every DTSTART and DTEND refers to.
final class RegionTimeZone: @unchecked Sendable {
    let tzid: String
    /// Owned; cloned into each calendar.
    let component: OpaquePointer

    init(identifier: String, fromYear: Int) {
        tzid = identifier
        icaltimezone_set_tzid_prefix("")
        guard let zone = icaltimezone_get_builtin_timezone(identifier) ?? icaltimezone_get_builtin_timezone("Europe/Helsinki"),
              let source = icaltimezone_get_component(zone), let clone = icalcomponent_new_clone(source) else {
            fatalError("libical has no time-zone data; install the tzdata package")
        }
        var remove: [OpaquePointer] = []
        var child = icalcomponent_get_first_component(clone, ICAL_ANY_COMPONENT)
        while let observance = child {
            if let rrule = icalcomponent_get_first_property(observance, ICAL_RRULE_PROPERTY) {
                let until = icalproperty_get_rrule(rrule).until
                if icaltime_is_null_time(until) == 0 && Int(until.year) < fromYear - 1 { remove.append(observance) }
            } else if Int(icalcomponent_get_dtstart(observance).year) < fromYear - 1 {
                remove.append(observance)
            }
            child = icalcomponent_get_next_component(clone, ICAL_ANY_COMPONENT)
        }
        for observance in remove {
            icalcomponent_remove_component(clone, observance)
            icalcomponent_free(observance)
        }
        if let property = icalcomponent_get_first_property(clone, ICAL_TZID_PROPERTY) {
            icalproperty_set_tzid(property, identifier)
        }
        component = clone
    }

    deinit { icalcomponent_free(component) }
}
