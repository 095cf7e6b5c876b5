/// A civil date with no time zone: meetings are planned on days, and days are
/// compared and counted far more often than they are converted to instants.
///
/// Stored as the number of days since 1970-01-01 so that arithmetic is exact and cheap.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Returns nil for dates that do not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or a date that does not exist.
    public init?(iso text: String) {
        // Digit by digit, without splitting: a stored plan is read back as some 10^5 dates.
        var fields = (0, 0, 0), index = 0
        for byte in text.utf8 {
            switch (index, byte) {
            case (4, UInt8(ascii: "-")), (7, UInt8(ascii: "-")): break
            case (0...3, UInt8(ascii: "0")...UInt8(ascii: "9")): fields.0 = fields.0 * 10 + Int(byte - 48)
            case (5...6, UInt8(ascii: "0")...UInt8(ascii: "9")): fields.1 = fields.1 * 10 + Int(byte - 48)
            case (8...9, UInt8(ascii: "0")...UInt8(ascii: "9")): fields.2 = fields.2 * 10 + Int(byte - 48)
            default: return nil
            }
            index += 1
        }
        guard index == 10 else { return nil }
        self.init(year: fields.0, month: fields.1, day: fields.2)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        Weekday(rawValue: ((ordinal % 7 + 7) % 7 + 3) % 7 + 1)!
    }

    public var isWeekend: Bool { weekday == .saturday || weekday == .sunday }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The same day of the month `months` later (or earlier), at most the month's last day.
    public func adding(months: Int) -> Day {
        let (y, m, d) = components
        let index = y * 12 + (m - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        let month = index - year * 12 + 1
        return Day(year: year, month: month, day: min(d, Day.daysIn(month: month, year: year)))!
    }
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let c = components
        guard (0...9999).contains(c.year) else {
            return "\(Day.pad(c.year, 4))-\(Day.pad(c.month, 2))-\(Day.pad(c.day, 2))"
        }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            var end = PaddedDigits.write(c.year, width: 4, then: UInt8(ascii: "-"), into: bytes, at: 0)
            end = PaddedDigits.write(c.month, width: 2, then: UInt8(ascii: "-"), into: bytes, at: end)
            return PaddedDigits.write(c.day, width: 2, into: bytes, at: end)
        }
    }

    /// Finnish style `12.3.2026`, also readable in Swedish and English texts.
    public var finnish: String {
        let c = components
        return "\(c.day).\(c.month).\(c.year)"
    }

    public var description: String { iso }

    public static func firstOf(month: Int, year: Int) -> Day { Day(ordinal: ordinal(year: year, month: month, day: 1)) }
    public static func lastOf(month: Int, year: Int) -> Day {
        Day(ordinal: ordinal(year: year, month: month, day: daysIn(month: month, year: year)))
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Zero-padded decimal, for dates and keys.
    public static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// ISO weekday numbering, Monday = 1, as RFC 5545 and Finnish calendars count.
public enum Weekday: Int, CaseIterable, Sendable, Codable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Accepts English (`tue`, `tuesday`), Finnish (`ti`, `tiistai`) and Swedish (`tis`) names.
    public init?(name: String) {
        let n = name.lowercased()
        let table: [(Weekday, [String])] = [
            (.monday, ["mon", "monday", "ma", "maanantai", "mån", "måndag"]),
            (.tuesday, ["tue", "tuesday", "ti", "tiistai", "tis", "tisdag"]),
            (.wednesday, ["wed", "wednesday", "ke", "keskiviikko", "ons", "onsdag"]),
            (.thursday, ["thu", "thursday", "to", "torstai", "tor", "torsdag"]),
            (.friday, ["fri", "friday", "pe", "perjantai", "fre", "fredag"]),
            (.saturday, ["sat", "saturday", "la", "lauantai", "lör", "lördag"]),
            (.sunday, ["sun", "sunday", "su", "sunnuntai", "sön", "söndag"]),
        ]
        guard let hit = table.first(where: { $0.1.contains(n) }) else { return nil }
        self = hit.0
    }

    public func abbreviation(_ language: Language) -> String {
        let i = rawValue - 1
        switch language {
        case .fi: return ["ma", "ti", "ke", "to", "pe", "la", "su"][i]
        case .sv: return ["mån", "tis", "ons", "tor", "fre", "lör", "sön"][i]
        case .en: return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i]
        }
    }

    public var englishKey: String { ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue - 1] }
}
