import Rules
import Storage

/// The action items as a coordinator reads them in a terminal: one per line, with the
/// owner, the due date (and whether it has passed) and the meeting that set it.
public struct ActionList: Sendable {
    public let rules: RuleSet
    public let language: Language
    public let today: Day

    public init(rules: RuleSet, language: Language, today: Day) {
        self.rules = rules
        self.language = language
        self.today = today
    }

    public func render(_ items: [ActionItem]) -> String {
        let words = DocumentWords(language: language, body: .workingGroup)
        guard !items.isEmpty else { return words.noActions + "\n" }
        return items.map { item in
            let due = Day(iso: item.due)
            var state = ""
            if !item.open {
                state = " [\(words.done)\(item.closedAt.map { " " + $0.prefix(10) } ?? "")]"
            } else if let due, due < today {
                state = " [\(words.overdue)]"
            }
            let owner = rules.people[item.owner].map { "\($0.shownName(language)) (\(item.owner))" } ?? item.owner
            return "#\(item.id ?? 0)  \(due?.finnish ?? item.due)  \(owner): \(item.what)\(state)\n"
                + "      \(item.meetingKey), \(item.itemNumber). \(item.itemTitle)"
                + (item.note.map { "\n      \(words.note): \($0)" } ?? "")
        }.joined(separator: "\n") + "\n"
    }
}
