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
