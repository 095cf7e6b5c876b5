/// How often a member is expected: every meeting blocks their calendar, every other
/// meeting blocks every second one, on demand blocks nothing (they are invited).
public enum Attendance: String, Sendable, CaseIterable, Codable {
    case every
    case everyOther = "every-other"
    case onDemand = "on-demand"
}
