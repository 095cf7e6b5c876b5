import Rules

/// The monitoring report's words, in one place per language.
public struct ReportWords: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func pick(_ fi: String, _ sv: String, _ en: String) -> String { language.pick(fi, sv, en) }

    public func title(_ year: Int) -> String {
        pick("Perhekeskustoiminnan seurantaraportti \(year)", "Uppföljningsrapport för familjecentrumverksamheten \(year)",
             "Family-centre monitoring report \(year)")
    }
    /// The agenda item's attachment: the report's title and its file.
    public func attachment(_ year: Int, file: String) -> String { "\(title(year)) (\(file))" }
    public func asOf(_ day: Day) -> String {
        pick("Tilanne \(day.finnish)", "Läget \(day.finnish)", "As of \(day.iso)")
    }
    public func networksShown(_ titles: [String]) -> String {
        pick("Verkostot: ", "Nätverk: ", "Networks: ") + titles.joined(separator: ", ")
    }
    public var allNetworks: String { pick("Kaikki verkostot", "Alla nätverk", "All networks") }

    public var meetingsHeading: String { pick("Kokoukset", "Möten", "Meetings") }
    public var attendanceHeading: String { pick("Osallistuminen", "Deltagande", "Attendance") }
    public var itemsHeading: String { pick("Vuosikellon asiat", "Årshjulets ärenden", "Annual-cycle items") }
    public var reportsHeading: String { pick("Raportit johtoryhmälle ja muille", "Rapporter", "Reports along reporting lines") }
    public var actionsHeading: String { pick("Tehtävät pöytäkirjoista", "Uppgifter från protokollen", "Actions from minutes") }
    public var tasksHeading: String {
        pick("Seurantatehtävät (kyselyt, indikaattorit)", "Uppföljningsuppgifter (enkäter, indikatorer)",
             "Monitoring tasks (surveys, indicators)")
    }
    public var byOrganisation: String { pick("Organisaatioittain", "Per organisation", "By organisation") }
    public var byMunicipality: String { pick("Kunnittain", "Per kommun", "By municipality") }
    public var byPerson: String {
        pick("Henkilöittäin (vain koordinaattorille)", "Per person (endast för koordinatorn)", "By person (coordinator only)")
    }

    public var network: String { pick("Verkosto", "Nätverk", "Network") }
    public var total: String { pick("Yhteensä", "Totalt", "Total") }
    public var planned: String { pick("Suunniteltu", "Planerade", "Planned") }
    public var held: String { pick("Pidetty", "Hållna", "Held") }
    public var upcoming: String { pick("Tulossa", "Kommande", "Upcoming") }
    public var moved: String { pick("Siirretty", "Flyttade", "Moved") }
    public var cancelled: String { pick("Peruttu", "Inställda", "Cancelled") }
    public var minutesRecorded: String { pick("Pöytäkirja kirjattu", "Protokoll förda", "Minutes recorded") }
    public var live: String { pick("Lähikokoukset: sääntö / pidetty", "Närmöten: regel / hållna", "In person: rule / held") }
    public func liveFigure(_ live: YearReport.Live?) -> String {
        guard let live else { return "–" }
        let rule = live.required.map(String.init) ?? pick("kaikki", "alla", "all")
        return "\(rule) / \(live.held)"
    }
    public var name: String { pick("Nimi", "Namn", "Name") }
    public var attended: String { pick("Paikalla / odotettu", "Närvarande / väntade", "Present / expected") }
    public var rate: String { pick("Osallistumisaste", "Deltagande", "Rate") }
    public var byAnswers: String {
        pick("Kutsun vastausten mukaan (ei pöytäkirjaa)", "Enligt svaren på kallelsen (inget protokoll)",
             "By invitation answers (no minutes)")
    }
    public var notGiven: String { pick("ei ilmoitettu", "inte angiven", "not given") }
    /// The municipality row of members of provincial networks from non-municipal bodies.
    public var noMunicipality: String {
        pick("maakunnallinen tai muu kuin kunta", "landskapet eller annan än kommun", "provincial or not a municipality")
    }
    public func percent(_ value: Int?) -> String { value.map { "\($0) %" } ?? "–" }
    public var attendanceNote: String {
        pick("Osallistumisaste lasketaan pidettyjen kokousten odotetuista jäsenistä (paikalla tai varajäsen). Kokouksista, joiden pöytäkirjaa ei ole kirjattu, näytetään erikseen kutsuun annetut vastaukset.",
             "Deltagandet räknas på de väntade medlemmarna vid hållna möten (närvarande eller ersättare). För möten utan fört protokoll visas svaren på kallelsen separat.",
             "The rate counts the expected members of held meetings (present, or a substitute standing in). For meetings whose minutes are not recorded, the invitation answers are shown separately.")
    }

    public var due: String { pick("Ajoitettu", "Planerade", "Due") }
    public var handled: String { pick("Käsitelty", "Behandlade", "Handled") }
    public var required: String { pick("Vaaditaan", "Krävs", "Required") }
    public var delivered: String { pick("Toimitettu", "Levererade", "Delivered") }
    public var opened: String { pick("Kirjattu", "Förda", "Recorded") }
    public var closed: String { pick("Tehty", "Klara", "Done") }
    public var overdue: String { pick("Myöhässä", "Försenade", "Overdue") }
    public var open: String { pick("Avoinna", "Öppna", "Open") }
    public var done: String { pick("Tehty", "Klar", "Done") }
    public var meeting: String { pick("Kokous", "Möte", "Meeting") }
    public var item: String { pick("Asia", "Ärende", "Item") }
    public var state: String { pick("Tila", "Läge", "State") }
    public var from: String { pick("Raportoija", "Från", "From") }
    public var to: String { pick("Vastaanottaja", "Till", "To") }
    public var task: String { pick("Tehtävä", "Uppgift", "Task") }
    public var dueDay: String { pick("Määräpäivä", "Förfallodag", "Due") }
    public var owner: String { pick("Vastuuhenkilö", "Ansvarig", "Owner") }
    public var what: String { pick("Mitä", "Vad", "What") }
    public var oldestOverdue: String { pick("Vanhin myöhässä oleva", "Äldsta försenade", "Oldest overdue") }
    public var noneOverdue: String { pick("Ei myöhässä olevia tehtäviä.", "Inga försenade uppgifter.", "No overdue actions.") }
    public var nothing: String { pick("Ei merkintöjä.", "Inga poster.", "Nothing recorded.") }
    public var month: String { pick("Kuukausi", "Månad", "Month") }

    public func state(_ state: YearReport.ItemState) -> String {
        switch state {
        case .handled: return pick("käsitelty", "behandlat", "handled")
        case .notRecorded: return pick("ei kirjausta pöytäkirjassa", "inget i protokollet", "nothing in the minutes")
        case .noMinutes: return pick("pöytäkirja puuttuu", "protokoll saknas", "minutes not recorded")
        case .upcoming: return pick("tulossa", "kommande", "upcoming")
        case .notPlanned: return pick("ei kokousta vuonna", "inget möte under året", "no meeting in the year")
        }
    }

    public func state(_ state: YearReport.Task.State) -> String {
        switch state {
        case .done: return done.lowercased()
        case .overdue: return overdue.lowercased()
        case .open: return open.lowercased()
        }
    }

    public func monthName(_ month: Int) -> String {
        let fi = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"]
        let sv = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return pick(fi[month - 1], sv[month - 1], en[month - 1])
    }

    // MARK: Charts

    public var attendanceChart: String {
        pick("Osallistuminen organisaatioittain vuoden mittaan", "Deltagande per organisation under året",
             "Attendance by organisation over the year")
    }
    public var attendanceYearChart: String {
        pick("Osallistuminen organisaatioittain koko vuonna", "Deltagande per organisation under hela året",
             "Attendance by organisation, whole year")
    }
    public var others: String { pick("muut", "övriga", "others") }
    public func quarterName(_ quarter: Int) -> String {
        "\(monthName(quarter * 3 + 1))–\(monthName(quarter * 3 + 3))"
    }
    public var monthsChart: String {
        pick("Pidetyt kokoukset kuukausittain suunniteltuun verrattuna", "Hållna möten per månad mot planen",
             "Meetings held per month against plan")
    }
    public var actionsChart: String {
        pick("Tehtävien eteneminen verkostoittain", "Uppgifternas framsteg per nätverk", "Action follow-through by network")
    }
    /// The text alternative of the attendance chart: every bar in words.
    public func attendanceSummary(_ rows: [YearReport.AttendanceRow]) -> String {
        rows.map { row in
            let quarters = (row.quarters ?? []).enumerated().map { "\(quarterName($0.offset)) \(percent($0.element.percent))" }
            return "\(row.name ?? notGiven): " + quarters.joined(separator: ", ")
                + " (\(pick("koko vuosi", "hela året", "whole year")) \(percent(row.rate.percent)))"
        }.joined(separator: "; ")
    }
    public func monthsSummary(_ months: [YearReport.Month]) -> String {
        months.map { "\(monthName($0.month)) \(planned.lowercased()) \($0.planned), \(held.lowercased()) \($0.held)" }
            .joined(separator: "; ")
    }
    public func actionsSummary(_ networks: [YearReport.NetworkFigures]) -> String {
        networks.filter { $0.counts.actionsOpened > 0 }.map {
            "\($0.title): \(opened.lowercased()) \($0.counts.actionsOpened), \(closed.lowercased()) \($0.counts.actionsClosed), "
                + "\(overdue.lowercased()) \($0.counts.actionsOverdue)"
        }.joined(separator: "; ")
    }

    // MARK: CSV

    public var csvColumns: [String] {
        [pick("osio", "avsnitt", "section"), pick("tunnus", "id", "id"), pick("nimi", "namn", "name"),
         pick("mittari", "mått", "measure"), pick("arvo", "värde", "value")]
    }
}
