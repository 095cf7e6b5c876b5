import Rules

/// A person expected at a meeting, with what they do there.
public struct Attendee: Hashable, Sendable, Codable {
    public var personID: String
    public var roles: [Role]
    /// On-demand members are invited but not expected, so their calendars do not block.
    public var optional: Bool

    public init(personID: String, roles: [Role], optional: Bool) {
        self.personID = personID
        self.roles = roles
        self.optional = optional
    }
}
