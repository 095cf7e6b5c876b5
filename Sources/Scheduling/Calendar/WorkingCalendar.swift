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
        var blackouts: [DatedPeriod] = []
        for blackout in rules.blackouts {
            switch blackout.span {
            case .dates(let period):
                blackouts.append(DatedPeriod(name: blackout.name, from: period.from, to: period.to))
            case .everyYear(let yearly):
                for year in first.year...last.year {
                    for period in yearly.occurrences(touching: year) {
                        blackouts.append(DatedPeriod(name: blackout.name, from: period.from, to: period.to))
                    }
                }
            }
        }
        for offset in 0..<count {
            let day = first.adding(days: offset)
            if day.isWeekend {
                closed[offset] = .weekend
            } else if let name = holidays[day] {
                closed[offset] = .holiday(name)
            } else if rules.noMeetingMonths.contains(day.month) {
                closed[offset] = .noMeetingMonth(day.month)
            } else if let blackout = blackouts.first(where: { $0.contains(day) }) {
                closed[offset] = .blackout(blackout.name ?? LocalizedText(fi: ""))
            }
        }
        self.closed = closed
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

    /// The last working day on or before `day`, for deadlines: an invitation due in July
    /// or in the Christmas break is due before it instead.
    public func workingDay(onOrBefore day: Day) -> Day {
        var d = day
        while contains(d), closed[first.days(until: d)] != nil { d = d.adding(days: -1) }
        while d.isWeekend { d = d.adding(days: -1) }
        return d
    }
}
