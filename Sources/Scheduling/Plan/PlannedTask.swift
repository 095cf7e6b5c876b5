import Rules

/// Dated work that is not a meeting: an annual-cycle task (a survey, a guide update)
/// or a deadline of a meeting (invitation, agenda, minutes). Codable, so that work
/// already due is kept as it was planned.
public struct PlannedTask: Hashable, Sendable, Codable {
    public enum Kind: Hashable, Sendable, Codable {
        /// An annual-cycle task of the network, for one cycle.
        case task(id: String, cycleLabel: String)
        /// Work due relative to a meeting.
        case deadline(DeadlineRule.Kind, meetingKey: String, meetingDay: Day)
    }

    public var networkID: String
    /// The task's title; for a deadline, the name of the work ("Esityslista"). Outputs
    /// add the network and the meeting's date.
    public var title: LocalizedText
    /// Who does it; a shared role gives every holder the task.
    public var owners: [String]
    public var start: Day
    public var due: Day
    public var kind: Kind

    public init(networkID: String, title: LocalizedText, owners: [String], start: Day, due: Day, kind: Kind) {
        self.networkID = networkID
        self.title = title
        self.owners = owners
        self.start = start
        self.due = due
        self.kind = kind
    }

    /// `seuranta/2027/perhekysely`, or `<meeting key>/invitation` for a deadline.
    public var key: String { PlannedTask.key(network: networkID, kind: kind) }

    /// The same from the task's fields (the feeds read them in place, see `FeedText`).
    public static func key(network: String, kind: Kind) -> String {
        switch kind {
        case let .task(id, cycleLabel): return "\(network)/\(cycleLabel)/\(id)"
        case let .deadline(kind, meetingKey, _): return "\(meetingKey)/\(kind.id)"
        }
    }

    // Inlinable: the feeds read these where the task lies, without copying it.
    @inlinable
    public var meetingKey: String? {
        if case .deadline(_, let key, _) = kind { return key }
        return nil
    }

    @inlinable
    public var isDeadline: Bool { meetingKey != nil }
}
