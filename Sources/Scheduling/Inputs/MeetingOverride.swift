import Rules

/// A coordinator's decision about one meeting (moved, cancelled, or both), kept in the
/// database and honoured by every later plan until restored.
public struct MeetingOverride: Hashable, Sendable {
    public var key: String
    public var day: Day?
    public var start: TimeOfDay?
    public var cancelled: Bool
    /// Made with `--force` against the hard rules or into the past: kept, and warned about.
    public var forced: Bool

    public init(key: String, day: Day? = nil, start: TimeOfDay? = nil, cancelled: Bool = false, forced: Bool = false) {
        self.key = key
        self.day = day
        self.start = start
        self.cancelled = cancelled
        self.forced = forced
    }

    public var isMove: Bool { day != nil }
}
