/// An annual-cycle item that lands on a meeting's agenda: the peer evaluation every
/// other year (self-evaluation in between), the guide update every November.
public struct AnnualCycleItem: Hashable, Sendable {
    public var title: LocalizedText
    /// The title in the years the rule does not apply to (an alternating pair).
    public var alternate: LocalizedText?
    public var years: YearRule
    public var at: MeetingSelector
    /// The proposed decision (päätösehdotus) a formal body's agenda gives under the item.
    public var proposal: LocalizedText?
    /// What goes with the item to the meeting (liitteet), by title.
    public var attachments: [LocalizedText] = []
    /// The monitoring report attached to the item (`report: previous-year`): the
    /// leadership group reads the year's figures under it.
    public var report: ReportYear?
    public var location: SourceLocation

    public init(title: LocalizedText, alternate: LocalizedText? = nil, years: YearRule = .everyYear,
                at: MeetingSelector = .first, location: SourceLocation) {
        self.title = title
        self.alternate = alternate
        self.years = years
        self.at = at
        self.location = location
    }

    public func title(forCycle year: Int) -> LocalizedText? {
        years.applies(to: year) ? title : alternate
    }
}

/// Which year's monitoring report an agenda item carries, counted from the meeting's year.
public enum ReportYear: String, Hashable, Sendable, CaseIterable, Codable {
    case previousYear = "previous-year", sameYear = "same-year"

    /// The year reported on at a meeting in `meetingYear`.
    public func year(at meetingYear: Int) -> Int { self == .previousYear ? meetingYear - 1 : meetingYear }
}

extension ReportYear: RuleWord {
    public func ruleWords(_ language: Language) -> [String] {
        switch (self, language) {
        case (.previousYear, .fi): return ["edellinen vuosi", "edellinen-vuosi"]
        case (.sameYear, .fi): return ["kuluva vuosi", "kuluva-vuosi"]
        case (.previousYear, .sv): return ["föregående år"]
        case (.sameYear, .sv): return ["innevarande år"]
        case (.previousYear, .en): return ["previous year"]
        case (.sameYear, .en): return ["same year", "this year"]
        }
    }
}
