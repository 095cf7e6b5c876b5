import Foundation

/// Durations as coordinators write them: `2h`, `90min`, `1h 30min`, `3 weeks`, `14d`.
enum DurationText {
    private static let minuteUnits: [String: Double] = [
        "min": 1, "mins": 1, "minute": 1, "minutes": 1, "m": 1, "minuuttia": 1,
        "h": 60, "hour": 60, "hours": 60, "tunti": 60, "tuntia": 60, "t": 60,
    ]
    private static let dayUnits: [String: Double] = [
        "d": 1, "day": 1, "days": 1, "päivä": 1, "päivää": 1, "pv": 1,
        "w": 7, "week": 7, "weeks": 7, "viikko": 7, "viikkoa": 7, "vk": 7,
    ]

    static func minutes(_ text: String) -> Int? {
        if let bare = Int(text.trimmingCharacters(in: .whitespaces)) { return bare }
        return sum(text, units: minuteUnits)
    }

    static func days(_ text: String) -> Int? {
        if let bare = Int(text.trimmingCharacters(in: .whitespaces)) { return bare }
        return sum(text, units: dayUnits)
    }

    /// Adds up `<number><unit>` parts; nil if anything is left over.
    private static func sum(_ text: String, units: [String: Double]) -> Int? {
        let scalars = Array(text.lowercased().replacingOccurrences(of: ",", with: ".").unicodeScalars)
        var i = 0
        var total = 0.0
        var parts = 0
        func skipSpaces() { while i < scalars.count, scalars[i] == " " { i += 1 } }
        while true {
            skipSpaces()
            if i == scalars.count { break }
            var number = ""
            while i < scalars.count, CharacterSet(charactersIn: "0123456789.").contains(scalars[i]) {
                number.unicodeScalars.append(scalars[i])
                i += 1
            }
            skipSpaces()
            var unit = ""
            while i < scalars.count, CharacterSet.letters.contains(scalars[i]) {
                unit.unicodeScalars.append(scalars[i])
                i += 1
            }
            guard let value = Double(number), let factor = units[unit] else { return nil }
            total += value * factor
            parts += 1
        }
        guard parts > 0, total == total.rounded() else { return nil }
        return Int(total)
    }
}

/// The cadence phrases a rule file may use.
enum CadenceText {
    enum Parsed: Equatable {
        case perYear(Int)
        case monthly
        case twiceAMonth
        case everyWeeks(Int)
        case rrule(String)
    }

    static func parse(_ text: String) -> Parsed? {
        let t = text.lowercased().trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "  ", with: " ")
        if t.hasPrefix("freq=") || t.hasPrefix("rrule:") { return .rrule(text.trimmingCharacters(in: .whitespaces)) }
        switch t {
        case "monthly", "mainly monthly", "every month", "once a month",
             "kuukausittain", "pääsääntöisesti kuukausittain", "joka kuukausi", "kerran kuukaudessa",
             "månatligen", "varje månad", "en gång i månaden":
            return .monthly
        case "twice a month", "twice monthly", "2 per month", "two per month",
             "kahdesti kuukaudessa", "kaksi kertaa kuukaudessa", "2 kertaa kuukaudessa", "två gånger i månaden":
            return .twiceAMonth
        case "weekly", "every week", "viikoittain", "joka viikko", "kerran viikossa", "varje vecka":
            return .everyWeeks(1)
        case "every other week", "biweekly", "fortnightly", "joka toinen viikko", "kahden viikon välein",
             "varannan vecka":
            return .everyWeeks(2)
        case "quarterly", "neljännesvuosittain", "kvartalsvis": return .perYear(4)
        case "yearly", "annually", "once a year", "vuosittain", "kerran vuodessa", "en gång om året": return .perYear(1)
        case "twice a year", "kahdesti vuodessa", "kaksi kertaa vuodessa", "två gånger om året": return .perYear(2)
        default: break
        }
        let words = t.split(separator: " ").map(String.init)
        // every N weeks; joka 3. viikko, 3 viikon välein; var 3:e vecka
        if words.count == 3, words[0] == "every", let n = Int(words[1]), n > 0, ["weeks", "week"].contains(words[2]) {
            return .everyWeeks(n)
        }
        if words.count == 3, words[0] == "joka", words[1].hasSuffix("."), let n = Int(words[1].dropLast()), n > 0,
           words[2] == "viikko" {
            return .everyWeeks(n)
        }
        if words.count == 3, let n = Int(words[0]), n > 0, words[1] == "viikon", words[2] == "välein" {
            return .everyWeeks(n)
        }
        if words.count == 3, words[0] == "var", words[2] == "vecka",
           let n = Int(words[1].split(separator: ":").first ?? ""), n > 0 {
            return .everyWeeks(n)
        }
        // N per year, N times a year, N a year, N/year; 4 kertaa vuodessa; 4 gånger om året
        if let n = Int(words.first ?? ""), n > 0 {
            let rest = words.dropFirst().joined(separator: " ")
            if ["per year", "times a year", "times per year", "a year", "/year", "/ year",
                "kertaa vuodessa", "kertaa vuosittain", "krt/v", "gånger om året", "gånger per år"].contains(rest) {
                return .perYear(n)
            }
        }
        if t.hasSuffix("/year"), let n = Int(t.dropLast(5)), n > 0 { return .perYear(n) }
        return nil
    }
}

/// Which years: `every year`, `even`, `odd`, `every 2 years from 2026`, or years listed.
enum YearsText {
    static func parse(_ text: String) -> YearRule? {
        let t = text.lowercased().trimmingCharacters(in: .whitespaces)
        switch t {
        case "every year", "yearly", "annually", "each year", "joka vuosi", "vuosittain", "varje år": return .everyYear
        case "even", "even years", "parilliset", "parillisina vuosina", "jämna år": return .every(years: 2, base: 0)
        case "odd", "odd years", "parittomat", "parittomina vuosina", "udda år": return .every(years: 2, base: 1)
        default: break
        }
        if let year = Int(t) { return .listed([year]) }
        let words = t.split(separator: " ").map(String.init)
        // every other year from 2026 / every N years from 2027
        if words.count == 5, words[0] == "every", words[2] == "year" || words[2] == "years", words[3] == "from",
           let base = Int(words[4]) {
            if words[1] == "other" { return .every(years: 2, base: base) }
            if let n = Int(words[1]), n > 0 { return .every(years: n, base: base) }
        }
        if words.count == 4, words[0] == "every", words[1] == "other", words[2] == "year", words[3].count == 4,
           let base = Int(words[3]) {
            return .every(years: 2, base: base)
        }
        return nil
    }
}
