import Rules

/// Everything the scheduler needs: the rules, the years, and the stored state.
public struct SchedulingInput: Sendable {
    public var rules: RuleSet
    public var firstYear: Int
    public var lastYear: Int
    public var overrides: [String: MeetingOverride]
    public var baseline: [String: BaselineSlot]
    /// Meetings of the previous plan before this day have happened: they stay where
    /// they were even if their rules have changed since.
    public var today: Day?

    public init(rules: RuleSet, firstYear: Int, lastYear: Int, overrides: [String: MeetingOverride] = [:],
                baseline: [String: BaselineSlot] = [:], today: Day? = nil) {
        self.rules = rules
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.overrides = overrides
        self.baseline = baseline
        self.today = today
    }
}
