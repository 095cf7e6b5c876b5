/// When and how a network meets: the cadence (possibly in phases) and the
/// preferences and limits every one of its meetings shares.
public struct MeetingRules: Sendable {
    public var phases: [Phase]
    /// One-off meetings on given days, besides (or instead of) the cadence.
    public var dates: [FixedDate] = []
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
