/// A day range that repeats every year; it may wrap over New Year (`12-22` to `01-06`).
public struct YearlyPeriod: Hashable, Sendable {
    public var from: MonthDay
    public var to: MonthDay

    public init(from: MonthDay, to: MonthDay) {
        self.from = from
        self.to = to
    }

    public var wrapsNewYear: Bool { to < from }

    /// The dated occurrences of this period that touch `year`.
    public func occurrences(touching year: Int) -> [DatedPeriod] {
        if wrapsNewYear {
            return [DatedPeriod(from: from.inYear(year - 1), to: to.inYear(year)),
                    DatedPeriod(from: from.inYear(year), to: to.inYear(year + 1))]
        }
        return [DatedPeriod(from: from.inYear(year), to: to.inYear(year))]
    }
}
