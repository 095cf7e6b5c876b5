/// The region's shared calendar: what no network may meet on, the school holidays,
/// and the defaults every network starts from.
public struct CalendarRules: Sendable {
    public var region: LocalizedText
    public var timeZone: String
    /// Years planned when a command is not given `--from` and `--to`.
    public var period: ClosedRange<Int>?
    /// "No meetings in July" by default.
    public var noMeetingMonths: Set<Int>
    public var blackouts: [Blackout]
    public var schoolHolidays: [SchoolHoliday]
    /// Municipality ids with their display names, in file order.
    public var municipalities: [(id: String, name: LocalizedText)]
    /// Every municipality and organisation by id (one id space: an organisation may merge
    /// into a municipality), with the dates of its names and mergers, if any.
    public var organisations: [String: Organisation] = [:]
    public var defaults: MeetingDefaults
    /// The domain part of every feed event's UID, so that two regions' `johtoryhma`
    /// never collide in a member's calendar; the rules folder's name by default.
    public var uidDomain: String?
    /// How far the subscription feeds reach (`feeds:`); older meetings are in the archive.
    public var feedWindow = FeedWindow()
    public var location: SourceLocation?

    public init(region: LocalizedText = LocalizedText("Alue"), timeZone: String = "Europe/Helsinki",
                period: ClosedRange<Int>? = nil, noMeetingMonths: Set<Int> = [7], blackouts: [Blackout] = [],
                schoolHolidays: [SchoolHoliday] = [], municipalities: [(id: String, name: LocalizedText)] = [],
                defaults: MeetingDefaults = MeetingDefaults(), location: SourceLocation? = nil) {
        self.region = region
        self.timeZone = timeZone
        self.period = period
        self.noMeetingMonths = noMeetingMonths
        self.blackouts = blackouts
        self.schoolHolidays = schoolHolidays
        self.municipalities = municipalities
        self.defaults = defaults
        self.uidDomain = nil
        self.location = location
    }

    /// A municipality's or organisation's name as it was on `day` (renamed, merged), or
    /// the name the rules give it; nil for an id the rules do not know.
    public func name(of id: String, on day: Day) -> LocalizedText? {
        if let organisation = organisations[id] { return organisation.name(on: day, among: organisations) }
        return municipalities.first(where: { $0.id == id })?.name
    }
}

/// Meeting settings that apply to every network unless its own rules say otherwise.
public struct MeetingDefaults: Sendable, Hashable {
    public var durationMinutes: Int
    public var earliest: TimeOfDay
    public var latest: TimeOfDay
    public var preferredTimes: [TimeOfDay]
    public var preferredWeekdays: [Weekday]
    public var minSpacingDays: Int
    public var deadlines: [DeadlineRule]

    public init(durationMinutes: Int = 120, earliest: TimeOfDay = TimeOfDay(hour: 8, minute: 30)!,
                latest: TimeOfDay = TimeOfDay(hour: 16, minute: 0)!, preferredTimes: [TimeOfDay] = [],
                preferredWeekdays: [Weekday] = [], minSpacingDays: Int = 7, deadlines: [DeadlineRule] = []) {
        self.durationMinutes = durationMinutes
        self.earliest = earliest
        self.latest = latest
        self.preferredTimes = preferredTimes
        self.preferredWeekdays = preferredWeekdays
        self.minSpacingDays = minSpacingDays
        self.deadlines = deadlines
    }
}
