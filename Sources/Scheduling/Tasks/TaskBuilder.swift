import Rules

/// Dated work: the annual-cycle tasks of each network (surveys, guide updates,
/// reviews) and the deadlines of each meeting (invitation, agenda, minutes), each owned
/// by people and due on a day that takes deadlines.
///
/// What was due before today is history: a held meeting's deadlines and an annual task
/// already due are taken as earlier plans had them; one that no plan had, in a year
/// already planned, is not made up now (a network added in November gets no March survey).
struct TaskBuilder {
    let rules: RuleSet
    let calendar: WorkingCalendar
    let originYear: Int
    let today: Day
    let history: History
    /// Meetings that have happened and were taken from the history.
    let frozen: Set<String>

    func tasks(for meetings: [Meeting], firstYear: Int, lastYear: Int) -> [PlannedTask] {
        let periodStart = Day.firstOf(month: 1, year: firstYear), periodEnd = Day.lastOf(month: 12, year: lastYear)
        var result: [PlannedTask] = []
        // Indices, not meetings: grouping copies of every meeting cost a tenth of the national plan.
        let byNetwork = meetings.withUnsafeBufferPointer { all in
            Dictionary(grouping: all.indices, by: { (all.baseAddress! + $0).pointee.networkID })
        }
        var heldDeadlines: [String: [PlannedTask]] = [:]
        for task in history.tasks.values { if let key = task.meetingKey { heldDeadlines[key, default: []].append(task) } }
        // The history of networks since removed from the rules stays as it was.
        // (Filtered before sorting: sorting the whole history cost a second at national scale.)
        let orphaned = history.tasks.values.filter { rules.network($0.networkID) == nil }
        for task in orphaned.sorted(by: { $0.key < $1.key }) {
            let held = task.meetingKey.map(frozen.contains) ?? false
            if held || (task.meetingKey == nil && task.due < today) { result.append(task) }
        }
        // Each network's tasks on its own, on every core, joined in rule order.
        let networks = rules.networks, held = heldDeadlines
        // Meetings read in place: handing them on as values copied each of them.
        let parts = parallelMap(networks.count) { n in
            meetings.withUnsafeBufferPointer { all in
                let own = (byNetwork[networks[n].id] ?? []).map { all.baseAddress! + $0 }
                    .sorted { Meeting.chronological($0.pointee, $1.pointee) }
                return tasks(of: networks[n], own: own, heldDeadlines: held, period: periodStart...periodEnd)
            }
        }
        // Joined once (`+= parts.flatMap` copied every task twice).
        result.reserveCapacity(result.count + parts.reduce(0) { $0 + $1.count })
        for part in parts { result += part }
        return result
    }

    /// One network's annual tasks and its meetings' deadlines, `own` being its meetings in order.
    private func tasks(of network: Network, own: [UnsafePointer<Meeting>], heldDeadlines: [String: [PlannedTask]],
                       period: ClosedRange<Day>) -> [PlannedTask] {
        var result: [PlannedTask] = []
        let roster = Roster(network: network, originYear: originYear)
        let cycles = network.cycleYear(of: period.lowerBound)...network.cycleYear(of: period.upperBound)
        for rule in network.tasks {
            for cycle in cycles where rule.years.applies(to: cycle) {
                let start = firstOnOrAfter(rule.from, network.cycleStart(cycle))
                let due = calendar.deadlineDay(onOrBefore: firstOnOrAfter(rule.due, start))
                guard due >= period.lowerBound, start <= period.upperBound else { continue }
                let ordinal = own.first { $0.pointee.cycleYear == cycle }?.pointee.ordinal ?? 0
                let assignment = roster.assignment(ordinal: ordinal, cycleYear: cycle, on: start)
                let task = PlannedTask(networkID: network.id, title: rule.title,
                                       owners: assignment.people(rule.owners), start: start, due: max(due, start),
                                       kind: .task(id: rule.id, cycleLabel: network.cycleLabel(cycle)))
                if let kept = past(task) { result.append(kept) }
            }
        }
        network.deadlines.withUnsafeBufferPointer { rules in
            for meeting in own where !meeting.pointee.isCancelled {
                if frozen.contains(meeting.pointee.key), let held = heldDeadlines[meeting.pointee.key] {
                    result += held.sorted { $0.key < $1.key }
                    continue
                }
                // The meeting's people as a roster once, for all of its deadlines.
                let assignment = Roster.Assignment(conveners: meeting.pointee.conveners, chairs: meeting.pointee.chairs,
                                                   secretaries: meeting.pointee.secretaries, host: meeting.pointee.host,
                                                   placeID: nil, attendees: meeting.pointee.attendees)
                for r in rules.indices {
                    let rule = rules.baseAddress! + r
                    guard rule.pointee.modes?.contains(meeting.pointee.mode) ?? true else { continue }
                    result.append(deadline(rule, meeting: meeting, people: assignment, network: network))
                }
            }
        }
        return result
    }

    /// An annual task as it stands: as planned when it was due before today; dropped
    /// when it was due before today in a year already planned without it. One that fell
    /// due beyond every save's snapshots (today jumped more than a year) has no snapshot
    /// either way: it is taken from the rules, as a meeting is, not dropped.
    private func past(_ task: PlannedTask) -> PlannedTask? {
        guard task.due < today else { return task }
        if let held = history.tasks[task.key] { return held }
        if let through = history.snapshotsThrough, task.due >= through { return task }
        return history.years.contains(task.due.year) ? nil : task
    }

    private func deadline(_ rule: UnsafePointer<DeadlineRule>, meeting m: UnsafePointer<Meeting>,
                          people assignment: Roster.Assignment, network: Network) -> PlannedTask {
        let due = calendar.due(rule.pointee, meetingDay: m.pointee.day)
        let start = due < m.pointee.day ? due.adding(days: -7) : m.pointee.day
        return PlannedTask(networkID: network.id, title: Self.name(of: rule.pointee.kind, body: network.body),
                           owners: assignment.people(rule.pointee.owners), start: start, due: due,
                           kind: .deadline(rule.pointee.kind, meetingKey: m.pointee.key, meetingDay: m.pointee.day))
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

    private func firstOnOrAfter(_ monthDay: MonthDay, _ day: Day) -> Day {
        let candidate = monthDay.inYear(day.year)
        return candidate >= day ? candidate : monthDay.inYear(day.year + 1)
    }
}
