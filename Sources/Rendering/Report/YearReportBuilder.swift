import Rules
import Scheduling
import Storage

/// What the database knows that the plan does not: minutes, actions, invitation answers
/// and tasks marked done. Read once per report.
public struct ReportFacts: Sendable {
    public var minutes: [String: RecordedMinutes]
    public var actions: [ActionItem]
    public var answers: [String: [String: AnswerRecord]]
    public var tasksDone: [String: TaskCompletion]

    public init(minutes: [String: RecordedMinutes] = [:], actions: [ActionItem] = [],
                answers: [String: [String: AnswerRecord]] = [:], tasksDone: [String: TaskCompletion] = [:]) {
        self.minutes = minutes
        self.actions = actions
        self.answers = answers
        self.tasksDone = tasksDone
    }

    /// Everything recorded in `database`; nothing when there is none yet.
    public static func load(_ database: ProjectDatabase?) throws -> ReportFacts {
        guard let database else { return ReportFacts() }
        return ReportFacts(minutes: try database.allRecordedMinutes(), actions: try database.actions(includeClosed: true),
                           answers: try database.allAnswers(), tasksDone: try database.taskCompletions())
    }
}

/// Counts a year of the plan against what was recorded: the one place that decides what
/// "held", "handled", "delivered" and "attended" mean (the CLI report, the workspace page
/// and the report attached to an agenda item all come from here).
public struct YearReportBuilder: Sendable {
    public let rules: RuleSet
    public let plan: Plan
    public let facts: ReportFacts
    public let language: Language

    public init(rules: RuleSet, plan: Plan, facts: ReportFacts, language: Language) {
        self.rules = rules
        self.plan = plan
        self.facts = facts
        self.language = language
    }

    /// The report of `year` as of the plan's today, for the networks given (all when nil).
    public func report(year: Int, networks chosen: Set<String>? = nil) -> YearReport {
        let today = plan.today
        let selected = { (id: String) in chosen == nil || chosen!.contains(id) }
        let meetings = plan.meetings.filter { $0.day.year == year && selected($0.networkID) }
        let byKey = Dictionary(plan.meetings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var counts: [String: YearReport.Counts] = [:]
        var months = (1...12).map { YearReport.Month(month: $0, planned: 0, held: 0, cancelled: 0) }
        var items: [YearReport.Item] = []
        var reports: [YearReport.Report] = []
        var byOrganisation: [String?: YearReport.Rate] = [:], byMunicipality: [String?: YearReport.Rate] = [:]
        var byPerson: [String?: YearReport.Rate] = [:]
        var quarters: [String?: [YearReport.Rate]] = [:]
        let inNetwork = Dictionary(grouping: meetings, by: \.networkID)

        for meeting in meetings {
            var c = counts[meeting.networkID] ?? YearReport.Counts()
            let held = !meeting.isCancelled && meeting.day < today
            let minutes = held ? facts.minutes[meeting.key] : nil
            c.planned += 1
            months[meeting.day.month - 1].planned += 1
            switch meeting.status {
            case .cancelled: c.cancelled += 1; months[meeting.day.month - 1].cancelled += 1
            case .moved: c.moved += 1
            case .planned: break
            }
            if held {
                c.held += 1
                months[meeting.day.month - 1].held += 1
            } else if !meeting.isCancelled {
                c.upcoming += 1
            }
            if minutes != nil { c.minutesRecorded += 1 }

            // Attendance of the expected members.
            if held {
                let network = rules.network(meeting.networkID)
                for person in meeting.expected {
                    var rate = YearReport.Rate()
                    if let minutes {
                        rate.expected = 1
                        let status = minutes.attendance.first { $0.personID == person }?.status
                        rate.attended = status == .present || status == .substitute ? 1 : 0
                    } else if let answer = facts.answers[meeting.key]?[person] {
                        rate.answered = 1
                        rate.answeredComing = answer.comes ? 1 : 0
                    } else {
                        continue
                    }
                    c.attendance += rate
                    let organisation = rules.people[person]?.organisation
                    byOrganisation[organisation, default: .init()] += rate
                    quarters[organisation, default: Array(repeating: .init(), count: 4)][(meeting.day.month - 1) / 3] += rate
                    byMunicipality[network?.municipality ?? organisation.flatMap(municipalityID), default: .init()] += rate
                    byPerson[person, default: .init()] += rate
                }
            }

            // Annual-cycle items and reports due at the meeting.
            if !meeting.isCancelled {
                for entry in meeting.agenda {
                    guard let origin = origin(of: entry, byKey) else { continue }
                    let state = itemState(entry.title, held: held, minutes: minutes)
                    switch origin {
                    case .annualCycle:
                        c.itemsDue += 1
                        if state == .handled { c.itemsHandled += 1 }
                        items.append(.init(networkID: meeting.networkID, meetingKey: meeting.key, day: meeting.day,
                                           title: entry.title.text(language), state: state))
                    case .report(let from, _):
                        reports.append(.init(from: from, to: meeting.networkID, meetingKey: meeting.key, day: meeting.day,
                                             title: entry.title.text(language), state: state))
                    default: break
                    }
                }
            }
            counts[meeting.networkID] = c
        }

        // A reporting line of the year with no meeting to report to is a report missing too.
        for network in rules.networks {
            for line in network.reports where line.kind == .report && line.years.applies(to: year)
                && (selected(network.id) || selected(line.to))
                && !reports.contains(where: { $0.from == network.id && $0.to == line.to }) {
                reports.append(.init(from: network.id, to: line.to, meetingKey: nil, day: nil,
                                     title: (line.item ?? network.title).text(language), state: .notPlanned))
            }
        }
        reports = reports.filter { selected($0.from) || selected($0.to) }
        for report in reports {
            counts[report.from, default: .init()].reportsRequired += 1
            if report.state == .handled { counts[report.from, default: .init()].reportsDelivered += 1 }
        }

        // Actions recorded at the year's meetings.
        var overdue: [YearReport.OverdueAction] = []
        for action in facts.actions where selected(action.network) {
            let day = byKey[action.meetingKey]?.day
            guard (day?.year ?? Meeting.year(ofKey: action.meetingKey)) == year else { continue }
            counts[action.network, default: .init()].actionsOpened += 1
            if !action.open {
                counts[action.network, default: .init()].actionsClosed += 1
            } else if let due = Day(iso: action.due), due < today {
                counts[action.network, default: .init()].actionsOverdue += 1
                overdue.append(.init(id: action.id ?? 0, networkID: action.network, meetingKey: action.meetingKey,
                                     what: action.what, due: due, owner: action.owner))
            }
        }
        overdue.sort { ($0.due, $0.id) < ($1.due, $1.id) }

        // Annual-cycle tasks (surveys, the indicator pack) due in the year.
        var tasks: [YearReport.Task] = []
        for task in plan.tasks where !task.isDeadline && task.due.year == year && selected(task.networkID) {
            let done = facts.tasksDone[task.key]?.doneOn
            tasks.append(.init(key: task.key, networkID: task.networkID, title: task.title.text(language), due: task.due,
                               done: done, state: done != nil ? .done : task.due < today ? .overdue : .open))
            counts[task.networkID, default: .init()].tasksDue += 1
            if done != nil { counts[task.networkID, default: .init()].tasksDone += 1 }
        }
        tasks.sort { ($0.due, $0.key) < ($1.due, $1.key) }

        let figures = rules.networks.compactMap { network -> YearReport.NetworkFigures? in
            guard let c = counts[network.id] else { return nil }
            return .init(networkID: network.id, title: network.title.text(language), counts: c,
                         live: live(network, inNetwork[network.id] ?? [], today: today))
        }
        return YearReport(
            year: year, asOf: today, networks: figures, total: figures.reduce(into: .init()) { $0 += $1.counts },
            months: months,
            attendance: .init(byOrganisation: rows(byOrganisation, name: { name(of: $0, year) }).map { row in
                                  var row = row
                                  row.quarters = quarters[row.id]
                                  return row
                              },
                              byMunicipality: rows(byMunicipality, name: { name(of: $0, year) }),
                              byPerson: rows(byPerson, name: { rules.people[$0]?.shownName(language) ?? $0 })),
            items: items, reports: reports.sorted { ($0.day ?? lastDay(year), $0.from) < ($1.day ?? lastDay(year), $1.from) },
            overdueActions: overdue, tasks: tasks)
    }

    /// Where an entry on the agenda comes from, looking through a carry-over to the item
    /// the cancelled meeting had; nil for items the report does not follow.
    private func origin(of entry: AgendaEntry, _ byKey: [String: Meeting]) -> AgendaSource? {
        switch entry.source {
        case .annualCycle, .report: return entry.source
        case .carriedOver(let from):
            return byKey[from]?.agenda.first { $0.title == entry.title }.flatMap { origin(of: $0, byKey) }
        default: return nil
        }
    }

    /// Handled when the minutes record a decision or a discussion under an item of that
    /// title (in any of the languages: a secretary may keep minutes in another).
    private func itemState(_ title: LocalizedText, held: Bool, minutes: RecordedMinutes?) -> YearReport.ItemState {
        guard held else { return .upcoming }
        guard let minutes else { return .noMinutes }
        let titles = Set(Language.allCases.map { Self.normalized(title.text($0)) })
        let handled = minutes.decisions.contains {
            titles.contains(Self.normalized($0.itemTitle)) && !($0.text.isEmpty && $0.discussion.isEmpty)
        }
        return handled ? .handled : .notRecorded
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// In-person meetings against the rule: `live: {perYear: n}` asks for n; a network
    /// meeting live or hybrid by default has every meeting in person; remote-only has no rule.
    private func live(_ network: Network, _ meetings: [Meeting], today: Day) -> YearReport.Live? {
        guard let rules = network.meetings else { return nil }
        let required: Int?
        if let live = rules.live { required = live.perYear } else if rules.mode != .remote { required = nil } else { return nil }
        let inPerson = meetings.filter { !$0.isCancelled && $0.mode != .remote }
        return .init(required: required, planned: inPerson.count, held: inPerson.filter { $0.day < today }.count)
    }

    /// The municipality an organisation is, by id or by name (people's organisations are
    /// often written as the municipality's name, "Juva").
    private func municipalityID(_ organisation: String) -> String? {
        let wanted = Self.normalized(organisation)
        return rules.calendar.municipalities.first { municipality in
            Self.normalized(municipality.id) == wanted
                || Language.allCases.contains { Self.normalized(municipality.name.text($0)) == wanted }
        }?.id
    }

    /// An organisation's or municipality's name at the end of the year; a name the rules
    /// do not list is shown as written.
    private func name(of id: String, _ year: Int) -> String {
        rules.calendar.name(of: id, on: lastDay(year))?.text(language) ?? id
    }

    private func lastDay(_ year: Int) -> Day { Day.lastOf(month: 12, year: year) }

    /// Rows with the most expected first, then by name; "not given" last.
    private func rows(_ rates: [String?: YearReport.Rate], name: (String) -> String) -> [YearReport.AttendanceRow] {
        rates.map { YearReport.AttendanceRow(id: $0.key, name: $0.key.map(name), rate: $0.value) }
            .sorted { a, b in
                if (a.id == nil) != (b.id == nil) { return b.id == nil }
                let ea = a.rate.expected + a.rate.answered, eb = b.rate.expected + b.rate.answered
                return ea != eb ? ea > eb : (a.name ?? "") < (b.name ?? "")
            }
    }
}
