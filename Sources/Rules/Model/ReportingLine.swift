/// A reporting line: "after X's October meeting, the next johtoryhma meeting gets the
/// item 'Nostot: X'", which also guarantees a report at least once a year.
public struct ReportingLine: Hashable, Sendable {
    /// Up (a report to a higher body) or down (guidance from it to the bodies below): the
    /// two may run between the same networks without making a circle.
    public enum Kind: String, Hashable, Sendable { case report, guidance }

    public var kind: Kind = .report
    public var to: String
    public var after: MeetingSelector
    public var item: LocalizedText?
    public var years: YearRule
    public var location: SourceLocation

    public init(to: String, after: MeetingSelector = .last, item: LocalizedText? = nil,
                years: YearRule = .everyYear, location: SourceLocation) {
        self.to = to
        self.after = after
        self.item = item
        self.years = years
        self.location = location
    }
}
