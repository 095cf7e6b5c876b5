/// Dated work that is not a meeting: a survey, a guide update, a review.
public struct TaskRule: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    /// Who does it: people, or whoever holds a role (all of them when the role is shared).
    public var owners: [Owner]
    public var from: MonthDay
    public var due: MonthDay
    public var years: YearRule
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, owners: [Owner], from: MonthDay, due: MonthDay,
                years: YearRule = .everyYear, location: SourceLocation) {
        self.id = id
        self.title = title
        self.owners = owners
        self.from = from
        self.due = due
        self.years = years
        self.location = location
    }
}
