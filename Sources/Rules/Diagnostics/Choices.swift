/// The choices for a value, as a reader of each language writes them: a message lists
/// them in its own language (and the English keys beside the Finnish and Swedish words).
public struct Choices: Hashable, Sendable {
    public let fi: [String], sv: [String], en: [String]

    public init<E: RuleWord>(_ type: E.Type) {
        fi = E.choices(.fi)
        sv = E.choices(.sv)
        en = E.choices(.en)
    }

    public func words(_ language: Language) -> [String] {
        switch language {
        case .fi: return fi
        case .sv: return sv
        case .en: return en
        }
    }
}
