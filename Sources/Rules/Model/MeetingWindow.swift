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
