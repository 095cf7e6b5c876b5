/// A duty or place that passes along a list: the lead of the provincial meeting, the
/// rotating secretary, the family house that moves between municipalities.
public struct Rotation: Hashable, Sendable {
    public enum Subject: String, Sendable, CaseIterable {
        case convener, chair, secretary, host, place
    }

    public enum Step: String, Sendable, CaseIterable {
        case meeting, year
    }

    public var subject: Subject
    public var among: [String]
    public var by: Step
    public var location: SourceLocation

    public init(subject: Subject, among: [String], by: Step, location: SourceLocation) {
        self.subject = subject
        self.among = among
        self.by = by
        self.location = location
    }

    public func pick(meetingOrdinal: Int, cycleOrdinal: Int) -> String {
        let index = by == .meeting ? meetingOrdinal : cycleOrdinal
        return among[((index % among.count) + among.count) % among.count]
    }
}
