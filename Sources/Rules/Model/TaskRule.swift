/// Dated work that is not a meeting: a survey, a guide update, a review.
public struct TaskRule: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var owner: Owner?
    public var from: MonthDay
    public var due: MonthDay
    public var years: YearRule
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, owner: Owner?, from: MonthDay, due: MonthDay,
                years: YearRule = .everyYear, location: SourceLocation) {
        self.id = id
        self.title = title
        self.owner = owner
        self.from = from
        self.due = due
        self.years = years
        self.location = location
    }
}
