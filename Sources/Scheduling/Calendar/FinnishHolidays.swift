import Rules

/// A day on which nobody in the Finnish public sector meets.
public struct Holiday: Hashable, Sendable {
    public let day: Day
    public let name: LocalizedText
}

/// Finnish public holidays for any year, plus the de facto days off (Midsummer Eve,
/// Christmas Eve). Movable feasts follow Easter (Gregorian computus); Midsummer and
/// All Saints' Day fall on the Saturday of a fixed week.
public enum FinnishHolidays {
    public static func holidays(in year: Int) -> [Holiday] {
        let easter = easterSunday(year)
        func h(_ day: Day, _ fi: String, _ sv: String, _ en: String) -> Holiday {
            Holiday(day: day, name: LocalizedText(fi: fi, sv: sv, en: en))
        }
        func date(_ m: Int, _ d: Int) -> Day { Day(year: year, month: m, day: d)! }
        let midsummerDay = saturday(onOrAfter: date(6, 20))
        return [
            h(date(1, 1), "Uudenvuodenpäivä", "Nyårsdagen", "New Year's Day"),
            h(date(1, 6), "Loppiainen", "Trettondagen", "Epiphany"),
            h(easter.adding(days: -2), "Pitkäperjantai", "Långfredagen", "Good Friday"),
            h(easter, "Pääsiäispäivä", "Påskdagen", "Easter Sunday"),
            h(easter.adding(days: 1), "2. pääsiäispäivä", "Annandag påsk", "Easter Monday"),
            h(date(5, 1), "Vappu", "Första maj", "May Day"),
            h(easter.adding(days: 39), "Helatorstai", "Kristi himmelsfärdsdag", "Ascension Day"),
            h(easter.adding(days: 49), "Helluntaipäivä", "Pingstdagen", "Whit Sunday"),
            h(midsummerDay.adding(days: -1), "Juhannusaatto", "Midsommarafton", "Midsummer Eve"),
            h(midsummerDay, "Juhannuspäivä", "Midsommardagen", "Midsummer Day"),
            h(saturday(onOrAfter: date(10, 31)), "Pyhäinpäivä", "Alla helgons dag", "All Saints' Day"),
            h(date(12, 6), "Itsenäisyyspäivä", "Självständighetsdagen", "Independence Day"),
            h(date(12, 24), "Jouluaatto", "Julafton", "Christmas Eve"),
            h(date(12, 25), "Joulupäivä", "Juldagen", "Christmas Day"),
            h(date(12, 26), "Tapaninpäivä", "Annandag jul", "St Stephen's Day"),
        ].sorted { $0.day < $1.day }
    }

    /// Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)!
    }

    static func saturday(onOrAfter day: Day) -> Day {
        day.adding(days: (Weekday.saturday.rawValue - day.weekday.rawValue + 7) % 7)
    }
}
