import Yams

/// A YAML value together with where it was written. Every typed accessor reports a
/// problem at the value's own line and column and returns nil, so that a parser can
/// carry on and report every problem in one run.
struct RuleNode {
    let node: Node
    let file: String
    let sink: DiagnosticSink

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func error(_ message: DiagnosticMessage) { sink.error(message, at: location) }
    func warning(_ message: DiagnosticMessage) { sink.warning(message, at: location) }

    /// The value as written, for scalars. Times such as 13:00 and dates are read from the
    /// raw text, never through YAML 1.1's sexagesimal and timestamp guesses.
    var scalarText: String? {
        if case .scalar(let scalar) = node { return scalar.string }
        return nil
    }

    var isNull: Bool {
        if case .scalar(let scalar) = node {
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
        return false
    }

    /// A short rendering of what was found, for "expected …, found …".
    var found: String {
        switch node {
        case .scalar(let scalar):
            let s = scalar.string
            return s.count > 40 ? String(s.prefix(40)) + "…" : s
        case .sequence: return "- …"
        case .mapping: return "…: …"
        case .alias: return "*…"
        }
    }

    func text() -> String? {
        guard let s = scalarText, !isNull else {
            error(.expected(.text, found: found))
            return nil
        }
        return s
    }

    func int(min: Int = Int.min, max: Int? = nil) -> Int? {
        guard let s = scalarText, let value = Int(s) else {
            error(.expected(.wholeNumber, found: found))
            return nil
        }
        if value < min || (max.map { value > $0 } ?? false) {
            error(.numberOutOfRange(value, min: min, max: max))
            return nil
        }
        return value
    }

    func bool() -> Bool? {
        switch scalarText?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(.expected(.yesNo, found: found))
            return nil
        }
    }

    /// A list; a single scalar is accepted as a list of one for convenience.
    func list(allowSingle: Bool = true) -> [RuleNode]? {
        switch node {
        case .sequence(let sequence):
            if sequence.count > InputLimits.listItems {
                // Pointed at the first entry too many, so the coordinator sees where the list overflows.
                RuleNode(node: sequence[InputLimits.listItems], file: file, sink: sink)
                    .error(.tooManyItems(limit: InputLimits.listItems))
                return nil
            }
            return sequence.map { RuleNode(node: $0, file: file, sink: sink) }
        case .scalar where allowSingle && !isNull:
            return [self]
        default:
            error(.expected(allowSingle ? .listOrText : .list, found: found))
            return nil
        }
    }

    /// A mapping whose keys are checked against `allowed`; an unknown key is reported
    /// with the closest allowed key as a suggestion, and skipped.
    func mapping(_ allowed: [String]) -> RuleMapping? {
        guard case .mapping(let mapping) = node else {
            error(.expected(.mapping, found: found))
            return nil
        }
        var entries: [RuleMapping.Entry] = []
        var unknown = false
        for (keyNode, valueNode) in mapping {
            let key = RuleNode(node: keyNode, file: file, sink: sink)
            guard let name = key.scalarText else {
                key.error(.expected(.text, found: key.found))
                continue
            }
            if !allowed.contains(name) {
                key.error(.unknownKey(name, suggestion: Suggestion.closest(to: name, in: allowed)))
                unknown = true
                continue
            }
            entries.append(.init(key: name, keyNode: key, value: RuleNode(node: valueNode, file: file, sink: sink)))
        }
        return RuleMapping(node: self, entries: entries, hasUnknownKeys: unknown)
    }

    /// A mapping with free keys (ids), in file order.
    func keyedEntries() -> [(id: String, keyNode: RuleNode, value: RuleNode)]? {
        guard case .mapping(let mapping) = node else {
            error(.expected(.mapping, found: found))
            return nil
        }
        var result: [(String, RuleNode, RuleNode)] = []
        for (keyNode, valueNode) in mapping {
            let key = RuleNode(node: keyNode, file: file, sink: sink)
            guard let name = key.text() else { continue }
            result.append((name, key, RuleNode(node: valueNode, file: file, sink: sink)))
        }
        return result
    }

    // MARK: Domain values

    /// A plain string (Finnish) or `{fi: …, sv: …, en: …}`.
    /// Whether this is a mapping with `key` among its keys (without reporting anything).
    func hasKey(_ key: String) -> Bool {
        guard case .mapping(let mapping) = node else { return false }
        return mapping.keys.contains { $0.string == key }
    }

    func localized() -> LocalizedText? {
        if case .mapping = node {
            guard let map = mapping(["fi", "sv", "en"]) else { return nil }
            guard let fi = map.required("fi")?.text() else { return nil }
            return LocalizedText(fi: fi, sv: map["sv"]?.text(), en: map["en"]?.text())
        }
        return text().map { LocalizedText($0) }
    }

    func identifier() -> String? {
        guard let s = text() else { return nil }
        guard RuleNode.isValidID(s) else {
            error(.invalidID(s))
            return nil
        }
        return s
    }

    static func isValidID(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first.properties.isLowercase || ("0"..."9").contains(first) else {
            return false
        }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    func day() -> Day? {
        guard let s = text() else { return nil }
        if let day = Day(iso: s) { return day }
        let parts = s.split(separator: "-")
        if parts.count == 3, parts.allSatisfy({ Int($0) != nil }) {
            error(.nonexistentDate(s))
        } else {
            error(.invalidDate(s))
        }
        return nil
    }

    func monthDay() -> MonthDay? {
        guard let s = text() else { return nil }
        guard let value = MonthDay(text: s) else {
            error(.invalidMonthDay(s))
            return nil
        }
        return value
    }

    /// `MM-DD` (every year) or `YYYY-MM-DD` (once).
    func dayOrMonthDay() -> Either<Day, MonthDay>? {
        guard let s = text() else { return nil }
        if s.count == 5 { return monthDay().map { .second($0) } }
        return day().map { .first($0) }
    }

    func time() -> TimeOfDay? {
        guard let s = text() else { return nil }
        guard let value = TimeOfDay(text: s) else {
            error(.invalidTime(s))
            return nil
        }
        return value
    }

    func month() -> Int? {
        guard let s = text() else { return nil }
        guard let value = Month.number(from: s) else {
            error(.invalidMonth(s))
            return nil
        }
        return value
    }

    func months() -> Set<Int>? {
        guard let items = list() else { return nil }
        let values = items.compactMap { $0.month() }
        return values.count == items.count ? Set(values) : nil
    }

    func weekday() -> Weekday? {
        guard let s = text() else { return nil }
        guard let value = Weekday(name: s) else {
            error(.invalidWeekday(s))
            return nil
        }
        return value
    }

    func weekdays() -> [Weekday]? {
        guard let items = list() else { return nil }
        let values = items.compactMap { $0.weekday() }
        return values.count == items.count ? values : nil
    }

    func times() -> [TimeOfDay]? {
        guard let items = list() else { return nil }
        let values = items.compactMap { $0.time() }
        return values.count == items.count ? values : nil
    }

    /// A meeting length: `2h`, `90min`, `1h30min`, `1.5h` or a bare number of minutes.
    func minutes() -> Int? {
        guard let s = text() else { return nil }
        guard let value = DurationText.minutes(s), value > 0 else {
            error(.invalidDuration(s))
            return nil
        }
        return value
    }

    /// A span of days: `14d`, `3 weeks`, `1 week` or a bare number of days.
    func days() -> Int? {
        guard let s = text() else { return nil }
        guard let value = DurationText.days(s), value >= 0 else {
            error(.invalidDuration(s))
            return nil
        }
        return value
    }

    /// A value named by its English key or its Finnish or Swedish word (`chair`,
    /// `puheenjohtaja`, `ordförande`); otherwise an error listing the choices.
    func choice<E: RuleWord>(_ type: E.Type) -> E? {
        guard let s = text() else { return nil }
        if let value = E.named(s) { return value }
        error(.invalidChoice(s, choices: Choices(E.self), suggestion: Suggestion.closest(to: s, in: E.allWords)))
        return nil
    }

    func localizedList() -> [LocalizedText]? {
        guard let items = list() else { return nil }
        return items.compactMap { $0.localized() }
    }
}

/// A mapping that has passed the unknown-key check.
struct RuleMapping {
    struct Entry {
        let key: String
        let keyNode: RuleNode
        let value: RuleNode
    }

    let node: RuleNode
    let entries: [Entry]
    /// A misspelt key was reported; follow-on "missing" problems would only repeat it.
    let hasUnknownKeys: Bool

    subscript(key: String) -> RuleNode? {
        guard let value = entries.first(where: { $0.key == key })?.value, !value.isNull else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    func keyLocation(_ key: String) -> SourceLocation? { entries.first(where: { $0.key == key })?.keyNode.location }

    /// The value of a key that must be present; its absence is reported at the mapping.
    func required(_ key: String) -> RuleNode? {
        guard let value = self[key] else {
            if !hasUnknownKeys { node.error(.missingKey(key)) }
            return nil
        }
        return value
    }
}

enum Either<A, B> {
    case first(A)
    case second(B)
}
