import Rules

/// What a year actually held, for the leadership group's follow-up (seuranta ja arviointi):
/// counts and lists only, no words. Names of networks, organisations and items are the
/// rules' own, in the report's language; `YearReportBuilder` makes it, the renderers word it.
public struct YearReport: Sendable, Codable, Equatable {
    public var year: Int
    /// The day the figures are as of: meetings after it are still to come.
    public var asOf: Day
    public var networks: [NetworkFigures]
    public var total: Counts
    /// January to December, for the meetings-per-month chart.
    public var months: [Month]
    public var attendance: AttendanceFigures
    public var items: [Item]
    public var reports: [Report]
    public var overdueActions: [OverdueAction]
    public var tasks: [Task]

    /// One network's year.
    public struct NetworkFigures: Sendable, Codable, Equatable {
        public var networkID: String
        public var title: String
        public var counts: Counts
        public var live: Live?
    }

    /// The counts every network has and the total adds up.
    public struct Counts: Sendable, Codable, Equatable {
        /// Every meeting the plan has in the year, cancelled ones included.
        public var planned = 0
        /// Not cancelled and before the report's day.
        public var held = 0
        public var upcoming = 0
        public var moved = 0
        public var cancelled = 0
        /// Held meetings whose minutes are recorded.
        public var minutesRecorded = 0
        public var attendance = Rate()
        public var itemsDue = 0
        public var itemsHandled = 0
        public var reportsRequired = 0
        public var reportsDelivered = 0
        public var actionsOpened = 0
        public var actionsClosed = 0
        public var actionsOverdue = 0
        public var tasksDue = 0
        public var tasksDone = 0

        public init() {}

        /// Every count by its id, in the order files list them: the one table the sums,
        /// the CSV and the JSON follow.
        public static var measures: [(id: String, path: WritableKeyPath<Counts, Int>)] { [
            ("planned", \.planned), ("held", \.held), ("upcoming", \.upcoming), ("moved", \.moved),
            ("cancelled", \.cancelled), ("minutes-recorded", \.minutesRecorded),
            ("attended", \.attendance.attended), ("expected", \.attendance.expected),
            ("answered-coming", \.attendance.answeredComing), ("answered", \.attendance.answered),
            ("items-due", \.itemsDue), ("items-handled", \.itemsHandled),
            ("reports-required", \.reportsRequired), ("reports-delivered", \.reportsDelivered),
            ("actions-opened", \.actionsOpened), ("actions-closed", \.actionsClosed),
            ("actions-overdue", \.actionsOverdue), ("tasks-due", \.tasksDue), ("tasks-done", \.tasksDone),
        ] }

        static func += (sum: inout Counts, other: Counts) {
            for (_, path) in measures { sum[keyPath: path] += other[keyPath: path] }
        }
    }

    /// In-person meetings against the live rule ("one of four live").
    public struct Live: Sendable, Codable, Equatable {
        /// How many the rule asks for in the year; nil when every meeting is in person.
        public var required: Int?
        public var planned: Int
        public var held: Int
    }

    /// Attendance of the expected members: from recorded minutes (present or a substitute
    /// standing in), and separately, for held meetings without minutes, from the
    /// invitations' answers (coming or sending a substitute).
    public struct Rate: Sendable, Codable, Equatable {
        public var attended = 0
        public var expected = 0
        public var answeredComing = 0
        public var answered = 0

        public init() {}

        public var percent: Int? { expected == 0 ? nil : Int((Double(attended) * 100 / Double(expected)).rounded()) }
        public var answeredPercent: Int? {
            answered == 0 ? nil : Int((Double(answeredComing) * 100 / Double(answered)).rounded())
        }

        static func += (sum: inout Rate, other: Rate) {
            for path in [\Rate.attended, \.expected, \.answeredComing, \.answered] { sum[keyPath: path] += other[keyPath: path] }
        }
    }

    public struct AttendanceRow: Sendable, Codable, Equatable {
        /// The organisation's or municipality's id, or a person's id; nil for "not given".
        public var id: String?
        public var name: String?
        public var rate: Rate
        /// January–March … October–December, for the organisations: attendance over the year.
        public var quarters: [Rate]?
    }

    public struct AttendanceFigures: Sendable, Codable, Equatable {
        public var byOrganisation: [AttendanceRow]
        public var byMunicipality: [AttendanceRow]
        /// By person: only for the signed-in coordinator, never in a file (`withoutPeople`).
        public var byPerson: [AttendanceRow]?
    }

    public struct Month: Sendable, Codable, Equatable {
        public var month: Int
        public var planned: Int
        public var held: Int
        public var cancelled: Int
    }

    /// Where an agenda item or a report stands.
    public enum ItemState: String, Sendable, Codable, CaseIterable {
        /// The minutes record a decision or a discussion under it.
        case handled
        /// The meeting was held and its minutes are recorded, with nothing under the item.
        case notRecorded = "not-recorded"
        /// The meeting was held; its minutes are not recorded yet.
        case noMinutes = "no-minutes"
        case upcoming
        /// A reporting line the plan found no meeting for in the year.
        case notPlanned = "not-planned"
    }

    /// An annual-cycle item due at a meeting of the year.
    public struct Item: Sendable, Codable, Equatable {
        public var networkID: String
        public var meetingKey: String
        public var day: Day
        public var title: String
        public var state: ItemState
    }

    /// A report a reporting line requires: from one network to another's meeting.
    public struct Report: Sendable, Codable, Equatable {
        public var from: String
        public var to: String
        public var meetingKey: String?
        public var day: Day?
        public var title: String
        public var state: ItemState
    }

    public struct OverdueAction: Sendable, Codable, Equatable {
        public var id: Int64
        public var networkID: String
        public var meetingKey: String
        public var what: String
        public var due: Day
        /// A person id: shown to the signed-in coordinator only.
        public var owner: String?
    }

    public struct Task: Sendable, Codable, Equatable {
        public enum State: String, Sendable, Codable { case done, overdue, open }
        public var key: String
        public var networkID: String
        public var title: String
        public var due: Day
        public var done: Day?
        public var state: State
    }

    /// The report as a file carries it: no attendance by person, no owners of actions.
    public func withoutPeople() -> YearReport {
        var copy = self
        copy.attendance.byPerson = nil
        for i in copy.overdueActions.indices { copy.overdueActions[i].owner = nil }
        return copy
    }

    /// The open action whose due date is earliest.
    public var oldestOverdue: OverdueAction? { overdueActions.first }
}
