/// Month names as a coordinator writes them in rule files.
public enum Month {
    /// Accepts 1–12, English (`jan`, `january`), Finnish (`tammi`, `tammikuu`) and Swedish (`januari`).
    public static func number(from text: String) -> Int? {
        if let n = Int(text), (1...12).contains(n) { return n }
        let t = text.lowercased()
        let names: [[String]] = [
            ["jan", "january", "tammi", "tammikuu", "januari"],
            ["feb", "february", "helmi", "helmikuu", "februari"],
            ["mar", "march", "maalis", "maaliskuu", "mars"],
            ["apr", "april", "huhti", "huhtikuu"],
            ["may", "touko", "toukokuu", "maj"],
            ["jun", "june", "kesä", "kesäkuu", "juni"],
            ["jul", "july", "heinä", "heinäkuu", "juli"],
            ["aug", "august", "elo", "elokuu", "augusti"],
            ["sep", "september", "syys", "syyskuu"],
            ["oct", "october", "loka", "lokakuu", "oktober"],
            ["nov", "november", "marras", "marraskuu"],
            ["dec", "december", "joulu", "joulukuu"],
        ]
        return names.firstIndex(where: { $0.contains(t) }).map { $0 + 1 }
    }

    public static func name(_ month: Int, _ language: Language) -> String {
        let i = month - 1
        switch language {
        case .fi: return ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu",
                          "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"][i]
        case .sv: return ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                          "oktober", "november", "december"][i]
        case .en: return ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"][i]
        }
    }

    public static let englishKeys = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
}
