import Rules

/// A coordinator's decision about one meeting (moved, cancelled, or both), kept in the
/// database and honoured by every later plan until restored.
public struct MeetingOverride: Hashable, Sendable {
    public var key: String
    public var day: Day?
    public var start: TimeOfDay?
    public var cancelled: Bool

    public init(key: String, day: Day? = nil, start: TimeOfDay? = nil, cancelled: Bool = false) {
        self.key = key
        self.day = day
        self.start = start
        self.cancelled = cancelled
    }

    public var isMove: Bool { day != nil }
}

/// Where a meeting was in the previous plan. A meeting whose rules have not changed
/// (same signature) stays there if that is still allowed, which keeps plans stable
/// when other networks are added, edited or removed.
public struct BaselineSlot: Hashable, Sendable {
    public var key: String
    public var signature: Signature
    public var day: Day
    public var start: TimeOfDay

    public init(key: String, signature: Signature, day: Day, start: TimeOfDay) {
        self.key = key
        self.signature = signature
        self.day = day
        self.start = start
    }
}

/// Everything the scheduler needs: the rules, the years, and the stored state.
public struct SchedulingInput: Sendable {
    public var rules: RuleSet
    public var firstYear: Int
    public var lastYear: Int
    public var overrides: [String: MeetingOverride]
    public var baseline: [String: BaselineSlot]

    public init(rules: RuleSet, firstYear: Int, lastYear: Int, overrides: [String: MeetingOverride] = [:],
                baseline: [String: BaselineSlot] = [:]) {
        self.rules = rules
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.overrides = overrides
        self.baseline = baseline
    }
}
