/// One numbered item of an agenda or minutes.
public struct DocumentItem: Hashable, Sendable, Encodable {
    /// What kind of item, so that templates and the minutes reader can treat the
    /// opening items, the open actions and the next meeting in their own way.
    public enum Role: String, Hashable, Sendable, Encodable {
        case opening, attendance, minuteCheckers, agendaApproval, previousMinutes, openActions
        case standing, annualCycle, window, reportFrom, reportTo, carriedOver, extra
        case otherBusiness, nextMeeting, closing
    }

    public var number: Int
    public var title: String
    public var role: Role
    /// Why the item is there, or what the chair should know (one line each).
    public var notes: [String]
    /// Filled only on the open-actions item.
    public var actions: [OpenAction]
    /// The proposed decision (päätösehdotus): written in the workspace, else from the rules.
    public var proposal: String?
    /// The item's attachments, by title.
    public var attachments: [String] = []
    /// The year of the monitoring report attached to the item, if it carries one.
    public var report: Int?

    public init(number: Int, title: String, role: Role, notes: [String] = [], actions: [OpenAction] = []) {
        self.number = number
        self.title = title
        self.role = role
        self.notes = notes
        self.actions = actions
    }
}

/// An action item from earlier minutes that is still open, as an agenda shows it.
public struct OpenAction: Hashable, Sendable, Encodable {
    public var id: Int64
    public var what: String
    public var owner: String
    public var ownerName: String
    public var due: String
    /// Due before the meeting and still open.
    public var overdue: Bool
    /// The earlier meeting that recorded it, as a date.
    public var recordedAt: String

    public init(id: Int64, what: String, owner: String, ownerName: String, due: String, overdue: Bool,
                recordedAt: String) {
        self.id = id
        self.what = what
        self.owner = owner
        self.ownerName = ownerName
        self.due = due
        self.overdue = overdue
        self.recordedAt = recordedAt
    }
}
