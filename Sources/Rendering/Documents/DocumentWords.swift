import Rules

/// Which document of a meeting: the agenda before it, the minutes after it.
public enum DocumentKind: String, Sendable, CaseIterable, Encodable {
    case agenda, minutes
}

/// The meeting vocabulary of agendas and minutes in Finnish, Swedish and English, as
/// Finnish public bodies use it: a formal body (body: formal) keeps a pöytäkirja /
/// protokoll with legality, quorum and minute checkers; a working group a muistio /
/// minnesanteckningar.
public struct DocumentWords: Sendable {
    public let language: Language
    public let formal: Bool

    public init(language: Language, body: Network.Body) {
        self.language = language
        formal = body == .formal
    }

    private func pick(_ fi: String, _ sv: String, _ en: String) -> String { language.pick(fi, sv, en) }

    public func title(_ kind: DocumentKind) -> String {
        switch kind {
        case .agenda: return pick("Esityslista", "Föredragningslista", "Agenda")
        case .minutes: return formal ? pick("Pöytäkirja", "Protokoll", "Minutes") : pick("Muistio", "Minnesanteckningar", "Notes")
        }
    }

    // Standing parts of every meeting.
    public var opening: String { pick("Kokouksen avaus", "Mötets öppnande", "Opening of the meeting") }
    public var attendance: String {
        formal ? pick("Läsnäolijat, kokouksen laillisuus ja päätösvaltaisuus", "Närvarande, mötets laglighet och beslutförhet",
                      "Attendance, legality and quorum")
            : pick("Läsnäolijat", "Närvarande", "Attendance")
    }
    public var agendaApproval: String { pick("Esityslistan hyväksyminen", "Godkännande av föredragningslistan", "Approval of the agenda") }
    public var minuteCheckers: String { pick("Pöytäkirjantarkastajien valinta", "Val av protokolljusterare", "Election of minute checkers") }
    public var previousMinutes: String {
        formal ? pick("Edellisen kokouksen pöytäkirja", "Föregående mötes protokoll", "Minutes of the previous meeting")
            : pick("Edellisen kokouksen muistio", "Föregående mötes minnesanteckningar", "Notes of the previous meeting")
    }
    public var openActions: String { pick("Avoimet tehtävät", "Öppna uppgifter", "Open action items") }
    public var otherBusiness: String { pick("Muut asiat", "Övriga ärenden", "Any other business") }
    public var nextMeeting: String { pick("Seuraava kokous", "Nästa möte", "Next meeting") }
    public var closing: String { pick("Kokouksen päättäminen", "Mötets avslutande", "Closing of the meeting") }

    // Headings and labels.
    public var meeting: String { pick("Kokous", "Möte", "Meeting") }
    public var network: String { pick("Verkosto", "Nätverk", "Network") }
    public var time: String { pick("Aika", "Tid", "Time") }
    public var place: String { pick("Paikka", "Plats", "Place") }
    public var online: String { pick("Etäyhteys", "Distansanslutning", "Online") }
    public var convener: String { pick("Koollekutsuja", "Sammankallare", "Convener") }
    public var chair: String { pick("Puheenjohtaja", "Ordförande", "Chair") }
    public var secretary: String { pick("Sihteeri", "Sekreterare", "Secretary") }
    public var quorum: String { pick("Päätösvaltaisuus", "Beslutförhet", "Quorum") }
    public var attendanceHeading: String { pick("Läsnä", "Närvarande", "Attendance") }
    public var attendanceHelp: String {
        pick("Merkitse [x] läsnä, [ ] poissa, [s] sijainen (sijaisen nimi tai tunnus kaksoispisteen jälkeen).",
             "Markera [x] närvarande, [ ] frånvarande, [s] ersättare (ersättarens namn efter kolon).",
             "Mark [x] present, [ ] absent, [s] substitute (the substitute's name after a colon).")
    }
    public var present: String { pick("läsnä", "närvarande", "present") }
    public var absent: String { pick("poissa", "frånvarande", "absent") }
    public var substitute: String { pick("sijainen", "ersättare", "substitute") }
    public var discussion: String { pick("Keskustelu", "Diskussion", "Discussion") }
    public var decision: String { pick("Päätös", "Beslut", "Decision") }
    public var proposal: String { pick("Päätösehdotus", "Beslutsförslag", "Proposed decision") }
    public var attachments: String { pick("Liitteet", "Bilagor", "Attachments") }
    public var attachment: String { pick("Liite", "Bilaga", "Attachment") }
    public var page: String { pick("Sivu", "Sida", "Page") }
    public var action: String { pick("Tehtävä", "Uppgift", "Action") }
    public var actionFormat: String {
        pick("mitä | kuka (tunnus) | mihin mennessä (2026-06-30)", "vad | vem (id) | senast (2026-06-30)",
             "what | who (id) | by when (2026-06-30)")
    }
    public var actionsHelp: String {
        pick("Merkitse valmiit tehtävät [x].", "Markera färdiga uppgifter med [x].", "Mark finished items [x].")
    }
    public var owner: String { pick("vastuu", "ansvarig", "owner") }
    public var due: String { pick("määräaika", "senast", "due") }
    public var privacyNote: String {
        pick("Älä kirjaa asiakastietoja: ei nimiä, henkilötunnuksia eikä tunnistettavia tilanteita.",
             "Anteckna inga klientuppgifter: inga namn, personbeteckningar eller identifierbara situationer.",
             "Do not record client data: no names, identity numbers or identifiable situations.")
    }
    public var key: String { pick("Tunnus", "Nyckel", "Key") }
    public var mode: String { pick("Kokousmuoto", "Mötesform", "Format") }
    public var participants: String { pick("Osallistujat", "Deltagare", "Participants") }
    public var optionalAttendance: String { pick("kutsuttaessa", "vid behov", "when invited") }
    public var signatures: String { pick("Allekirjoitukset", "Underskrifter", "Signatures") }
    public var checker: String { pick("Pöytäkirjantarkastaja", "Protokolljusterare", "Minute checker") }
    /// Above the minute checkers' signatures: what they sign for.
    public var checkersIntro: String {
        pick("Pöytäkirja on tarkastettu ja hyväksytty.", "Protokollet har justerats och godkänts.",
             "The minutes have been checked and approved.")
    }
    public var checkers: String { pick("Pöytäkirjantarkastajat", "Protokolljusterare", "Minute checkers") }
    public var recordedAt: String { pick("kirjattu", "antecknad", "recorded") }
    public var noActions: String { pick("ei avoimia tehtäviä", "inga öppna uppgifter", "no open action items") }
    public var done: String { pick("tehty", "klar", "done") }
    public var note: String { pick("huomio", "anteckning", "note") }
    public var overdue: String { pick("myöhässä", "försenad", "overdue") }
    public var annualCycle: String { pick("vuosikello", "årshjulet", "annual cycle") }
    public var cancelledNote: String { pick("Kokous on peruttu.", "Mötet är inställt.", "The meeting is cancelled.") }
    public var noNextMeeting: String { pick("ei vielä sovittu", "inte ännu bestämt", "not yet set") }

    public func reportFrom(_ network: String, _ day: Day) -> String {
        pick("raportti: \(network) (kokous \(day.finnish))", "rapport: \(network) (möte \(day.finnish))",
             "report: \(network) (meeting \(day.finnish))")
    }

    public func reportTo(_ day: Day) -> String {
        pick("käsitellään vastaanottajan kokouksessa \(day.finnish)", "behandlas på mottagarens möte \(day.finnish)",
             "taken up at the receiving network's meeting of \(day.finnish)")
    }

    public func carriedOver(_ day: Day) -> String {
        pick("siirtynyt perutusta kokouksesta \(day.finnish)", "överförd från inställt möte \(day.finnish)",
             "carried over from the cancelled meeting of \(day.finnish)")
    }

    public func previous(_ day: Day) -> String {
        pick("kokous \(day.finnish)", "möte \(day.finnish)", "meeting of \(day.finnish)")
    }

    /// `ti 12.5.2026 klo 9.00–11.00`
    public func when(_ day: Day, _ start: TimeOfDay, _ end: TimeOfDay) -> String {
        let clock = pick("klo ", "kl. ", "")
        return "\(self.day(day)) \(clock)\(start.finnish)–\(end.finnish)"
    }

    /// `ti 12.5.2026`
    public func day(_ day: Day) -> String { "\(day.weekday.abbreviation(language)) \(day.finnish)" }

    /// Every language's word for a field, so that minutes are read in any of them.
    static let discussionWords = ["Keskustelu", "Diskussion", "Discussion"]
    static let decisionWords = ["Päätös", "Beslut", "Decision"]
    static let actionWords = ["Tehtävä", "Uppgift", "Action"]
    /// The line that names the meeting: `Tunnus: key` (or `Kokous: key`).
    static let keyWords = ["Tunnus", "Nyckel", "Key", "Kokous", "Möte", "Meeting"]
    static let attendanceWords = ["Läsnä", "Läsnäolijat", "Närvarande", "Attendance", "Present"]
}
