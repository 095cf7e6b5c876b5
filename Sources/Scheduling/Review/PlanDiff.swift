import Rules

/// What one plan changes against another, meeting by meeting, from today on (what has
/// happened is history and never changes): the preview a coordinator confirms before a
/// rule edit is saved, and `vuosikello plan --diff` (against what the feeds published).
public struct PlanDiff: Sendable {
    /// A meeting as the comparison sees it: from a plan, or from what a feed published
    /// (which does not know the mode: nil).
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var networkID: String
        public var day: Day
        public var start: TimeOfDay?
        public var end: TimeOfDay?
        public var mode: MeetingMode?
        public var cancelled: Bool
        public var people: [String]

        public init(key: String, networkID: String, day: Day, start: TimeOfDay?, end: TimeOfDay?, mode: MeetingMode?,
                    cancelled: Bool, people: [String]) {
            self.key = key
            self.networkID = networkID
            self.day = day
            self.start = start
            self.end = end
            self.mode = mode
            self.cancelled = cancelled
            self.people = people
        }

        public init(_ meeting: Meeting) {
            self.init(key: meeting.key, networkID: meeting.networkID, day: meeting.day, start: meeting.start,
                      end: meeting.end, mode: meeting.mode, cancelled: meeting.isCancelled,
                      people: meeting.attendees.map(\.personID))
        }
    }

    public enum Kind: String, Sendable, CaseIterable {
        /// Gone from the rules: subscribers see it cancelled.
        case added, removed, moved, remoded, cancelled, restored
    }

    public struct Change: Sendable, Equatable {
        public var kind: Kind
        public var before: Entry?
        public var after: Entry?

        /// The meeting as it will be (or as it was, when removed).
        public var entry: Entry { after ?? before! }
    }

    /// In time order of the meeting as it will be.
    public let changes: [Change]

    public init(before: [Entry], after: [Entry], today: Day) {
        let old = Dictionary(before.filter { $0.day >= today }.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.filter { $0.day >= today }.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [Change] = []
        for (key, entry) in new {
            guard let earlier = old[key] else {
                if !entry.cancelled { changes.append(Change(kind: .added, before: nil, after: entry)) }
                continue
            }
            let kind: Kind?
            if earlier.cancelled != entry.cancelled {
                kind = entry.cancelled ? .cancelled : .restored
            } else if earlier.day != entry.day || earlier.start != entry.start || earlier.end != entry.end {
                kind = .moved
            } else if let a = earlier.mode, let b = entry.mode, a != b {
                kind = .remoded
            } else {
                kind = nil
            }
            if let kind { changes.append(Change(kind: kind, before: earlier, after: entry)) }
        }
        for (key, entry) in old where new[key] == nil && !entry.cancelled {
            changes.append(Change(kind: .removed, before: entry, after: nil))
        }
        self.changes = changes.sorted { ($0.entry.day, $0.entry.start?.minutes ?? 0, $0.entry.key)
            < ($1.entry.day, $1.entry.start?.minutes ?? 0, $1.entry.key) }
    }

    public init(before: Plan, after: Plan) {
        self.init(before: before.meetings.map(Entry.init), after: after.meetings.map(Entry.init), today: after.today)
    }

    public var isEmpty: Bool { changes.isEmpty }

    public func count(_ kind: Kind) -> Int { changes.filter { $0.kind == kind }.count }

    /// The networks whose feeds change.
    public var networks: [String] { Array(Set(changes.map(\.entry.networkID))).sorted() }

    /// The people whose personal feeds change (everyone invited before or after).
    public var people: [String] {
        Array(Set(changes.flatMap { ($0.before?.people ?? []) + ($0.after?.people ?? []) })).sorted()
    }
}
