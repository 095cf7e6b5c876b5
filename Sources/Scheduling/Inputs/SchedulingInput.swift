import Rules

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
