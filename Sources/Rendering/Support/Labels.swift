import Rules

/// Fixed words of the outputs in each language.
public struct Labels: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func pick(_ fi: String, _ sv: String, _ en: String) -> String { language.pick(fi, sv, en) }

    /// "1 verkosto", "2 verkostoa": a number with its noun in the right form.
    public func count(_ n: Int, _ noun: Noun) -> String {
        let forms: (String, String)
        switch noun {
        case .network: forms = (pick("verkosto", "nätverk", "network"), pick("verkostoa", "nätverk", "networks"))
        case .meeting: forms = (pick("kokous", "möte", "meeting"), pick("kokousta", "möten", "meetings"))
        case .task: forms = (pick("tehtävä", "uppgift", "task"), pick("tehtävää", "uppgifter", "tasks"))
        case .problem: forms = (pick("ongelma", "problem", "problem"), pick("ongelmaa", "problem", "problems"))
        case .person: forms = (pick("henkilö", "person", "person"), pick("henkilöä", "personer", "people"))
        case .place: forms = (pick("paikka", "plats", "place"), pick("paikkaa", "platser", "places"))
        case .feed: forms = (pick("syöte", "flöde", "feed"), pick("syötettä", "flöden", "feeds"))
        }
        return "\(n) \(n == 1 ? forms.0 : forms.1)"
    }

    public enum Noun: Sendable { case network, meeting, task, problem, person, place, feed }
    public var annualCycle: String { pick("vuosikello", "årshjul", "annual cycle") }
    public var convener: String { pick("koollekutsuja", "sammankallare", "convener") }
    public var chair: String { pick("pj", "ordf.", "chair") }
    public var secretary: String { pick("siht.", "sekr.", "secretary") }
    public var tasksHeading: String { pick("Tehtävät, jotka eivät ole kokouksia", "Uppgifter som inte är möten", "Tasks that are not meetings") }
    public var problemsHeading: String { pick("Säännöt, joita ei voitu täyttää", "Regler som inte kunde uppfyllas", "Rules that could not be met") }
    public var warningsHeading: String { pick("Huomautukset", "Anmärkningar", "Notes") }
    public var noMeetings: String { pick("ei kokouksia tällä aikavälillä", "inga möten under perioden", "no meetings in this period") }
    public var reportFrom: String { pick("raportti verkostolta", "rapport från", "report from") }
    public var carriedOver: String { pick("siirtynyt perutusta kokouksesta", "överförd från inställt möte", "carried over from cancelled") }

    // CSV column names.
    public var csvColumns: [String] {
        switch language {
        case .fi: return ["tyyppi", "tunnus", "verkosto", "otsikko", "päivä", "alkaa", "päättyy", "muoto", "paikka",
                          "tila", "koollekutsuja", "puheenjohtaja", "sihteeri", "vastuuhenkilö", "alkaen", "määräpäivä",
                          "asialista"]
        case .sv: return ["typ", "nyckel", "nätverk", "rubrik", "dag", "börjar", "slutar", "form", "plats", "status",
                          "sammankallare", "ordförande", "sekreterare", "ansvarig", "från", "senast", "föredragningslista"]
        case .en: return ["type", "key", "network", "title", "day", "start", "end", "mode", "location", "status",
                          "convener", "chair", "secretary", "owner", "from", "due", "agenda"]
        }
    }

    public var meetingType: String { pick("kokous", "möte", "meeting") }
    public var taskType: String { pick("tehtävä", "uppgift", "task") }
    public var deadlineType: String { pick("määräaika", "tidsfrist", "deadline") }

    // iCalendar texts.
    public var agendaHeading: String { pick("Esityslista", "Föredragningslista", "Agenda") }
    public var convenerName: String { pick("Koollekutsuja", "Sammankallare", "Convener") }
    public var chairName: String { pick("Puheenjohtaja", "Ordförande", "Chair") }
    public var secretaryName: String { pick("Sihteeri", "Sekreterare", "Secretary") }
    public var cancelledPrefix: String { pick("Peruttu", "Inställt", "Cancelled") }
    public var movedNote: String { pick("Kokousta on siirretty.", "Mötet har flyttats.", "The meeting has been moved.") }
    public var dueName: String { pick("Määräpäivä", "Senast", "Due") }
    public var openActionsHeading: String { pick("Avoimet tehtävät", "Öppna uppgifter", "Open actions") }
    public var agendaLink: String { pick("Esityslista", "Föredragningslista", "Agenda") }
    public var meetingPageLink: String { pick("Kokouksen sivu", "Mötets sida", "Meeting page") }
    public var actionPrefix: String { pick("Tehtävä", "Uppgift", "Action") }
    public var donePrefix: String { pick("Tehty", "Klar", "Done") }
    public var recordedAt: String { pick("Kirjattu", "Antecknad", "Recorded") }
    public var fromName: String { pick("Alkaen", "Från", "From") }
    public var ownerName: String { pick("Vastuuhenkilö", "Ansvarig", "Owner") }
    public var meetingName: String { pick("Kokous", "Möte", "Meeting") }
    public var taskCategory: String { pick("tehtävä", "uppgift", "task") }
    public var deadlineCategory: String { pick("määräaika", "tidsfrist", "deadline") }
    public var allNetworks: String { pick("kaikki verkostot", "alla nätverk", "all networks") }
    public func archive(_ year: Int) -> String { pick("arkisto \(year)", "arkiv \(year)", "archive \(year)") }
    public var archiveDescription: String {
        pick("Vuosikello: vuoden kaikki kokoukset, myös tilattavasta kalenterista jo poistuneet.",
             "Vuosikello: årets alla möten, även de som redan lämnat den prenumererade kalendern.",
             "Vuosikello: every meeting of the year, also those gone from the subscribed calendar.")
    }
    public var ownFeed: String { pick("omat kokoukset ja tehtävät", "egna möten och uppgifter", "own meetings and tasks") }
    public var removedNote: String {
        pick("Tätä kokousta ei enää ole suunnitelmassa.", "Mötet finns inte längre i planen.",
             "This meeting is no longer in the plan.")
    }
    public var feedDescription: String {
        pick("Vuosikello: kokoukset päivittyvät tähän kalenteriin automaattisesti.",
             "Vuosikello: mötena uppdateras automatiskt i den här kalendern.",
             "Vuosikello: meetings update in this calendar automatically.")
    }
}
