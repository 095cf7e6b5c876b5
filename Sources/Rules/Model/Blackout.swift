/// A period with no meetings: either on given dates or every year.
public struct Blackout: Hashable, Sendable {
    public enum Span: Hashable, Sendable {
        case dates(DatedPeriod)
        case everyYear(YearlyPeriod)
    }

    public var name: LocalizedText
    public var span: Span
    /// Whether deadlines also avoid the period. A Christmas break stops meetings, not the
    /// work around them, so by default a deadline may fall in it (`noDeadlines: true` to
    /// move deadlines out of it as well).
    public var noDeadlines: Bool
    public var location: SourceLocation

    public init(name: LocalizedText, span: Span, noDeadlines: Bool = false, location: SourceLocation) {
        self.name = name
        self.span = span
        self.noDeadlines = noDeadlines
        self.location = location
    }
}
