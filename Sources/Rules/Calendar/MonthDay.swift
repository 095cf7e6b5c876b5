/// A day of the year without the year (`12-22`), for periods that repeat every year
/// such as the Christmas break or a window "from 15 March to 30 April".
public struct MonthDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    /// 29 February is allowed; in common years it means 28 February.
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: 2024) else { return nil }
        self.month = month
        self.day = day
    }

    /// Parses `MM-DD`.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let m = Int(parts[0]), let d = Int(parts[1]) else { return nil }
        self.init(month: m, day: d)
    }

    public func inYear(_ year: Int) -> Day {
        Day(year: year, month: month, day: min(day, Day.daysIn(month: month, year: year)))!
    }

    public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }

    public var description: String { "\(Day.pad(month, 2))-\(Day.pad(day, 2))" }
}
