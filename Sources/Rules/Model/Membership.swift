/// A person's place in a network, possibly for a dated term.
public struct Membership: Hashable, Sendable {
    public var personID: String
    public var roles: [Role]
    public var attendance: Attendance
    public var from: Day?
    public var until: Day?
    public var substituteFor: String?
    public var location: SourceLocation

    public init(personID: String, roles: [Role], attendance: Attendance = .every, from: Day? = nil,
                until: Day? = nil, substituteFor: String? = nil, location: SourceLocation) {
        self.personID = personID
        self.roles = roles
        self.attendance = attendance
        self.from = from
        self.until = until
        self.substituteFor = substituteFor
        self.location = location
    }

    public func isActive(on day: Day) -> Bool {
        (from.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }

    public var hasTerm: Bool { from != nil || until != nil }
}
