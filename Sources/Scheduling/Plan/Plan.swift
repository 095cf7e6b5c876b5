import Rules

/// The scheduler's result: every network's meetings and tasks in a period, and every
/// rule that could not be met.
public struct Plan: Sendable {
    public var firstYear: Int
    public var lastYear: Int
    /// Chronological; cancelled meetings are included with their status.
    public var meetings: [Meeting]
    public var tasks: [PlannedTask]
    public var problems: [Problem]

    public init(firstYear: Int, lastYear: Int, meetings: [Meeting], tasks: [PlannedTask], problems: [Problem]) {
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.meetings = meetings
        self.tasks = tasks
        self.problems = problems
    }

    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    public func meeting(_ key: String) -> Meeting? { meetings.first { $0.key == key } }

    public func meetings(of networkID: String) -> [Meeting] { meetings.filter { $0.networkID == networkID } }

    public func task(_ key: String) -> PlannedTask? { tasks.first { $0.key == key } }
}
