import CLibical
import Foundation

/// Splits a feed into one calendar object per event, as CalDAV stores them (RFC 4791
/// 4.1: one UID per resource, with the time zones it uses): parsed and written by libical.
public enum CalendarResources {
    public struct Resource: Hashable, Sendable {
        public var uid: String
        /// A VCALENDAR with the feed's VTIMEZONEs and this one VEVENT.
        public var text: String
    }

    /// nil when the text is not a calendar libical can read.
    public static func split(_ feed: String) -> [Resource]? {
        guard let root = icalparser_parse_string(feed) else { return nil }
        defer { icalcomponent_free(root) }
        guard icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT else { return nil }
        var zones: [OpaquePointer] = []
        var zone = icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT)
        while let found = zone {
            zones.append(found)
            zone = icalcomponent_get_next_component(root, ICAL_VTIMEZONE_COMPONENT)
        }
        var resources: [Resource] = []
        var event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT)
        while let found = event {
            defer { event = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT) }
            guard let uid = icalcomponent_get_uid(found).map({ String(cString: $0) }) else { continue }
            let calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT)!
            defer { icalcomponent_free(calendar) }
            icalcomponent_add_property(calendar, icalproperty_new_version("2.0"))
            icalcomponent_add_property(calendar, icalproperty_new_prodid("-//Vuosikello//Vuosikello//FI"))
            icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"))
            for zone in zones { icalcomponent_add_component(calendar, icalcomponent_new_clone(zone)) }
            icalcomponent_add_component(calendar, icalcomponent_new_clone(found))
            guard let text = icalcomponent_as_ical_string(calendar) else { continue }
            resources.append(Resource(uid: uid, text: String(cString: text)))
        }
        return resources
    }
}
