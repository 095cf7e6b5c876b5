/// What a person does in a network.
public enum Role: String, Sendable, CaseIterable, Codable {
    case chair
    case viceChair = "vice-chair"
    case secretary
    case convener
    case contactPerson = "contact-person"
    case member
    case substitute

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.chair, .fi): return "puheenjohtaja"
        case (.chair, .sv): return "ordförande"
        case (.chair, .en): return "chair"
        case (.viceChair, .fi): return "varapuheenjohtaja"
        case (.viceChair, .sv): return "vice ordförande"
        case (.viceChair, .en): return "vice-chair"
        case (.secretary, .fi): return "sihteeri"
        case (.secretary, .sv): return "sekreterare"
        case (.secretary, .en): return "secretary"
        case (.convener, .fi): return "koollekutsuja"
        case (.convener, .sv): return "sammankallare"
        case (.convener, .en): return "convener"
        case (.contactPerson, .fi): return "yhteyshenkilö"
        case (.contactPerson, .sv): return "kontaktperson"
        case (.contactPerson, .en): return "contact person"
        case (.member, .fi): return "jäsen"
        case (.member, .sv): return "medlem"
        case (.member, .en): return "member"
        case (.substitute, .fi): return "varajäsen"
        case (.substitute, .sv): return "ersättare"
        case (.substitute, .en): return "substitute"
        }
    }
}

/// How often a member is expected: every meeting blocks their calendar, every other
/// meeting blocks every second one, on demand blocks nothing (they are invited).
public enum Attendance: String, Sendable, CaseIterable, Codable {
    case every
    case everyOther = "every-other"
    case onDemand = "on-demand"
}

/// A person's place in a network, possibly for a dated term.
public struct Membership: Hashable, Sendable {
    public var personID: String
    public var roles: [Role]
    public var attendance: Attendance
    public var from: Day?
    public var until: Day?
    public var substituteFor: String?
    public var location: SourceLocation

    public init(personID: String, roles: [Role], attendance: Attendance = .every, from: Day? = nil,
                until: Day? = nil, substituteFor: String? = nil, location: SourceLocation) {
        self.personID = personID
        self.roles = roles
        self.attendance = attendance
        self.from = from
        self.until = until
        self.substituteFor = substituteFor
        self.location = location
    }

    public func isActive(on day: Day) -> Bool {
        (from.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }

    public var hasTerm: Bool { from != nil || until != nil }
}

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
