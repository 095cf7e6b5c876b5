import Scheduling
import Storage

/// What the answers to a formal body's invitation say about its quorum. A body of the
/// municipal kind has a quorum when more than half of its members are present (Kuntalaki
/// 103 §); the rules' `quorum:` text says it in words, this counts it: members are the
/// expected attendees, a substitute counts for the member.
public struct QuorumCount: Hashable, Sendable {
    public let members: Int
    public let coming: Int
    public let notComing: Int

    public init(_ meeting: Meeting, answers: [String: AnswerRecord]) {
        let expected = meeting.expected
        members = expected.count
        coming = expected.filter { answers[$0]?.comes == true }.count
        notComing = expected.filter { answers[$0]?.reply == .notComing }.count
    }

    /// More than half of the members.
    public var needed: Int { members / 2 + 1 }
    public var unanswered: Int { members - coming - notComing }
    /// Those who said they come are enough.
    public var reached: Bool { coming >= needed }
    /// Even if everyone yet to answer comes, there are too few.
    public var impossible: Bool { members - notComing < needed }
}
