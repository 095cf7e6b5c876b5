/// Who a feed is for: members see organizer, attendees, roles and meeting links; the
/// public feeds carry no names, e-mail addresses, attendee lists or links.
public enum Audience: String, Sendable, CaseIterable {
    case members
    case everyone
}
