/// The languages the product speaks: Finnish first, then Swedish and English.
public enum Language: String, CaseIterable, Sendable, Codable {
    case fi, sv, en

    /// The sentence in this language, from its three translations.
    public func pick(_ fi: String, _ sv: String, _ en: String) -> String {
        switch self {
        case .fi: return fi
        case .sv: return sv
        case .en: return en
        }
    }
}

/// A text written in Finnish, optionally translated. Rule files may give a plain
/// string (Finnish) or a mapping `{fi: …, sv: …, en: …}`.
public struct LocalizedText: Hashable, Sendable, Codable, CustomStringConvertible {
    public var fi: String
    public var sv: String?
    public var en: String?

    public init(fi: String, sv: String? = nil, en: String? = nil) {
        self.fi = fi
        self.sv = sv
        self.en = en
    }

    public init(_ fi: String) { self.init(fi: fi) }

    /// Falls back to Finnish when a translation is missing.
    public func text(_ language: Language) -> String {
        switch language {
        case .fi: return fi
        case .sv: return sv ?? fi
        case .en: return en ?? fi
        }
    }

    public var description: String { fi }
}
