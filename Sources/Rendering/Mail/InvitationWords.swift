import Rules
import Storage

/// The words of an invitation e-mail in one language.
public struct InvitationWords: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func pick(_ fi: String, _ sv: String, _ en: String) -> String { language.pick(fi, sv, en) }

    /// What the message is, first in its subject.
    public func heading(_ stage: OutboxMessage.Stage, sequence: Int) -> String {
        switch stage {
        case .cancellation: return pick("Peruttu", "Inställt", "Cancelled")
        case .agenda: return pick("Esityslista", "Föredragningslista", "Agenda")
        case .invitation:
            return sequence > 0 ? pick("Muuttunut kokouskutsu", "Ändrad kallelse", "Updated invitation")
                : pick("Kokouskutsu", "Kallelse", "Invitation")
        }
    }

    public var time: String { pick("Aika", "Tid", "Time") }
    public var mode: String { pick("Muoto", "Form", "Mode") }
    public var place: String { pick("Paikka", "Plats", "Place") }
    public var online: String { pick("Etäyhteys", "Distansanslutning", "Online link") }
    public var convener: String { pick("Koollekutsuja", "Sammankallare", "Convener") }
    public var agenda: String { pick("Esityslista", "Föredragningslista", "Agenda") }
    public var openActions: String { pick("Avoimet tehtävät", "Öppna uppgifter", "Open actions") }
    public var answerPrompt: String {
        pick("Ilmoita, tuletko:", "Meddela om du kommer:", "Let us know if you are coming:")
    }
    public var coming: String { pick("Tulen", "Jag kommer", "I am coming") }
    public var notComing: String { pick("En pääse", "Jag kommer inte", "I cannot come") }
    public var substitute: String { pick("Lähetän sijaisen", "Jag skickar en ersättare", "I am sending a substitute") }
    public func reply(_ reply: AnswerRecord.Reply) -> String {
        switch reply {
        case .coming: return coming
        case .notComing: return notComing
        case .substitute: return substitute
        }
    }

    /// A member's answer as the attendance list shows it: `vastasi ”En pääse”`. No colon:
    /// in the minutes a colon introduces the substitute's name.
    public func answered(_ answer: AnswerRecord) -> String {
        pick("vastasi", "svarade", "answered") + " ”" + reply(answer.reply) + "”"
            + (answer.substitute.map { " (\($0.replacingOccurrences(of: ":", with: " ")))" } ?? "")
    }

    public var agendaLink: String { pick("Esityslista verkossa", "Föredragningslistan på webben", "The agenda online") }
    public var pageLink: String { pick("Kokouksen sivu", "Mötets sida", "The meeting's page") }
    public var attached: String {
        pick("Esityslistaluonnos on liitteenä.", "Utkastet till föredragningslista är bifogat.",
             "The draft agenda is attached.")
    }
    public var cancelledNote: String {
        pick("Kokous on peruttu. Se poistuu kalenteristasi, kun avaat tämän viestin.",
             "Mötet är inställt. Det försvinner ur din kalender när du öppnar meddelandet.",
             "The meeting is cancelled. It leaves your calendar when you open this message.")
    }
    public var changedNote: String {
        pick("Kokouksen tiedot ovat muuttuneet: kalenterisi päivittyy, kun hyväksyt kutsun.",
             "Mötets uppgifter har ändrats: din kalender uppdateras när du godkänner kallelsen.",
             "The meeting has changed: your calendar updates when you accept the invitation.")
    }
    public var footer: String {
        pick("Viesti on lähetetty Vuosikellosta. Vastaa kalenterisi painikkeilla tai yllä olevilla linkeillä.",
             "Meddelandet skickades från Vuosikello. Svara med kalenderns knappar eller länkarna ovan.",
             "Sent by Vuosikello. Answer with your calendar's buttons or the links above.")
    }
    /// The agenda's file name in an attachment.
    public var agendaFile: String { pick("esityslista", "foredragningslista", "agenda") }
}
