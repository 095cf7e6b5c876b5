import Rules
import Scheduling

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

    public func events(_ plan: Plan) -> [FeedEvent] {
        var result: [FeedEvent] = []
        result.reserveCapacity(plan.meetings.count + plan.tasks.count)
        for i in plan.meetings.indices {
            result.append(FeedEvent(uid: uid(meetingKey: plan.meetings[i].key), meetingAt: i, of: plan.meetings[i]))
        }
        for i in plan.tasks.indices {
            result.append(FeedEvent(uid: uid(taskKey: plan.tasks[i].key), taskAt: i, of: plan.tasks[i]))
        }
        return result
    }

    private static func dotted(_ key: String) -> String {
        String(decoding: key.utf8.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
    }
}
