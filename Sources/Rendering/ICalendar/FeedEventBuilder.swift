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
        let dated = actions.indices.compactMap { i in
            actions[i].id == nil ? nil : Day(iso: actions[i].due).map { (index: i, due: $0) }
        }
        let meetings = plan.meetings.count, tasks = plan.tasks.count
        // Made on every core, each in its place, from the plan's meetings and tasks read in place.
        return parallelArray(meetings + tasks + dated.count, chunk: 2048) { [self] n in
            if n < meetings {
                return plan.meetings.withElement(at: n) { meeting in
                    FeedEvent(uid: uid(meetingKey: meeting.pointee.key), meetingAt: n, of: meeting)
                }
            }
            if n < meetings + tasks {
                let i = n - meetings
                return plan.tasks.withElement(at: i) { task in
                    let key = PlannedTask.key(network: task.pointee.networkID, kind: task.pointee.kind)
                    return FeedEvent(uid: uid(taskKey: key), taskAt: i, key: key, of: task)
                }
            }
            let (i, due) = dated[n - meetings - tasks]
            return FeedEvent(uid: uid(actionID: actions[i].id!), actionAt: i, of: actions[i], due: due)
        }
    }

    private static func dotted(_ key: String) -> String {
        String(decoding: key.utf8.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
    }
}
