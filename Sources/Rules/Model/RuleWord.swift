/// A value the rules name by a word. A coordinator may write the English key (`chair`,
/// `remote`) or the Finnish or Swedish word (`puheenjohtaja`, `etä`, `ordförande`): the
/// loader accepts any of them, and lists the choices in the language of its messages.
public protocol RuleWord: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The words a rule file may use for this value in `language`; the first is the one
    /// shown in a list of choices (for English, the key itself comes first).
    func ruleWords(_ language: Language) -> [String]
}

extension RuleWord {
    /// The value a word names, in any of the three languages, ignoring case.
    public static func named(_ word: String) -> Self? {
        let wanted = normalized(word)
        return allCases.first { value in
            normalized(value.rawValue) == wanted
                || Language.allCases.contains { value.ruleWords($0).contains { normalized($0) == wanted } }
        }
    }

    /// The choices as a reader of `language` would write them.
    public static func choices(_ language: Language) -> [String] {
        allCases.map { language == .en ? $0.rawValue : $0.ruleWords(language).first ?? $0.rawValue }
    }

    /// Every word accepted, for suggestions.
    public static var allWords: [String] {
        allCases.flatMap { value in [value.rawValue] + Language.allCases.flatMap { value.ruleWords($0) } }
    }

    static func normalized(_ word: String) -> String {
        word.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

extension Role: RuleWord {
    public func ruleWords(_ language: Language) -> [String] {
        switch (self, language) {
        case (.chair, .fi): return ["puheenjohtaja", "pj"]
        case (.viceChair, .fi): return ["varapuheenjohtaja", "vpj"]
        case (.contactPerson, .fi): return ["yhteyshenkilö"]
        case (.convener, .fi): return ["koollekutsuja", "kokoonkutsuja", "vastuuhenkilö"]
        case (.viceChair, .en): return ["vice chair"]
        case (.contactPerson, .en): return ["contact person"]
        case (_, .en): return []
        default: return [name(language)]
        }
    }
}

extension MeetingMode: RuleWord {
    public func ruleWords(_ language: Language) -> [String] {
        switch (self, language) {
        case (.live, .fi): return ["lähi", "lähikokous", "paikan päällä"]
        case (.remote, .fi): return ["etä", "etäkokous", "verkossa"]
        case (.hybrid, .fi): return ["hybridi", "hybridikokous"]
        case (.live, .sv): return ["närmöte", "på plats"]
        case (.remote, .sv): return ["distans", "distansmöte"]
        case (.hybrid, .sv): return ["hybrid", "hybridmöte"]
        case (.live, .en): return ["in person"]
        case (.remote, .en): return ["online"]
        case (.hybrid, .en): return []
        }
    }
}

extension Attendance: RuleWord {
    public func ruleWords(_ language: Language) -> [String] {
        switch (self, language) {
        case (.every, .fi): return ["joka kokous", "jokainen", "aina"]
        case (.everyOther, .fi): return ["joka toinen", "joka toinen kokous"]
        case (.onDemand, .fi): return ["tarvittaessa", "kutsuttaessa"]
        case (.every, .sv): return ["varje möte", "alltid"]
        case (.everyOther, .sv): return ["vartannat", "vartannat möte"]
        case (.onDemand, .sv): return ["vid behov"]
        case (.every, .en): return ["every meeting"]
        case (.everyOther, .en): return ["every other", "every other meeting"]
        case (.onDemand, .en): return ["on demand"]
        }
    }
}

extension Network.Body: RuleWord {
    public func ruleWords(_ language: Language) -> [String] {
        switch (self, language) {
        case (.formal, .fi): return ["toimielin", "virallinen"]
        case (.workingGroup, .fi): return ["työryhmä", "verkosto"]
        case (.formal, .sv): return ["organ", "formellt organ"]
        case (.workingGroup, .sv): return ["arbetsgrupp", "nätverk"]
        case (.formal, .en): return ["formal body"]
        case (.workingGroup, .en): return ["working group", "network"]
        }
    }
}

extension Rotation.Step: RuleWord {
    public func ruleWords(_ language: Language) -> [String] {
        switch (self, language) {
        case (.meeting, .fi): return ["kokous", "kokouksittain"]
        case (.year, .fi): return ["vuosi", "vuosittain"]
        case (.meeting, .sv): return ["möte"]
        case (.year, .sv): return ["år"]
        case (_, .en): return []
        }
    }
}

extension Language: RuleWord {
    /// `language: suomi` or `fi`: a network's working language.
    public func ruleWords(_ language: Language) -> [String] {
        switch (self, language) {
        case (.fi, .fi): return ["suomi"]
        case (.sv, .fi): return ["ruotsi"]
        case (.en, .fi): return ["englanti"]
        case (.fi, .sv): return ["finska"]
        case (.sv, .sv): return ["svenska"]
        case (.en, .sv): return ["engelska"]
        case (.fi, .en): return ["fi", "Finnish"]
        case (.sv, .en): return ["sv", "Swedish"]
        case (.en, .en): return ["en", "English"]
        }
    }
}
