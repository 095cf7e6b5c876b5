import Rules

/// The wheel's own words in the reader's language.
public struct WheelWords: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    public func subtitle(_ year: Int) -> String {
        language.pick("Vuosikello \(year): kokoukset ja vuosikellon asiat", "Årshjul \(year): möten och årets ärenden",
                      "Annual wheel \(year): meetings and the annual cycle")
    }

    public func today(_ day: Day) -> String { language.pick("Tänään \(day.finnish)", "I dag \(day.finnish)", "Today \(day.finnish)") }

    public var live: String { language.pick("lähikokous", "närmöte", "in person") }
    public var remote: String { language.pick("etäkokous", "distansmöte", "online") }
    public var hybrid: String { language.pick("hybridikokous", "hybridmöte", "hybrid") }
    public var cancelled: String { language.pick("peruttu", "inställt", "cancelled") }
    public var task: String { language.pick("tehtävä (alku–määräpäivä)", "uppgift (start–senast)", "task (start–due)") }
    public var rings: String { language.pick("Kehät ulkoa sisään", "Ringarna utifrån och in", "Rings, outside in") }
    public var items: String { language.pick("Vuosikellon asiat", "Årshjulets ärenden", "The annual cycle") }
    public var legend: String { language.pick("Merkit", "Symboler", "Key") }
    public var noItems: String { language.pick("ei vuosikellon asioita tänä vuonna", "inga ärenden detta år", "no items this year") }
}
