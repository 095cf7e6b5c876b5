/// Which of a cycle's meetings an item belongs to.
public enum MeetingSelector: Hashable, Sendable, CustomStringConvertible {
    case first, last, live, all
    case window(String)
    case month(Int)
    case nth(Int)

    public var description: String {
        switch self {
        case .first: return "first"
        case .last: return "last"
        case .live: return "live"
        case .all: return "all"
        case .window(let id): return id
        case .month(let m): return Month.englishKeys[m - 1]
        case .nth(let n): return String(n)
        }
    }
}
