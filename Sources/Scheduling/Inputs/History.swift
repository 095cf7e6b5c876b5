import Rules

/// What earlier plans said about what has since happened. A meeting that started before
/// today is taken from here as it was planned (day, time, mode, title, people, agenda,
/// status), whatever the rules say now; so are the tasks already due.
public struct History: Sendable {
    /// Meetings before today, by key, as the last saved plan had them.
    public var meetings: [String: Meeting]
    /// Tasks due before today (and the deadlines of the meetings above), by key.
    public var tasks: [String: PlannedTask]
    /// Meetings already reported as missed: not reported again, never placed.
    public var missed: Set<String>
    /// The years saved plans covered. In them, a past meeting the history does not know
    /// was never planned: it is missed. A year never planned is laid out from the rules.
    public var years: Set<Int>
    /// The first day no saved plan has snapshotted: saves keep a year ahead of their
    /// today, so what falls due from here on has no snapshot whether it was planned or
    /// not. Nil when unknown (saved before this was kept).
    public var snapshotsThrough: Day?

    public init(meetings: [String: Meeting] = [:], tasks: [String: PlannedTask] = [:], missed: Set<String> = [],
                years: Set<Int> = [], snapshotsThrough: Day? = nil) {
        self.meetings = meetings
        self.tasks = tasks
        self.missed = missed
        self.years = years
        self.snapshotsThrough = snapshotsThrough
    }
}
