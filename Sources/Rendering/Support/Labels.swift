import Rules

/// Fixed words of the plan outputs in each language.
struct Labels {
    let language: Language

    private func pick(_ fi: String, _ sv: String, _ en: String) -> String {
        switch language {
        case .fi: return fi
        case .sv: return sv
        case .en: return en
        }
    }

    var networks: String { pick("verkostoa", "nätverk", "networks") }
    var meetings: String { pick("kokousta", "möten", "meetings") }
    var tasks: String { pick("tehtävää", "uppgifter", "tasks") }
    var problems: String { pick("ongelmaa", "problem", "problems") }
    var annualCycle: String { pick("vuosikello", "årshjul", "annual cycle") }
    var convener: String { pick("koollekutsuja", "sammankallare", "convener") }
    var chair: String { pick("pj", "ordf.", "chair") }
    var secretary: String { pick("siht.", "sekr.", "secretary") }
    var tasksHeading: String { pick("Tehtävät, jotka eivät ole kokouksia", "Uppgifter som inte är möten", "Tasks that are not meetings") }
    var problemsHeading: String { pick("Säännöt, joita ei voitu täyttää", "Regler som inte kunde uppfyllas", "Rules that could not be met") }
    var warningsHeading: String { pick("Huomautukset", "Anmärkningar", "Notes") }
    var noMeetings: String { pick("ei kokouksia tällä aikavälillä", "inga möten under perioden", "no meetings in this period") }
    var reportFrom: String { pick("raportti verkostolta", "rapport från", "report from") }
    var carriedOver: String { pick("siirtynyt perutusta kokouksesta", "överförd från inställt möte", "carried over from cancelled") }

    // CSV column names.
    var csvColumns: [String] {
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

    var meetingType: String { pick("kokous", "möte", "meeting") }
    var taskType: String { pick("tehtävä", "uppgift", "task") }
    var deadlineType: String { pick("määräaika", "tidsfrist", "deadline") }
}
