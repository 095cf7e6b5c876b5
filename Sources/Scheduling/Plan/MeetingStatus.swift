import Rules

/// Whether a meeting stands as planned, was moved by the coordinator, or was cancelled.
public enum MeetingStatus: String, Sendable, Codable, CaseIterable {
    case planned, moved, cancelled
}
