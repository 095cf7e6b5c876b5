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
        for i in plan.meetings.indices {
            result.append(FeedEvent(uid: uid(meetingKey: plan.meetings[i].key), meetingAt: i, of: plan.meetings[i]))
        }
        for i in plan.tasks.indices {
            result.append(FeedEvent(uid: uid(taskKey: plan.tasks[i].key), taskAt: i, of: plan.tasks[i]))
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
