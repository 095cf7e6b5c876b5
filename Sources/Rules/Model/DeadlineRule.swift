/// Work due relative to each meeting: the invitation three weeks before a live
/// meeting, the agenda a week before, the minutes within a week after.
public struct DeadlineRule: Hashable, Sendable {
    public enum Kind: Hashable, Sendable, Codable {
        case invitation, agenda, minutes
        case custom(id: String, title: LocalizedText)

        public var id: String {
            switch self {
            case .invitation: return "invitation"
            case .agenda: return "agenda"
            case .minutes: return "minutes"
            case .custom(let id, _): return id
            }
        }
    }

    public var kind: Kind
    /// Negative: days before the meeting; positive: days after it.
    public var offsetDays: Int
    /// Who does the work: people, or the holders of a role ("the convener and the chair
    /// prepare the meeting").
    public var owners: [Owner]
    /// Only meetings held in these modes; nil for all.
    public var modes: Set<MeetingMode>?
    public var location: SourceLocation

    public init(kind: Kind, offsetDays: Int, owners: [Owner], modes: Set<MeetingMode>? = nil, location: SourceLocation) {
        self.kind = kind
        self.offsetDays = offsetDays
        self.owners = owners
        self.modes = modes
        self.location = location
    }
}
