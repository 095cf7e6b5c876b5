import Rules
import Scheduling

/// A plan diff in words, in one language: one row per change (what, which meeting, from
/// when to when) and what it reaches (feeds, people). Used by the workspace's preview and
/// by `vuosikello plan --diff`.
public struct PlanDiffText {
    public struct Row: Sendable, Equatable {
        public var kind: PlanDiff.Kind
        public var what: String
        public var key: String
        public var network: String
        public var before: String?
        public var after: String?
    }

    public let rules: RuleSet
    public let language: Language

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
    }

    public func what(_ kind: PlanDiff.Kind) -> String {
        switch kind {
        case .added: return language.pick("uusi", "nytt", "added")
        case .removed: return language.pick("poistuu (peruttu)", "försvinner (inställt)", "removed (cancelled)")
        case .moved: return language.pick("siirtyy", "flyttas", "moved")
        case .remoded: return language.pick("muoto muuttuu", "formen ändras", "mode changes")
        case .cancelled: return language.pick("peruttu", "inställt", "cancelled")
        case .restored: return language.pick("palautuu", "återställs", "restored")
        }
    }

    func when(_ entry: PlanDiff.Entry) -> String {
        let words = DocumentWords(language: language, body: .workingGroup)
        var text = entry.start.flatMap { start in entry.end.map { words.when(entry.day, start, $0) } }
            ?? words.day(entry.day)
        if let mode = entry.mode { text += " (\(mode.name(language)))" }
        return text
    }

    public func rows(_ diff: PlanDiff) -> [Row] {
        diff.changes.map { change in
            Row(kind: change.kind, what: what(change.kind), key: change.entry.key,
                network: rules.network(change.entry.networkID)?.title.text(language) ?? change.entry.networkID,
                before: change.before.map(when), after: change.after.map(when))
        }
    }

    /// "4 uutta, 2 siirtyy …; kalenterit: johtoryhma; henkilöitä 7".
    public func summary(_ diff: PlanDiff) -> String {
        guard !diff.isEmpty else {
            return language.pick("Ei muutoksia kokouksiin.", "Inga ändringar i mötena.", "No change to any meeting.")
        }
        let counts = PlanDiff.Kind.allCases.compactMap { kind -> String? in
            let n = diff.count(kind)
            return n == 0 ? nil : "\(what(kind)) \(n)"
        }.joined(separator: ", ")
        let feeds = language.pick("Muuttuvat kalenterit", "Kalendrar som ändras", "Feeds that change")
        let people = language.pick("henkilökohtaisia kalentereita", "personliga kalendrar", "personal feeds")
        return "\(counts). \(feeds): \(diff.networks.joined(separator: ", ")); \(people) \(diff.people.count)."
    }

    /// The CLI's lines: `siirtyy  johtoryhma/2027/03  to 18.3.2027 klo 13.00–15.00 → ke 17.3.2027 …`.
    public func lines(_ diff: PlanDiff) -> [String] {
        rows(diff).map { row in
            [row.what, row.key, [row.before, row.after].compactMap { $0 }.joined(separator: " → ")]
                .joined(separator: "  ")
        } + [summary(diff)]
    }
}
