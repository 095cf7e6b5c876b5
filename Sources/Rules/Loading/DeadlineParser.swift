/// Reads deadline rules (`invitation 3 weeks before`, `minutes within a week after`) and task owners.
enum DeadlineParser {
    static func parse(_ node: RuleNode, context: LoadContext?) -> DeadlineRule? {
        guard let map = node.mapping(RuleSchema.deadline.keys),
              let taskNode = map.required("task"), let taskID = taskNode.identifier() else { return nil }
        let kind: DeadlineRule.Kind
        switch taskID {
        case "invitation": kind = .invitation
        case "agenda": kind = .agenda
        case "minutes": kind = .minutes
        default:
            guard let title = map.required("title")?.localized() else { return nil }
            kind = .custom(id: taskID, title: title)
        }
        let offset: Int
        switch (map["before"], map["after"]) {
        case let (before?, nil):
            guard let days = before.days() else { return nil }
            offset = -days
        case let (nil, after?):
            guard let days = after.days() else { return nil }
            offset = days
        case (.some, .some):
            node.error(.onlyOneOf(["before", "after"]))
            return nil
        case (nil, nil):
            node.error(.missingKey("before"))
            return nil
        }
        var owners: [Owner] = [kind == .minutes ? .role(.secretary) : .role(.convener)]
        if let ownerNode = map["owner"] {
            guard let parsed = Self.owners(ownerNode, context: context) else { return nil }
            owners = parsed
        }
        var rule = DeadlineRule(kind: kind, offsetDays: offset, owners: owners, location: node.location)
        if let items = map["modes"]?.list() {
            rule.modes = Set(items.compactMap { $0.choice(MeetingMode.self) })
        }
        return rule
    }

    /// One owner or a list (`owner: [convener, chair]`); nil when any of them is wrong.
    static func owners(_ node: RuleNode, context: LoadContext?) -> [Owner]? {
        guard let items = node.list() else { return nil }
        let owners = items.compactMap { owner($0, context: context) }
        return owners.count == items.count && !owners.isEmpty ? owners : nil
    }

    /// A role name (`convener`, `secretary`, …, or `sihteeri`, `koollekutsuja`) or a
    /// person id. An English role key is always the role; a person whose id is also a
    /// Finnish or Swedish role word (`puheenjohtaja`) is that person.
    static func owner(_ node: RuleNode, context: LoadContext?) -> Owner? {
        guard let text = node.text() else { return nil }
        if let role = Role(rawValue: text) { return .role(role) }
        if let context, context.people[text] != nil || context.unchecked(.person, at: node) { return .person(text) }
        if let role = Role.named(text) { return .role(role) }
        guard let context else {
            node.error(.invalidChoice(text, choices: Choices(Role.self), suggestion: Suggestion.closest(to: text, in: Role.allWords)))
            return nil
        }
        let candidates = Array(context.people.keys) + Role.allWords
        node.error(.unknownReference(.person, text, suggestion: Suggestion.closest(to: text, in: candidates)))
        return nil
    }
}
