import Rules
import Scheduling
import Storage

/// Gives every meeting and task of a plan its feed event and UID.
public struct FeedEventBuilder: Sendable {
    /// The UID domain, fixed for the project when its feeds were first published (see
    /// `Project.uidDomain`): never taken from where the rules folder happens to be.
    public let domain: String

    public init(domain: String) {
        self.domain = domain
    }

    /// A meeting's UID: its key with `/` as `.` (keys never contain dots), at the domain.
    /// It never changes: not across runs, not when the meeting moves.
    public func uid(meetingKey key: String) -> String { Self.dotted(key) + "@" + domain }

    public func uid(taskKey key: String) -> String { "task." + Self.dotted(key) + "@" + domain }

    public func uid(actionID id: Int64) -> String { "action.\(id)@" + domain }

    /// The plan's meetings and tasks, then the action items (their index in `actions`,
    /// which must be the array `FeedText` was given).
    public func events(_ plan: Plan, actions: [ActionItem] = []) -> [FeedEvent] {
        var result: [FeedEvent] = []
        result.reserveCapacity(plan.meetings.count + plan.tasks.count + actions.count)
        // Read in place: handing `plan.meetings[i]` to a function copied the whole meeting.
        plan.meetings.withUnsafeBufferPointer { meetings in
            for i in meetings.indices {
                let meeting = meetings.baseAddress! + i
                result.append(FeedEvent(uid: uid(meetingKey: meeting.pointee.key), meetingAt: i, of: meeting))
            }
        }
        plan.tasks.withUnsafeBufferPointer { tasks in
            for i in tasks.indices {
                let task = tasks.baseAddress! + i
                let key = PlannedTask.key(network: task.pointee.networkID, kind: task.pointee.kind)
                result.append(FeedEvent(uid: uid(taskKey: key), taskAt: i, key: key, of: task))
            }
        }
        for (i, action) in actions.enumerated() {
            guard let id = action.id, let due = Day(iso: action.due) else { continue }
            result.append(FeedEvent(uid: uid(actionID: id), actionAt: i, of: action, due: due))
        }
        return result
    }

    private static func dotted(_ key: String) -> String {
        String(decoding: key.utf8.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
    }
}
