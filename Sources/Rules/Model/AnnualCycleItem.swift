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

/// An annual-cycle item that lands on a meeting's agenda: the peer evaluation every
/// other year (self-evaluation in between), the guide update every November.
public struct AnnualCycleItem: Hashable, Sendable {
    public var title: LocalizedText
    /// The title in the years the rule does not apply to (an alternating pair).
    public var alternate: LocalizedText?
    public var years: YearRule
    public var at: MeetingSelector
    public var location: SourceLocation

    public init(title: LocalizedText, alternate: LocalizedText? = nil, years: YearRule = .everyYear,
                at: MeetingSelector = .first, location: SourceLocation) {
        self.title = title
        self.alternate = alternate
        self.years = years
        self.at = at
        self.location = location
    }

    public func title(forCycle year: Int) -> LocalizedText? {
        years.applies(to: year) ? title : alternate
    }
}

/// Who owns a task: a named person, or whoever holds a role at that meeting or cycle.
public enum Owner: Hashable, Sendable, CustomStringConvertible {
    case person(String)
    case role(Role)

    public var description: String {
        switch self {
        case .person(let id): return id
        case .role(let role): return role.rawValue
        }
    }
}

/// Dated work that is not a meeting: a survey, a guide update, a review.
public struct TaskRule: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var owner: Owner?
    public var from: MonthDay
    public var due: MonthDay
    public var years: YearRule
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, owner: Owner?, from: MonthDay, due: MonthDay,
                years: YearRule = .everyYear, location: SourceLocation) {
        self.id = id
        self.title = title
        self.owner = owner
        self.from = from
        self.due = due
        self.years = years
        self.location = location
    }
}

/// Work due relative to each meeting: the invitation three weeks before a live
/// meeting, the agenda a week before, the minutes within a week after.
public struct DeadlineRule: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case invitation, agenda, minutes
        case custom(id: String, title: LocalizedText)

        public var id: String {
            switch self {
            case .invitation: return "invitation"
            case .agenda: return "agenda"
            case .minutes: return "minutes"
            case .custom(let id, _): return id
            }
        }
    }

    public var kind: Kind
    /// Negative: days before the meeting; positive: days after it.
    public var offsetDays: Int
    public var owner: Owner
    /// Only meetings held in these modes; nil for all.
    public var modes: Set<MeetingMode>?
    public var location: SourceLocation

    public init(kind: Kind, offsetDays: Int, owner: Owner, modes: Set<MeetingMode>? = nil, location: SourceLocation) {
        self.kind = kind
        self.offsetDays = offsetDays
        self.owner = owner
        self.modes = modes
        self.location = location
    }
}

/// A reporting line: "after X's October meeting, the next johtoryhma meeting gets the
/// item 'Nostot: X'", which also guarantees a report at least once a year.
public struct ReportingLine: Hashable, Sendable {
    public var to: String
    public var after: MeetingSelector
    public var item: LocalizedText?
    public var years: YearRule
    public var location: SourceLocation

    public init(to: String, after: MeetingSelector = .last, item: LocalizedText? = nil,
                years: YearRule = .everyYear, location: SourceLocation) {
        self.to = to
        self.after = after
        self.item = item
        self.years = years
        self.location = location
    }
}
