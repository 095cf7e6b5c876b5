/// "One of the four is live": how many of a cycle's meetings are held in person, and
/// where in the year they are preferred.
public struct LiveRule: Hashable, Sendable {
    public var perYear: Int
    public var prefer: [MeetingSelector]
    public var mode: MeetingMode
    public var location: SourceLocation

    public init(perYear: Int, prefer: [MeetingSelector] = [], mode: MeetingMode = .live, location: SourceLocation) {
        self.perYear = perYear
        self.prefer = prefer
        self.mode = mode
        self.location = location
    }
}
