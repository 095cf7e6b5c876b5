import Rules

/// The wheel's own words in the reader's language.
struct WheelWords {
    let language: Language

    func subtitle(_ year: Int) -> String {
        language.pick("Vuosikello \(year): kokoukset ja vuosikellon asiat", "Årshjul \(year): möten och årets ärenden",
                      "Annual wheel \(year): meetings and the annual cycle")
    }

    func today(_ day: Day) -> String { language.pick("Tänään \(day.finnish)", "I dag \(day.finnish)", "Today \(day.finnish)") }

    var live: String { language.pick("lähikokous", "närmöte", "in person") }
    var remote: String { language.pick("etäkokous", "distansmöte", "online") }
    var hybrid: String { language.pick("hybridikokous", "hybridmöte", "hybrid") }
    var cancelled: String { language.pick("peruttu", "inställt", "cancelled") }
    var task: String { language.pick("tehtävä (alku–määräpäivä)", "uppgift (start–senast)", "task (start–due)") }
    var rings: String { language.pick("Kehät ulkoa sisään", "Ringarna utifrån och in", "Rings, outside in") }
    var items: String { language.pick("Vuosikellon asiat", "Årshjulets ärenden", "The annual cycle") }
    var legend: String { language.pick("Merkit", "Symboler", "Key") }
    var noItems: String { language.pick("ei vuosikellon asioita tänä vuonna", "inga ärenden detta år", "no items this year") }
}
