import Rules

/// Dated work that is not a meeting: an annual-cycle task (a survey, a guide update)
/// or a deadline of a meeting (invitation, agenda, minutes).
public struct PlannedTask: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case task
        case deadline(DeadlineRule.Kind, meetingKey: String)
    }

    /// `seuranta/2027/perhekysely`, or `<meeting key>/invitation` for a deadline.
    public var key: String
    public var networkID: String
    public var title: LocalizedText
    public var owner: String?
    public var start: Day
    public var due: Day
    public var kind: Kind

    public init(key: String, networkID: String, title: LocalizedText, owner: String?, start: Day, due: Day, kind: Kind) {
        self.key = key
        self.networkID = networkID
        self.title = title
        self.owner = owner
        self.start = start
        self.due = due
        self.kind = kind
    }

    public var meetingKey: String? {
        if case .deadline(_, let key) = kind { return key }
        return nil
    }

    public static func byDue(_ a: PlannedTask, _ b: PlannedTask) -> Bool { (a.due, a.start, a.key) < (b.due, b.start, b.key) }
}
