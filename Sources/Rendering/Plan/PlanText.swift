import Rules
import Scheduling

/// The plan as a readable calendar: per network, year by year, each meeting with its
/// agenda items and deadlines; then the tasks that are not meetings, then problems.
public struct PlanText {
    public let rules: RuleSet
    public let language: Language

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
    }

    public func render(_ plan: Plan, networks filter: Set<String>? = nil) -> String {
        let labels = Labels(language: language)
        let text = MeetingText(rules: rules, language: language)
        let shown = rules.networks.filter { filter?.contains($0.id) ?? true }
        let meetings = plan.meetings.filter { filter?.contains($0.networkID) ?? true }
        let tasks = plan.tasks.filter { filter?.contains($0.networkID) ?? true }
        var deadlinesByMeeting: [String: [PlannedTask]] = [:]
        for task in tasks { if let key = task.meetingKey { deadlinesByMeeting[key, default: []].append(task) } }
        let errors = plan.problems.filter { $0.severity == .error }
        var out: [String] = []
        out.append("\(rules.calendar.region.text(language)) · \(labels.annualCycle) \(plan.firstYear)–\(plan.lastYear)")
        out.append([labels.count(shown.count, .network), labels.count(meetings.count, .meeting),
                    labels.count(tasks.count, .task), labels.count(errors.count, .problem)].joined(separator: " · "))
        let byNetwork = Dictionary(grouping: meetings, by: \.networkID)
        for network in shown where network.meetings != nil {
            out.append("")
            out.append("━━ \(network.id) · \(network.title.text(language))")
            let own = byNetwork[network.id] ?? []
            guard let first = own.first else {
                out.append("   \(labels.noMeetings)")
                continue
            }
            let header = roles(first, labels)
            if !header.isEmpty { out.append("   " + header) }
            var year: Int?
            for meeting in own {
                if meeting.day.year != year {
                    year = meeting.day.year
                    out.append("")
                    out.append("  \(meeting.day.year)")
                }
                out.append(line(meeting, text))
                let indent = String(repeating: " ", count: 20)
                let own = roles(meeting, labels)
                if own != header && !own.isEmpty { out.append(indent + own) }
                for item in meeting.agenda { out.append(indent + "• " + agendaLine(item, labels)) }
                if let deadlines = deadlinesByMeeting[meeting.key], !deadlines.isEmpty {
                    out.append(indent + deadlines.map { d in
                        "\(TaskDeadlineName.short(d, network: network, language)) \(d.due.day).\(d.due.month)."
                    }.joined(separator: " · "))
                }
            }
        }
        let standalone = tasks.filter { $0.meetingKey == nil }
        if !standalone.isEmpty {
            out.append("")
            out.append("━━ \(labels.tasksHeading)")
            var year: Int?
            for task in standalone {
                if task.due.year != year {
                    year = task.due.year
                    out.append("")
                    out.append("  \(task.due.year)")
                }
                let span = "\(task.start.finnish)–\(task.due.finnish)"
                let owner = task.owners.isEmpty ? "" : " → " + task.owners.joined(separator: ", ")
                out.append("    " + pad(span, 24) + pad(task.networkID, 22) + task.title.text(language) + owner)
            }
        }
        for (heading, severity) in [(labels.problemsHeading, Problem.Severity.error),
                                    (labels.warningsHeading, .warning)] {
            let list = plan.problems.filter { $0.severity == severity && (filter?.contains($0.networkID ?? "") ?? true) }
            guard !list.isEmpty else { continue }
            out.append("")
            out.append("━━ \(heading)")
            for problem in list { out.append("  " + problem.rendered(language)) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func line(_ m: Meeting, _ text: MeetingText) -> String {
        let date = "\(m.day.weekday.abbreviation(language)) \(m.day.day).\(m.day.month)."
        let time = "\(m.start.finnish)–\(m.end.finnish)"
        let status = m.status == .planned ? "" : " [\(text.statusName(m.status).uppercased())]"
        let place = text.location(m) ?? ""
        return "    " + pad(date, 12) + pad(time, 13) + pad(m.mode.name(language), 11)
            + pad(m.key + status, 38) + place
    }

    private func roles(_ m: Meeting, _ labels: Labels) -> String {
        [(labels.convener, m.conveners), (labels.chair, m.chairs), (labels.secretary, m.secretaries)]
            .filter { !$0.1.isEmpty }
            .map { name, ids in "\(name) \(ids.joined(separator: ", "))" }
            .joined(separator: " · ")
    }

    private func agendaLine(_ item: AgendaEntry, _ labels: Labels) -> String {
        let title = item.title.text(language)
        switch item.source {
        case .report(let from, _): return "\(title) (\(labels.reportFrom) \(from))"
        case .carriedOver(let key): return "\(title) (\(labels.carriedOver) \(key))"
        case .window, .annualCycle, .reportTo, .extra: return title
        }
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}
