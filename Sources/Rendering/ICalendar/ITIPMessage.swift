import CLibical
import Storage

/// What makes a feed event an iTIP message (RFC 5546): the method, and for a
/// cancellation sent to some attendees only (one who left the network), which.
public struct ITIPMessage: Hashable, Sendable {
    public var method: ITIPMethod
    /// Person ids to name as attendees; nil for all.
    public var attendees: Set<String>?

    public init(method: ITIPMethod, attendees: Set<String>? = nil) {
        self.method = method
        self.attendees = attendees
    }
}

extension ICalendarRenderer {
    /// The `text/calendar` part of an invitation: a VCALENDAR with METHOD, the region's
    /// VTIMEZONE and the meeting's VEVENT as the members' feeds show it, with the same
    /// UID and SEQUENCE (`stamp`).
    public func invitation(_ event: FeedEvent, stamp: EventStamp, _ message: ITIPMessage) -> String {
        let calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT)!
        defer { icalcomponent_free(calendar) }
        icalcomponent_add_property(calendar, icalproperty_new_version("2.0"))
        icalcomponent_add_property(calendar, icalproperty_new_prodid("-//Vuosikello//Vuosikello//FI"))
        icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"))
        icalcomponent_add_property(calendar, icalproperty_new_method(message.method == .request ? ICAL_METHOD_REQUEST
                                                                                                 : ICAL_METHOD_CANCEL))
        if event.start != nil { icalcomponent_add_component(calendar, icalcomponent_new_clone(timeZoneComponent)) }
        icalcomponent_add_component(calendar, writer.build(event, stamp: stamp, audience: .members, itip: message))
        return Libical.serialize(calendar)
    }
}
