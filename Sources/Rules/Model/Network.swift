/// A multi-actor working group with its own cadence, people and annual cycle:
/// the unit a coordinator keeps in one rule file and members subscribe to.
public struct Network: Sendable {
    /// Whether the minutes are a formal pöytäkirja or a working group's muistio.
    public enum Body: String, Sendable, CaseIterable {
        case formal
        case workingGroup = "working-group"
    }

    public let id: String
    public var title: LocalizedText
    /// What the network is for, shown as the feed's description.
    public var description: LocalizedText?
    public var body: Body
    /// The language its members work in: their invitations are written in it.
    public var language: Language = .fi
    public var municipality: String?
    /// The month the network's annual cycle starts: 1 for calendar years, 8 for school years.
    public var cycleStartMonth: Int
    /// Higher priorities are placed first when networks compete for the same people.
    public var priority: Int
    /// The feed's colour, a CSS colour name; networks without one take the palette in turn.
    public var color: String?
    /// Networks with the same group share one ring of the annual wheel ("Kuntien LAPE-ryhmät").
    public var group: LocalizedText?
    /// When the body has quorum rules (a formal body), what makes a quorum.
    public var quorum: LocalizedText?
    /// The network's own document templates, by kind (`agenda`, `minutes`): a base name
    /// in the templates folder (`johtoryhma-agenda` → `johtoryhma-agenda.md.mustache`, …).
    public var templates: [String: String]
    public var members: [Membership]
    public var rotations: [Rotation]
    public var meetings: MeetingRules?
    public var standingItems: [LocalizedText]
    public var annualCycle: [AnnualCycleItem]
    public var tasks: [TaskRule]
    public var deadlines: [DeadlineRule]
    public var reports: [ReportingLine]
    public var file: String
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, body: Body = .workingGroup, municipality: String? = nil,
                cycleStartMonth: Int = 1, priority: Int = 0, members: [Membership] = [], rotations: [Rotation] = [],
                meetings: MeetingRules? = nil, standingItems: [LocalizedText] = [], annualCycle: [AnnualCycleItem] = [],
                tasks: [TaskRule] = [], deadlines: [DeadlineRule] = [], reports: [ReportingLine] = [],
                file: String, location: SourceLocation) {
        self.id = id
        self.title = title
        self.description = nil
        self.body = body
        self.municipality = municipality
        self.cycleStartMonth = cycleStartMonth
        self.priority = priority
        self.color = nil
        self.group = nil
        self.quorum = nil
        self.templates = [:]
        self.members = members
        self.rotations = rotations
        self.meetings = meetings
        self.standingItems = standingItems
        self.annualCycle = annualCycle
        self.tasks = tasks
        self.deadlines = deadlines
        self.reports = reports
        self.file = file
        self.location = location
    }

    /// The label of the annual cycle that contains `day`: `2026`, or `2026-27` for a
    /// cycle that starts after January.
    public func cycleYear(of day: Day) -> Int {
        day.month >= cycleStartMonth ? day.year : day.year - 1
    }

    public func cycleLabel(_ cycleYear: Int) -> String {
        cycleStartMonth == 1 ? String(cycleYear) : "\(cycleYear)-\(Day.pad((cycleYear + 1) % 100, 2))"
    }

    public func cycleStart(_ cycleYear: Int) -> Day { Day.firstOf(month: cycleStartMonth, year: cycleYear) }
    public func cycleEnd(_ cycleYear: Int) -> Day { cycleStart(cycleYear + 1).adding(days: -1) }
}
