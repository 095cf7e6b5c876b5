/// Which of a cycle's meetings an item belongs to.
public enum MeetingSelector: Hashable, Sendable, CustomStringConvertible {
    case first, last, live, all
    case window(String)
    case month(Int)
    case nth(Int)
    /// Every other meeting of the cycle from the `startingAt`th (1: the 1st, 3rd, 5th…;
    /// 2: the 2nd, 4th…): themed sessions that alternate.
    case everyOther(startingAt: Int)
    /// Each of these (`at: [1, 4, 7]`, `at: [first, may]`).
    indirect case list([MeetingSelector])

    public var description: String {
        switch self {
        case .first: return "first"
        case .last: return "last"
        case .live: return "live"
        case .all: return "all"
        case .window(let id): return id
        case .month(let m): return Month.englishKeys[m - 1]
        case .nth(let n): return String(n)
        case .everyOther(let k): return k == 1 ? "every-other" : "every-other from \(k)"
        case .list(let selectors): return selectors.map(\.description).joined(separator: ", ")
        }
    }
}
