import Rules

/// Why a line of filled-in minutes cannot be read, said so that the secretary can fix it.
public struct MinutesProblem: Error, Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        case noMeetingKey
        case unknownMeeting(String, suggestion: String?)
        case otherNetwork(String)
        case unknownMark(String)
        case unknownPerson(String, suggestion: String?)
        case twice(String)
        case noSubstitute
        case fieldOutsideItem(String)
        case actionParts
        case actionEmptyPart
        case badDate(String)
        case dueBeforeMeeting(String)
        case unknownAction(String)
        case notFound
        case notText
        /// A .docx that is not a readable Word document; the library's own words follow ours.
        case notWord(detail: String)
        case tooLarge(bytes: Int, limit: Int)
    }

    public var file: String
    /// The line (Markdown) or paragraph (Word) number, from 1.
    public var line: Int
    public var reason: Reason

    public init(file: String, line: Int, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public func message(_ language: Language) -> String { "\(file):\(line): " + words(language) }

    private func words(_ language: Language) -> String {
        let pick = language.pick
        func hint(_ s: String?) -> String {
            s.map { pick(" Tarkoititko '\($0)'?", " Menade du '\($0)'?", " Did you mean '\($0)'?") } ?? ""
        }
        switch reason {
        case .noMeetingKey:
            return pick("muistiosta puuttuu kokouksen tunnus (rivi 'Tunnus: verkosto/vuosi/kokous')",
                        "anteckningarna saknar mötets nyckel (raden 'Nyckel: nätverk/år/möte')",
                        "the minutes do not say which meeting they are (the line 'Key: network/year/meeting')")
        case let .unknownMeeting(key, suggestion):
            return pick("kokousta '\(key)' ei ole suunnitelmassa.", "mötet '\(key)' finns inte i planen.",
                        "there is no meeting '\(key)' in the plan.") + hint(suggestion)
        case let .otherNetwork(network):
            return pick("kokous kuuluu verkostolle '\(network)', ei tälle", "mötet hör till nätverket '\(network)'",
                        "the meeting belongs to the network '\(network)'")
        case let .unknownMark(mark):
            return pick("merkintää [\(mark)] ei tunneta: käytä [x] läsnä, [ ] poissa tai [s] sijainen",
                        "markeringen [\(mark)] är okänd: använd [x] närvarande, [ ] frånvarande eller [s] ersättare",
                        "unknown mark [\(mark)]: use [x] present, [ ] absent or [s] substitute")
        case let .unknownPerson(id, suggestion):
            return pick("henkilöä '\(id)' ei ole tiedostossa people.yaml.", "personen '\(id)' finns inte i people.yaml.",
                        "there is no person '\(id)' in people.yaml.") + hint(suggestion)
        case let .twice(id):
            return pick("'\(id)' on merkitty kahdesti", "'\(id)' är markerad två gånger", "'\(id)' is marked twice")
        case .noSubstitute:
            return pick("kirjoita sijaisen nimi tai tunnus rivin loppuun kaksoispisteen jälkeen",
                        "skriv ersättarens namn eller id efter ett kolon i slutet av raden",
                        "write the substitute's name or id after a colon at the end of the line")
        case let .fieldOutsideItem(label):
            return pick("'\(label):' on ennen ensimmäistä numeroitua asiaa (## 1. Otsikko)",
                        "'\(label):' står före det första numrerade ärendet (## 1. Rubrik)",
                        "'\(label):' comes before the first numbered item (## 1. Title)")
        case .actionParts:
            return pick("tehtävässä pitää olla kolme osaa: mitä | kuka | mihin mennessä",
                        "uppgiften ska ha tre delar: vad | vem | senast",
                        "an action needs three parts: what | who | by when")
        case .actionEmptyPart:
            return pick("tehtävän osa on tyhjä: mitä | kuka | mihin mennessä", "en del av uppgiften är tom: vad | vem | senast",
                        "a part of the action is empty: what | who | by when")
        case let .badDate(text):
            return pick("'\(text)' ei ole päivämäärä (2026-06-30 tai 30.6.2026)",
                        "'\(text)' är inget datum (2026-06-30 eller 30.6.2026)",
                        "'\(text)' is not a date (2026-06-30 or 30.6.2026)")
        case let .dueBeforeMeeting(date):
            return pick("määräaika \(date) on ennen kokousta", "tidsfristen \(date) är före mötet",
                        "the due date \(date) is before the meeting")
        case let .unknownAction(id):
            return pick("avointa tehtävää #\(id) ei ole", "det finns ingen öppen uppgift #\(id)",
                        "there is no open action #\(id)")
        case .notFound:
            return pick("tiedostoa ei löydy tai sitä ei voi lukea", "filen finns inte eller kan inte läsas",
                        "the file does not exist or cannot be read")
        case .notText:
            return pick("tiedosto ei ole tekstiä (UTF-8) eikä Word-asiakirja (.docx)",
                        "filen är varken text (UTF-8) eller ett Word-dokument (.docx)",
                        "the file is neither text (UTF-8) nor a Word document (.docx)")
        case let .notWord(detail):
            return pick("tiedosto ei ole luettava Word-asiakirja; tallenna se uudelleen Wordissa (.docx) tai käytä Markdown-pohjaa",
                        "filen är inget läsbart Word-dokument; spara det på nytt i Word (.docx) eller använd Markdown-mallen",
                        "the file is not a readable Word document; save it again from Word (.docx) or use the Markdown template")
                + " [\(detail)]"
        case let .tooLarge(bytes, limit):
            return pick("tiedosto on liian suuri (\(bytes / 1_000_000) Mt); muistiosta luetaan enintään \(limit / 1_000_000) Mt",
                        "filen är för stor (\(bytes / 1_000_000) MB); högst \(limit / 1_000_000) MB läses",
                        "the file is too large (\(bytes / 1_000_000) MB); at most \(limit / 1_000_000) MB of minutes is read")
        }
    }
}
