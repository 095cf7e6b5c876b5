import Rules

/// Dated work: the annual-cycle tasks of each network (surveys, guide updates,
/// reviews) and the deadlines of each meeting (invitation, agenda, minutes), each
/// owned by a person and due on a working day.
struct TaskBuilder {
    let rules: RuleSet
    let calendar: WorkingCalendar
    let originYear: Int

    func tasks(for meetings: [Meeting], firstYear: Int, lastYear: Int) -> [PlannedTask] {
        let periodStart = Day.firstOf(month: 1, year: firstYear), periodEnd = Day.lastOf(month: 12, year: lastYear)
        var result: [PlannedTask] = []
        let byNetwork = Dictionary(grouping: meetings, by: \.networkID)
        for network in rules.networks {
            let roster = Roster(network: network, originYear: originYear)
            let own = (byNetwork[network.id] ?? []).sorted(by: Meeting.chronological)
            let cycles = network.cycleYear(of: periodStart)...network.cycleYear(of: periodEnd)
            for rule in network.tasks {
                for cycle in cycles where rule.years.applies(to: cycle) {
                    let start = firstOnOrAfter(rule.from, network.cycleStart(cycle))
                    let due = calendar.workingDay(onOrBefore: firstOnOrAfter(rule.due, start))
                    guard due >= periodStart, start <= periodEnd else { continue }
                    let ordinal = own.first { $0.cycleYear == cycle }?.ordinal ?? 0
                    let assignment = roster.assignment(ordinal: ordinal, cycleYear: cycle, on: start)
                    result.append(PlannedTask(networkID: network.id, title: rule.title,
                                              owner: rule.owner.flatMap { owner($0, assignment) },
                                              start: start, due: max(due, start),
                                              kind: .task(id: rule.id, cycleLabel: network.cycleLabel(cycle))))
                }
            }
            for meeting in own where !meeting.isCancelled {
                for rule in network.deadlines where rule.modes?.contains(meeting.mode) ?? true {
                    result.append(deadline(rule, meeting: meeting, network: network))
                }
            }
        }
        return result
    }

    private func deadline(_ rule: DeadlineRule, meeting: Meeting, network: Network) -> PlannedTask {
        let raw = meeting.day.adding(days: rule.offsetDays)
        var due = calendar.workingDay(onOrBefore: raw)
        let start: Day
        if rule.offsetDays < 0 {
            start = due.adding(days: -7)
        } else {
            due = max(due, meeting.day)
            start = meeting.day
        }
        let assignment = Roster.Assignment(convener: meeting.convener, chair: meeting.chair,
                                           secretary: meeting.secretary, host: meeting.host, placeID: nil,
                                           attendees: meeting.attendees)
        return PlannedTask(networkID: network.id, title: Self.name(of: rule.kind, body: network.body),
                           owner: owner(rule.owner, assignment), start: start, due: due,
                           kind: .deadline(rule.kind, meetingKey: meeting.key, meetingDay: meeting.day))
    }

    /// The words for each kind of deadline; minutes of a formal body are a pöytäkirja,
    /// of a working group a muistio.
    static func name(of kind: DeadlineRule.Kind, body: Network.Body) -> LocalizedText {
        switch kind {
        case .invitation: return LocalizedText(fi: "Kokouskutsu", sv: "Möteskallelse", en: "Invitation")
        case .agenda: return LocalizedText(fi: "Esityslista", sv: "Föredragningslista", en: "Agenda")
        case .minutes:
            return body == .formal ? LocalizedText(fi: "Pöytäkirja", sv: "Protokoll", en: "Minutes")
                : LocalizedText(fi: "Muistio", sv: "Minnesanteckningar", en: "Notes")
        case .custom(_, let title): return title
        }
    }

    private func owner(_ owner: Owner, _ a: Roster.Assignment) -> String? {
        switch owner {
        case .person(let id): return id
        case .role(.convener): return a.convener
        case .role(.chair): return a.chair ?? a.convener
        case .role(.secretary): return a.secretary ?? a.convener
        case .role(let role): return a.attendees.first { $0.roles.contains(role) }?.personID
        }
    }

    private func firstOnOrAfter(_ monthDay: MonthDay, _ day: Day) -> Day {
        let candidate = monthDay.inYear(day.year)
        return candidate >= day ? candidate : monthDay.inYear(day.year + 1)
    }
}
