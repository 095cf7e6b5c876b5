import Rules

/// The scheduler's result: every network's meetings and tasks in a period, and every
/// rule that could not be met.
public struct Plan: Sendable {
    public var firstYear: Int
    public var lastYear: Int
    /// The day the plan was made for: meetings before it are history.
    public var today: Day
    /// Chronological; cancelled meetings are included with their status.
    public var meetings: [Meeting]
    public var tasks: [PlannedTask]
    public var problems: [Problem]
    /// Meetings whose window was over before they could be planned, newly found.
    public var missed: [MissedMeeting]

    public init(firstYear: Int, lastYear: Int, today: Day, meetings: [Meeting], tasks: [PlannedTask],
                problems: [Problem], missed: [MissedMeeting] = []) {
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.today = today
        self.meetings = meetings
        self.tasks = tasks
        self.problems = problems
        self.missed = missed
    }

    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    public func meeting(_ key: String) -> Meeting? { meetings.first { $0.key == key } }

    public func meetings(of networkID: String) -> [Meeting] { meetings.filter { $0.networkID == networkID } }

    public func task(_ key: String) -> PlannedTask? { tasks.first { $0.key == key } }

    /// Whether a meeting has happened (it started before today): it is history.
    public func isPast(_ meeting: Meeting) -> Bool { meeting.day < today }
}
