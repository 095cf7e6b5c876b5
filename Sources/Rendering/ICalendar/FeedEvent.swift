import Rules
import Scheduling
import Storage

/// A person as an iCalendar calendar user (ORGANIZER or ATTENDEE); internal feeds only.
public struct Party: Hashable, Sendable {
    public enum Role: String, Sendable { case chair, required, optional }

    public var personID: String
    /// The CN: the person's title in people.yaml.
    public var name: String
    /// `mailto:` when people.yaml gives an e-mail address, else a stable `urn:uuid:`.
    public var address: String
    public var role: Role

    public init(personID: String, name: String, address: String, role: Role) {
        self.personID = personID
        self.name = name
        self.address = address
        self.role = role
    }
}

/// What the feeds last showed of an event that is gone from the plan; it stays in the
/// feeds, cancelled.
public struct RemovedEvent: Sendable {
    public var key: String
    public var kind: FeedEvent.Kind
    public var networkID: String
    public var people: [String]
    public var shared: Bool
    public var day: Day
    public var lastDay: Day
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    public var summary: String
    public var location: String?

    public init(key: String, kind: FeedEvent.Kind, networkID: String, people: [String], shared: Bool, day: Day,
                lastDay: Day, start: TimeOfDay?, end: TimeOfDay?, summary: String, location: String?) {
        self.key = key
        self.kind = kind
        self.networkID = networkID
        self.people = people
        self.shared = shared
        self.day = day
        self.lastDay = lastDay
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
    }
}

/// One event of the feeds: a planned meeting, a task shown as an all-day event, or an
/// event gone from the plan. It carries what layout and state need; the words are
/// composed by `FeedText` from the plan itself (by index), so a national build keeps no
/// second copy of the plan in memory and copies no meeting to read one field.
public struct FeedEvent: Sendable {
    public enum Kind: String, Sendable { case meeting, task, action }

    public enum Source: Sendable {
        /// An index into the plan's meetings.
        case meeting(Int)
        /// An index into the plan's tasks.
        case task(Int)
        /// An index into the recorded action items (`FeedText`'s): an owner's own to-do.
        case action(Int)
        /// Boxed: rare, and as large as the rest of the event, which every event would
        /// otherwise carry (some 40 MB at national scale).
        indirect case removed(RemovedEvent)
    }

    public let uid: String
    public let source: Source
    public let kind: Kind
    public let key: String
    public let networkID: String
    public let day: Day
    public let lastDay: Day
    /// nil for an all-day event.
    public let start: TimeOfDay?
    public let end: TimeOfDay?
    public let cancelled: Bool
    /// Whether the network's feeds, all.ics and the public feeds carry it; a meeting's
    /// deadline is only in its owner's personal feed.
    public let shared: Bool
    /// The meeting a deadline belongs to; its version follows that meeting's.
    public let parentMeetingKey: String?

    /// Read field by field where the meeting lies in the plan (see `FeedText`).
    init(uid: String, meetingAt index: Int, of meeting: UnsafePointer<Meeting>) {
        self.uid = uid
        source = .meeting(index)
        kind = .meeting
        key = meeting.pointee.key
        networkID = meeting.pointee.networkID
        day = meeting.pointee.day
        lastDay = meeting.pointee.day
        start = meeting.pointee.start
        end = meeting.pointee.end
        cancelled = meeting.pointee.isCancelled
        shared = true
        parentMeetingKey = nil
    }

    init(uid: String, taskAt index: Int, key: String, of task: UnsafePointer<PlannedTask>) {
        self.uid = uid
        source = .task(index)
        kind = .task
        self.key = key
        networkID = task.pointee.networkID
        day = task.pointee.due
        lastDay = task.pointee.due
        start = nil
        end = nil
        cancelled = false
        shared = !task.pointee.isDeadline
        parentMeetingKey = task.pointee.meetingKey
    }

    /// An action item from minutes, on its due day in its owner's feed only.
    public init(uid: String, actionAt index: Int, of action: ActionItem, due: Day) {
        self.uid = uid
        source = .action(index)
        kind = .action
        key = "action/\(action.id ?? 0)"
        networkID = action.network
        day = due
        lastDay = due
        start = nil
        end = nil
        cancelled = false
        shared = false
        parentMeetingKey = nil
    }

    public init(uid: String, removed: RemovedEvent) {
        self.uid = uid
        source = .removed(removed)
        kind = removed.kind
        key = removed.key
        networkID = removed.networkID
        day = removed.day
        lastDay = removed.lastDay
        start = removed.start
        end = removed.end
        cancelled = true
        shared = removed.shared
        parentMeetingKey = nil
    }

    /// Tasks and action items do not make anyone busy.
    public var transparent: Bool { kind != .meeting }
}
