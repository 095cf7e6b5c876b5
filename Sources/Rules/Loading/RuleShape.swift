/// What a value in a rule file may look like, as far as an editor can tell before the
/// loader reads it: the keys a mapping takes, which are required, the words a choice
/// accepts. The loader takes its key lists from here (`RuleSchema`), and the JSON
/// Schemas for editors are generated from the same shapes, so the two cannot drift.
public indirect enum RuleShape: Sendable {
    /// Text; a number is read as text too (`id: 2026`).
    case text
    /// Text, or the same in several languages: `{fi: …, sv: …, en: …}` (`fi` required).
    case localized
    case integer(min: Int, max: Int)
    case boolean
    /// One of a value's words, in any of the three languages (`RuleWord`), or given ones.
    case word([String])
    /// Text the loader reads as a phrase (a cadence, a duration, a date), with examples.
    case phrase(examples: [String])
    /// A list; with `single`, one value may stand without the brackets.
    case list(RuleShape, single: Bool)
    /// A mapping with these keys only.
    case mapping([RuleField])
    /// A mapping from ids to values (`people:`, `municipalities:`).
    case keyed(RuleShape)
    /// Any of these.
    case either([RuleShape])

    static func words<E: RuleWord>(_ type: E.Type) -> RuleShape { .word(E.allWords) }

    /// The keys of a mapping shape, in order: what the loader accepts.
    var keys: [String] {
        guard case .mapping(let fields) = self else { return [] }
        return fields.map(\.key)
    }
}

/// One key of a mapping: its shape, whether it must be there, and what it is for (shown
/// by editors on hover, Finnish first).
public struct RuleField: Sendable {
    public let key: String
    public let shape: RuleShape
    public let required: Bool
    public let help: String
    /// An example value as written in YAML, where the key's usual one (`RuleSchema.help`) would mislead.
    public let example: String

    init(_ key: String, _ shape: RuleShape, required: Bool = false, _ help: String = "", example: String = "") {
        self.key = key
        self.shape = shape
        self.required = required
        self.help = help
        self.example = example
    }

    /// What the key means and an example: the field's own, else the key's usual ones.
    var described: (help: String, example: String) {
        let usual = RuleSchema.help[key] ?? ("", "")
        return (help.isEmpty ? usual.0 : help, example.isEmpty ? usual.1 : example)
    }
}
