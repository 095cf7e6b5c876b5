import Rules

/// Everything the scheduler needs: the rules, the years, today, and the stored state.
public struct SchedulingInput: Sendable {
    public var rules: RuleSet
    public var firstYear: Int
    public var lastYear: Int
    /// Meetings before this day have happened; nothing new is placed before it.
    public var today: Day
    public var overrides: [String: MeetingOverride]
    public var baseline: [String: BaselineSlot]
    /// What earlier plans said about the past.
    public var history: History
    /// Meetings whose minutes are recorded.
    public var recordedMinutes: Set<String>
    /// Items added to one meeting's agenda only, by meeting key, in the order added.
    public var extraItems: [String: [LocalizedText]]

    public init(rules: RuleSet, firstYear: Int, lastYear: Int, today: Day, overrides: [String: MeetingOverride] = [:],
                baseline: [String: BaselineSlot] = [:], history: History = History(),
                recordedMinutes: Set<String> = [], extraItems: [String: [LocalizedText]] = [:]) {
        self.extraItems = extraItems
        self.rules = rules
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.today = today
        self.overrides = overrides
        self.baseline = baseline
        self.history = history
        self.recordedMinutes = recordedMinutes
    }
}
