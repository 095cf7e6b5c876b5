/// How a meeting is held.
public enum MeetingMode: String, Sendable, CaseIterable, Codable {
    case live, remote, hybrid

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.live, .fi): return "lähi"
        case (.live, .sv): return "närmöte"
        case (.live, .en): return "in person"
        case (.remote, .fi): return "etä"
        case (.remote, .sv): return "distans"
        case (.remote, .en): return "online"
        case (.hybrid, .fi): return "hybridi"
        case (.hybrid, .sv): return "hybrid"
        case (.hybrid, .en): return "hybrid"
        }
    }

    public var needsRoom: Bool { self != .remote }
    public var needsLink: Bool { self != .live }
}

/// When and how a network meets: the cadence (possibly in phases) and the
/// preferences and limits every one of its meetings shares.
public struct MeetingRules: Sendable {
    public var phases: [Phase]
    public var durationMinutes: Int
    public var earliest: TimeOfDay
    public var latest: TimeOfDay
    /// Soft: preferred start times and weekdays.
    public var preferredTimes: [TimeOfDay]
    public var preferredWeekdays: [Weekday]
    /// Hard: when set, meetings are held only on these weekdays.
    public var allowedWeekdays: [Weekday]
    /// Hard: at least this many days between two meetings of the network.
    public var minSpacingDays: Int
    public var mode: MeetingMode
    public var live: LiveRule?
    public var placeID: String?
    public var onlineID: String?
    /// School holidays of these municipalities are avoided (hard).
    public var avoidSchoolHolidays: MunicipalitySet?
    /// How far a date-anchored meeting (every N weeks, RRULE, series) may move from its nominal day.
    public var flexDays: Int
    public var location: SourceLocation

    public init(phases: [Phase], durationMinutes: Int, earliest: TimeOfDay, latest: TimeOfDay,
                preferredTimes: [TimeOfDay] = [], preferredWeekdays: [Weekday] = [], allowedWeekdays: [Weekday] = [],
                minSpacingDays: Int = 7, mode: MeetingMode = .remote, live: LiveRule? = nil, placeID: String? = nil,
                onlineID: String? = nil, avoidSchoolHolidays: MunicipalitySet? = nil, flexDays: Int = 3,
                location: SourceLocation) {
        self.phases = phases
        self.durationMinutes = durationMinutes
        self.earliest = earliest
        self.latest = latest
        self.preferredTimes = preferredTimes
        self.preferredWeekdays = preferredWeekdays
        self.allowedWeekdays = allowedWeekdays
        self.minSpacingDays = minSpacingDays
        self.mode = mode
        self.live = live
        self.placeID = placeID
        self.onlineID = onlineID
        self.avoidSchoolHolidays = avoidSchoolHolidays
        self.flexDays = flexDays
        self.location = location
    }
}

/// "One of the four is live": how many of a cycle's meetings are held in person, and
/// where in the year they are preferred.
public struct LiveRule: Hashable, Sendable {
    public var perYear: Int
    public var prefer: [MeetingSelector]
    public var mode: MeetingMode
    public var location: SourceLocation

    public init(perYear: Int, prefer: [MeetingSelector] = [], mode: MeetingMode = .live, location: SourceLocation) {
        self.perYear = perYear
        self.prefer = prefer
        self.mode = mode
        self.location = location
    }
}

/// A stretch of time with one cadence: "twice a month until June, then monthly".
public struct Phase: Sendable {
    public var from: Day?
    public var until: Day?
    public var cadence: Cadence
    public var location: SourceLocation

    public init(from: Day? = nil, until: Day? = nil, cadence: Cadence, location: SourceLocation) {
        self.from = from
        self.until = until
        self.cadence = cadence
        self.location = location
    }

    public func contains(_ day: Day) -> Bool {
        (from.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }
}

/// The rhythm of a network's meetings, in the words coordinators use.
public enum Cadence: Sendable {
    /// N meetings a cycle, spread evenly over the allowed months.
    case perYear(count: Int, months: Set<Int>?)
    /// One or more meetings in each named window (Jan–Feb, Apr–May, …).
    case windows([MeetingWindow])
    /// "Mainly monthly": one a month, but not in the excluded months.
    case monthly(exceptMonths: Set<Int>)
    /// Twice a month: one in the first half and one in the second.
    case twiceAMonth(exceptMonths: Set<Int>)
    /// A recurrence from a start day: every N weeks, or any RRULE; expanded by libical.
    case recurrence(RecurrenceRule, start: Day)
    /// A course sequence: an opening session, themed sessions, a closing one.
    case series(Series)
}

/// A named part of the cycle with its own meetings, mode and agenda items.
public struct MeetingWindow: Sendable {
    public var id: String
    public var title: LocalizedText?
    public var from: MonthDay
    public var to: MonthDay
    public var count: Int
    public var mode: MeetingMode?
    public var placeID: String?
    public var agenda: [LocalizedText]
    public var location: SourceLocation

    public init(id: String, title: LocalizedText? = nil, from: MonthDay, to: MonthDay, count: Int = 1,
                mode: MeetingMode? = nil, placeID: String? = nil, agenda: [LocalizedText] = [], location: SourceLocation) {
        self.id = id
        self.title = title
        self.from = from
        self.to = to
        self.count = count
        self.mode = mode
        self.placeID = placeID
        self.agenda = agenda
        self.location = location
    }

    /// The dated window in the cycle that starts `cycleStart`.
    public func dates(inCycleStarting cycleStart: Day) -> DatedPeriod {
        var from = self.from.inYear(cycleStart.year)
        if from < cycleStart { from = self.from.inYear(cycleStart.year + 1) }
        var to = self.to.inYear(from.year)
        if to < from { to = self.to.inYear(from.year + 1) }
        return DatedPeriod(from: from, to: to)
    }
}

/// Sessions held at a fixed step from a start day.
public struct Series: Sendable {
    public var start: Day
    public var everyDays: Int
    public var sessions: [LocalizedText]

    public init(start: Day, everyDays: Int, sessions: [LocalizedText]) {
        self.start = start
        self.everyDays = everyDays
        self.sessions = sessions
    }
}
