import Rules

/// A meeting already on someone's calendar, as a blocker names it: "Johtoryhmä 10.11. klo 13–15".
public struct BookedMeeting: Hashable, Sendable {
    public var key: String
    public var networkID: String
    public var title: LocalizedText
    public var day: Day
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(key: String, networkID: String, title: LocalizedText, day: Day, start: TimeOfDay, end: TimeOfDay) {
        self.key = key
        self.networkID = networkID
        self.title = title
        self.day = day
        self.start = start
        self.end = end
    }
}

/// An event of a person's own (imported) calendar.
public struct BusyTime: Hashable, Sendable {
    public var summary: String
    public var day: Day
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(summary: String, day: Day, start: TimeOfDay, end: TimeOfDay) {
        self.summary = summary
        self.day = day
        self.start = start
        self.end = end
    }
}

/// Why a meeting may not stand at a time: one hard rule, with the facts that break it.
/// The scheduler stops at the first; `move`, stored moves and `check` list them all.
public enum Blocker: Hashable, Sendable {
    /// A weekend, public holiday, closed month, blackout or (for the network) school holiday.
    case closedDay(ClosedReason)
    /// Not one of the network's weekdays.
    case weekday(Weekday, allowed: [Weekday])
    /// Starts before the network's earliest time or ends after its latest.
    case hours(earliest: TimeOfDay, latest: TimeOfDay)
    /// Outside the window the rules give the meeting.
    case outsideWindow(DatedPeriod)
    /// Before today: what has happened is only corrected on purpose.
    case past(today: Day)
    /// Closer than the network's minimum spacing to another of its meetings.
    case spacing(days: Int, meeting: BookedMeeting)
    /// The person is on leave or otherwise away.
    case unavailable(person: String, period: DatedPeriod)
    /// The person is busy in their own (imported) calendar.
    case busy(person: String, event: BusyTime)
    /// The person is in another meeting at that time.
    case overlap(person: String, meeting: BookedMeeting)
    /// The person already has their daily maximum of meetings, ours and imported ones.
    case dayLimit(person: String, limit: Int, meetings: [BookedMeeting], busy: [BusyTime])
    /// The room is taken at that time.
    case roomTaken(place: String, meeting: BookedMeeting)

    /// The constraint family, for problems and scripts.
    public var constraint: Problem.Constraint {
        switch self {
        case .closedDay, .past: return .calendar
        case .weekday, .hours, .outsideWindow: return .weekdays
        case .spacing: return .spacing
        case .unavailable, .busy, .overlap, .dayLimit: return .people
        case .roomTaken: return .rooms
        }
    }
}
