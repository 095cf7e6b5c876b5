/// A period with no meetings: either on given dates or every year.
public struct Blackout: Hashable, Sendable {
    public enum Span: Hashable, Sendable {
        case dates(DatedPeriod)
        case everyYear(YearlyPeriod)
    }

    public var name: LocalizedText
    public var span: Span
    public var location: SourceLocation

    public init(name: LocalizedText, span: Span, location: SourceLocation) {
        self.name = name
        self.span = span
        self.location = location
    }
}
