/// A reporting line: "after X's October meeting, the next johtoryhma meeting gets the
/// item 'Nostot: X'", which also guarantees a report at least once a year.
public struct ReportingLine: Hashable, Sendable {
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
