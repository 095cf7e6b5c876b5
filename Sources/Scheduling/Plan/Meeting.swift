import Rules

/// One planned meeting of one network: the unit of the calendar, the feeds and the agendas.
///
/// Codable, because a meeting that has happened is kept as it was planned (its snapshot)
/// and later plans take it from there instead of from the rules.
public struct Meeting: Hashable, Sendable, Codable {
    /// Stable across runs: `ero-mikkeli/2026/jan-feb`.
    public var key: String
    public var networkID: String
    public var cycleYear: Int
    public var cycleLabel: String
    /// The network's title when the meeting was planned: a later rename leaves held
    /// meetings as they were announced.
    public var title: LocalizedText
    /// The window this meeting belongs to, when the cadence has named windows.
    public var windowID: String?
    /// Where the rules allow this meeting to be.
    public var window: DatedPeriod?
    /// The window's or session's own title, when it has one.
    public var subtitle: LocalizedText?
    public var day: Day
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var mode: MeetingMode
    public var placeID: String?
    public var onlineID: String?
    public var agenda: [AgendaEntry]
    public var status: MeetingStatus
    /// Everyone holding the role at this meeting, in the member list's order: co-conveners,
    /// co-chairs and two secretaries are all kept.
    public var conveners: [String]
    public var chairs: [String]
    public var secretaries: [String]
    public var host: String?
    public var attendees: [Attendee]
    /// Position in the network's sequence of meetings, for rotations.
    public var ordinal: Int
    /// Fingerprint of the rules that placed this meeting; stored with the plan so the
    /// next plan can tell whether they changed.
    public var signature = Signature()

    public init(key: String, networkID: String, cycleYear: Int, cycleLabel: String, title: LocalizedText,
                windowID: String? = nil, subtitle: LocalizedText? = nil, day: Day, start: TimeOfDay, end: TimeOfDay,
                mode: MeetingMode, placeID: String? = nil, onlineID: String? = nil, agenda: [AgendaEntry] = [],
                status: MeetingStatus = .planned, conveners: [String] = [], chairs: [String] = [],
                secretaries: [String] = [], host: String? = nil, attendees: [Attendee] = [], ordinal: Int = 0) {
        self.key = key
        self.networkID = networkID
        self.cycleYear = cycleYear
        self.cycleLabel = cycleLabel
        self.title = title
        self.windowID = windowID
        self.subtitle = subtitle
        self.day = day
        self.start = start
        self.end = end
        self.mode = mode
        self.placeID = placeID
        self.onlineID = onlineID
        self.agenda = agenda
        self.status = status
        self.conveners = conveners
        self.chairs = chairs
        self.secretaries = secretaries
        self.host = host
        self.attendees = attendees
        self.ordinal = ordinal
    }

    @inlinable  // read in place by the feeds, without copying the meeting
    public var isCancelled: Bool { status == .cancelled }

    /// The year a meeting key names (`network/2026/03`, `network/2026-27/aug-sep` → 2026),
    /// for meetings no longer in the plan.
    public static func year(ofKey key: String) -> Int? {
        let parts = key.split(separator: "/")
        return parts.count >= 2 ? Int(parts[1].prefix(4)) : nil
    }

    /// When the meeting ends if it starts at `start` instead: as long as it is, at the latest 23.59.
    public func end(startingAt start: TimeOfDay) -> TimeOfDay {
        TimeOfDay(minutes: min(start.minutes + end.minutes - self.start.minutes, 24 * 60 - 1))!
    }

    /// The people expected there: their calendars are blocked and their feeds carry it.
    public var expected: [String] { Meeting.expected(attendees) }

    /// The same from the attendees alone (the feeds read them in place, see `FeedText`).
    public static func expected(_ attendees: [Attendee]) -> [String] {
        attendees.filter { !$0.optional }.map(\.personID)
    }

    /// Chronological order, then key: the order of every listing and feed.
    public static func chronological(_ a: Meeting, _ b: Meeting) -> Bool {
        (a.day, a.start, a.key) < (b.day, b.start, b.key)
    }
}
