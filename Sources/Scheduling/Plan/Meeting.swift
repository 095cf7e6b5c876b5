import Rules

/// One planned meeting of one network: the unit of the calendar, the feeds and the agendas.
public struct Meeting: Hashable, Sendable {
    /// Stable across runs: `ero-mikkeli/2026/jan-feb`.
    public var key: String
    public var networkID: String
    public var cycleYear: Int
    public var cycleLabel: String
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
    public var convener: String?
    public var chair: String?
    public var secretary: String?
    public var host: String?
    public var attendees: [Attendee]
    /// Position in the network's sequence of meetings, for rotations.
    public var ordinal: Int
    /// Fingerprint of the rules that placed this meeting; stored with the plan so the
    /// next plan can tell whether they changed.
    public var signature = Signature()

    public init(key: String, networkID: String, cycleYear: Int, cycleLabel: String, windowID: String? = nil,
                subtitle: LocalizedText? = nil, day: Day, start: TimeOfDay, end: TimeOfDay, mode: MeetingMode,
                placeID: String? = nil, onlineID: String? = nil, agenda: [AgendaEntry] = [],
                status: MeetingStatus = .planned, convener: String? = nil, chair: String? = nil,
                secretary: String? = nil, host: String? = nil, attendees: [Attendee] = [], ordinal: Int = 0) {
        self.key = key
        self.networkID = networkID
        self.cycleYear = cycleYear
        self.cycleLabel = cycleLabel
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
        self.convener = convener
        self.chair = chair
        self.secretary = secretary
        self.host = host
        self.attendees = attendees
        self.ordinal = ordinal
    }

    public var isCancelled: Bool { status == .cancelled }

    /// Chronological order, then key: the order of every listing and feed.
    public static func chronological(_ a: Meeting, _ b: Meeting) -> Bool {
        (a.day, a.start, a.key) < (b.day, b.start, b.key)
    }
}
