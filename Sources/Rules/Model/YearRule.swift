/// Which years something happens in: every year, every other year with a parity or
/// base year, every N years, or listed years.
public enum YearRule: Hashable, Sendable {
    case every(years: Int, base: Int)
    case listed(Set<Int>)

    public static let everyYear = YearRule.every(years: 1, base: 0)

    public func applies(to year: Int) -> Bool {
        switch self {
        case let .every(n, base): return ((year - base) % n + n) % n == 0
        case let .listed(years): return years.contains(year)
        }
    }
}
