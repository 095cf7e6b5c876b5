import Rules

/// A template that cannot be used, said so that a coordinator can fix the file.
public struct TemplateError: Error, Sendable {
    public enum Reason: Sendable {
        case notFound(name: String, searched: [String])
        case unreadable(String)
        case syntax(Syntax)
        case missingPartial(String)
        case badName(String)
    }

    /// What is wrong with a tag.
    public enum Syntax: Sendable {
        case closedWithOtherName, unfinishedTag, sectionNotClosed, other
    }

    public var file: String
    public var line: Int?
    public var column: Int?
    public var reason: Reason

    public func message(_ language: Language) -> String {
        let place = [file, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return "\(place): " + words(language)
    }

    private func words(_ language: Language) -> String {
        let pick = language.pick
        switch reason {
        case let .notFound(name, searched):
            let list = searched.joined(separator: ", ")
            return pick("pohjaa '\(name)' ei löydy (etsitty: \(list)). Kopioi pohja kansioon templates/ tai aseta VUOSIKELLO_TEMPLATES.",
                        "mallen '\(name)' hittas inte (sökt i: \(list)). Kopiera mallen till mappen templates/ eller ange VUOSIKELLO_TEMPLATES.",
                        "template '\(name)' not found (searched: \(list)). Copy it into templates/ or set VUOSIKELLO_TEMPLATES.")
        case let .unreadable(detail):
            return pick("pohjaa ei voi lukea (\(detail))", "mallen kan inte läsas (\(detail))", "cannot read the template (\(detail))")
        case .syntax(.closedWithOtherName):
            return pick("osio suljetaan eri nimellä kuin se avattiin ({{#nimi}} … {{/nimi}})",
                        "ett avsnitt stängs med ett annat namn än det öppnades med ({{#namn}} … {{/namn}})",
                        "a section is closed with another name than it was opened with ({{#name}} … {{/name}})")
        case .syntax(.unfinishedTag):
            return pick("merkintää ei ole suljettu merkeillä }}", "taggen är inte stängd med }}", "a tag is not closed with }}")
        case .syntax(.sectionNotClosed):
            return pick("{{#…}}-osiota ei suljeta {{/…}}-merkinnällä", "avsnittet {{#…}} stängs aldrig med {{/…}}",
                        "a section opened with {{#…}} is never closed with {{/…}}")
        case .syntax(.other):
            return pick("merkintä ei kelpaa", "taggen är ogiltig", "the tag is not valid")
        case let .missingPartial(name):
            return pick("pohja käyttää osaa '\(name)', jota ei ole pohjakansiossa",
                        "mallen använder delen '\(name)' som inte finns i mallmappen",
                        "the template includes '\(name)', which is not in the templates folder")
        case let .badName(name):
            return pick("pohjan nimi '\(name)' ei kelpaa: käytä kirjaimia, numeroita ja viivoja",
                        "mallnamnet '\(name)' duger inte: använd bokstäver, siffror och bindestreck",
                        "the template name '\(name)' is not valid: use letters, digits and hyphens")
        }
    }
}
