import Rules

/// Why no meeting can be held on a day; also the words used to explain a rule that
/// could not be met.
public enum ClosedReason: Hashable, Sendable {
    case weekend
    case holiday(LocalizedText)
    case noMeetingMonth(Int)
    case blackout(LocalizedText)
    case schoolHoliday(LocalizedText)
}

/// The region's days with their closures precomputed once per plan, so that the
/// scheduler asks "is this day open for this network?" in constant time.
public struct WorkingCalendar: Sendable {
    public let first: Day
    public let last: Day
    private var closed: [ClosedReason?]
    /// Days no deadline falls on: weekends, holidays, closed months, and the blackouts
    /// that say `noDeadlines` (a Christmas break stops meetings, not the work around them).
    private var noDeadline: [Bool]
    private let schoolHolidays: [SchoolHoliday]
    /// Indices into `schoolHolidays` for every day that has any.
    private var schoolHolidayIndex: [Int: [Int]] = [:]

    public init(rules: CalendarRules, first: Day, last: Day) {
        self.first = first
        self.last = last
        self.schoolHolidays = rules.schoolHolidays
        let count = first.days(until: last) + 1
        var closed = [ClosedReason?](repeating: nil, count: count)
        var holidays: [Day: LocalizedText] = [:]
        for year in first.year...last.year {
            for holiday in FinnishHolidays.holidays(in: year) { holidays[holiday.day] = holiday.name }
        }
        var blackouts: [(period: DatedPeriod, noDeadlines: Bool)] = []
        for blackout in rules.blackouts {
            switch blackout.span {
            case .dates(let period):
                blackouts.append((DatedPeriod(name: blackout.name, from: period.from, to: period.to), blackout.noDeadlines))
            case .everyYear(let yearly):
                for year in first.year...last.year {
                    for period in yearly.occurrences(touching: year) {
                        blackouts.append((DatedPeriod(name: blackout.name, from: period.from, to: period.to),
                                          blackout.noDeadlines))
                    }
                }
            }
        }
        var noDeadline = [Bool](repeating: false, count: count)
        for offset in 0..<count {
            let day = first.adding(days: offset)
            if day.isWeekend {
                closed[offset] = .weekend
            } else if let name = holidays[day] {
                closed[offset] = .holiday(name)
            } else if rules.noMeetingMonths.contains(day.month) {
                closed[offset] = .noMeetingMonth(day.month)
            } else if let blackout = blackouts.first(where: { $0.period.contains(day) }) {
                closed[offset] = .blackout(blackout.period.name ?? LocalizedText(fi: ""))
                noDeadline[offset] = blackouts.contains { $0.noDeadlines && $0.period.contains(day) }
                continue
            }
            noDeadline[offset] = closed[offset] != nil
        }
        self.closed = closed
        self.noDeadline = noDeadline
        for (index, holiday) in rules.schoolHolidays.enumerated() {
            var day = max(holiday.period.from, first)
            while day <= min(holiday.period.to, last) {
                schoolHolidayIndex[day.ordinal, default: []].append(index)
                day = day.adding(days: 1)
            }
        }
    }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    /// nil when a meeting of a network avoiding `schoolHolidaysOf` may be held on `day`.
    public func closedReason(_ day: Day, avoiding schoolHolidaysOf: MunicipalitySet? = nil) -> ClosedReason? {
        guard contains(day) else { return .noMeetingMonth(day.month) }
        if let reason = closed[first.days(until: day)] { return reason }
        if let avoid = schoolHolidaysOf, let indices = schoolHolidayIndex[day.ordinal] {
            for i in indices where schoolHolidays[i].municipalities.intersects(avoid) {
                return .schoolHoliday(schoolHolidays[i].name)
            }
        }
        return nil
    }

    public func isOpen(_ day: Day, avoiding schoolHolidaysOf: MunicipalitySet? = nil) -> Bool {
        closedReason(day, avoiding: schoolHolidaysOf) == nil
    }

    /// Whether a deadline may fall on `day`: a working day, not in a closed month, not in
    /// a blackout that also stops deadlines.
    public func takesDeadlines(_ day: Day) -> Bool {
        guard contains(day) else { return !day.isWeekend }
        return !noDeadline[first.days(until: day)]
    }

    /// The last day on or before `day` that takes deadlines: work due before a meeting.
    public func deadlineDay(onOrBefore day: Day) -> Day {
        var d = day
        while !takesDeadlines(d) { d = d.adding(days: -1) }
        return d
    }

    /// The first day on or after `day` that takes deadlines: work due after a meeting.
    public func deadlineDay(onOrAfter day: Day) -> Day {
        var d = day
        while !takesDeadlines(d) { d = d.adding(days: 1) }
        return d
    }

    /// When work relative to a meeting on `meetingDay` is due. Work before the meeting
    /// (the invitation, the agenda) rolls back to a working day; work after it rolls
    /// forward, and minutes are never due on or before the meeting day. So a 16.12.
    /// meeting's minutes are due 23.12., a 30.6. meeting's on the first working day of
    /// August (July is closed), and the agenda of a 13.1. meeting on 5.1. (Epiphany is a
    /// holiday; the Christmas break is no reason to prepare it in December).
    public func due(_ rule: DeadlineRule, meetingDay: Day) -> Day {
        if rule.offsetDays > 0 || rule.kind == .minutes {
            return deadlineDay(onOrAfter: meetingDay.adding(days: max(rule.offsetDays, 1)))
        }
        return deadlineDay(onOrBefore: meetingDay.adding(days: rule.offsetDays))
    }
}
