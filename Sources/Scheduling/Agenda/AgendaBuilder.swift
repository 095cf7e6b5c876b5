import Rules

/// Puts the annual cycle on the agendas once meetings have days: each network's
/// annual-cycle items, reports from other networks ("after X's October meeting, the
/// next johtoryhma meeting gets 'Nostot: X'"), and items of cancelled meetings carried
/// over to the network's next meeting.
struct AgendaBuilder {
    let rules: RuleSet
    let calendar: WorkingCalendar
    let firstYear: Int
    let lastYear: Int
    let today: Day
    /// Meetings that have happened: their agendas are as they were, and stay so.
    let frozen: Set<String>
    /// Items added to one meeting only, by key.
    var extraItems: [String: [LocalizedText]] = [:]

    func attach(to meetings: inout [Meeting], problems: inout [Problem]) {
        var byNetwork: [String: [Int]] = [:]
        for i in meetings.indices { byNetwork[meetings[i].networkID, default: []].append(i) }
        for key in byNetwork.keys { byNetwork[key]!.sort { Meeting.chronological(meetings[$0], meetings[$1]) } }
        func add(_ entry: AgendaEntry, to i: Int) {
            if !frozen.contains(meetings[i].key) { meetings[i].agenda.append(entry) }
        }

        for network in rules.networks {
            let indices = byNetwork[network.id] ?? []
            for (cycle, inCycle) in cycles(indices, meetings) {
                let view = CycleView(network: network, cycle: cycle, indices: inCycle, meetings: meetings,
                                     firstYear: firstYear, lastYear: lastYear)
                for item in network.annualCycle {
                    guard let title = item.title(forCycle: cycle) else { continue }
                    let chosen = view.select(item.at)
                    if chosen.isEmpty && view.isComplete {
                        problems.append(Problem(.warning, network: network.id, constraint: .annualCycle,
                                                location: item.location,
                                                message: .itemWithoutMeeting(item: title, selector: item.at.description,
                                                                             cycle: network.cycleLabel(cycle))))
                    }
                    // The proposal and attachments belong to the item's own title, not its alternate.
                    let own = item.years.applies(to: cycle)
                    let entry = AgendaEntry(title: title, source: .annualCycle, proposal: own ? item.proposal : nil,
                                            attachments: own ? item.attachments : [])
                    for i in chosen {
                        var dated = entry
                        dated.report = own ? item.report?.year(at: meetings[i].day.year) : nil
                        add(dated, to: i)
                    }
                }
                for line in network.reports where line.years.applies(to: cycle) {
                    let selected = view.select(line.after)
                    var reported = false
                    for i in selected {
                        guard let from = nextHeld(from: i, in: inCycle, meetings),
                              let target = receiver(of: line, after: meetings[from], among: byNetwork[line.to] ?? [],
                                                    meetings) else { continue }
                        reported = true
                        let guidance = line.kind == .guidance
                        let title = line.item ?? (guidance
                            ? LocalizedText(fi: "Ohjaus: \(network.title.fi)", sv: "Styrning: \(network.title.text(.sv))",
                                            en: "Guidance: \(network.title.text(.en))")
                            : LocalizedText(fi: "Raportti: \(network.title.fi)", sv: "Rapport: \(network.title.text(.sv))",
                                            en: "Report: \(network.title.text(.en))"))
                        add(AgendaEntry(title: title, source: .report(from: network.id, meetingKey: meetings[from].key)),
                            to: target)
                        // The sender's agenda says what to prepare and for whom.
                        let receiver = rules.network(line.to)?.title ?? LocalizedText(line.to)
                        let outgoing = guidance
                            ? LocalizedText(fi: "Ohjaus verkostolle: \(receiver.fi)", sv: "Styrning till: \(receiver.text(.sv))",
                                            en: "Guidance to: \(receiver.text(.en))")
                            : LocalizedText(fi: "Raportti verkostolle: \(receiver.fi)", sv: "Rapport till: \(receiver.text(.sv))",
                                            en: "Report to: \(receiver.text(.en))")
                        add(AgendaEntry(title: outgoing, source: .reportTo(network: line.to, meetingKey: meetings[target].key)),
                            to: from)
                    }
                    // A report owed at least once a year that no held meeting will give.
                    let heldNone = !selected.isEmpty && selected.allSatisfy { nextHeld(from: $0, in: inCycle, meetings) == nil }
                    if !reported, heldNone, view.isComplete, network.cycleEnd(cycle) >= today {
                        problems.append(Problem(.warning, network: network.id, constraint: .reports, location: line.location,
                                                message: .reportMissing(to: line.to, cycle: network.cycleLabel(cycle))))
                    }
                }
            }
        }
        // A meeting's own extra items come last, as the chair added them.
        if !extraItems.isEmpty {
            for i in meetings.indices {
                for title in extraItems[meetings[i].key] ?? [] { add(AgendaEntry(title: title, source: .extra), to: i) }
            }
        }
        carryOverCancelled(&meetings, byNetwork: byNetwork)
    }

    /// The meeting itself, or the network's next one in the same cycle if it was cancelled.
    private func nextHeld(from i: Int, in indices: [Int], _ meetings: [Meeting]) -> Int? {
        guard let position = indices.firstIndex(of: i) else { return nil }
        return indices[position...].first { !meetings[$0].isCancelled }
    }

    /// The receiving network's first held meeting whose agenda is still open after the
    /// reporting meeting: its agenda deadline falls after that meeting's day, so the
    /// report can be prepared for it (the October "Nostot" do not land on the next day's
    /// leadership meeting, whose agenda went out a week earlier).
    private func receiver(of line: ReportingLine, after source: Meeting, among targets: [Int],
                          _ meetings: [Meeting]) -> Int? {
        let agendaRule = rules.network(line.to)?.deadlines.first { $0.kind == .agenda }
        return targets.first { t in
            guard !meetings[t].isCancelled, meetings[t].day > source.day else { return false }
            guard let agendaRule else { return true }
            return calendar.due(agendaRule, meetingDay: meetings[t].day) > source.day
        }
    }

    /// A cancelled meeting keeps its own items (they are what it would have handled) and
    /// hands them to the network's next held meeting, unless that one has already happened.
    /// Items added for that meeting only stay with it: whoever added them decides again.
    private func carryOverCancelled(_ meetings: inout [Meeting], byNetwork: [String: [Int]]) {
        for indices in byNetwork.values {
            var carried: [AgendaEntry] = []
            for i in indices {
                if meetings[i].isCancelled {
                    carried += meetings[i].agenda.filter { $0.source != .extra }
                        .filter { if case .carriedOver = $0.source { false } else { true } }
                        .map { AgendaEntry(title: $0.title, source: .carriedOver(from: meetings[i].key),
                                           proposal: $0.proposal, attachments: $0.attachments ?? [], report: $0.report) }
                } else if !carried.isEmpty {
                    if !frozen.contains(meetings[i].key) { meetings[i].agenda = carried + meetings[i].agenda }
                    carried = []
                }
            }
        }
    }

    private func cycles(_ indices: [Int], _ meetings: [Meeting]) -> [(Int, [Int])] {
        let grouped = Dictionary(grouping: indices, by: { meetings[$0].cycleYear })
        return grouped.keys.sorted().map { ($0, grouped[$0]!) }
    }
}

/// One cycle's meetings of one network, for picking the meeting an item belongs to.
/// Keeps only what selection needs, never the meetings array itself, so that adding
/// agenda items while a view is alive does not copy every meeting.
struct CycleView {
    struct Entry {
        let index: Int
        let windowID: String?
        let mode: MeetingMode
        let month: Int
    }

    let indices: [Int]
    let entries: [Entry]
    let startsInPeriod: Bool
    let endsInPeriod: Bool

    init(network: Network, cycle: Int, indices: [Int], meetings: [Meeting], firstYear: Int, lastYear: Int) {
        self.indices = indices
        entries = indices.map { Entry(index: $0, windowID: meetings[$0].windowID, mode: meetings[$0].mode,
                                      month: meetings[$0].day.month) }
        startsInPeriod = network.cycleStart(cycle) >= Day.firstOf(month: 1, year: firstYear)
        endsInPeriod = network.cycleEnd(cycle) <= Day.lastOf(month: 12, year: lastYear)
    }

    /// Only a cycle planned from its start to its end can say "there is no such meeting".
    var isComplete: Bool { startsInPeriod && endsInPeriod }

    func select(_ selector: MeetingSelector) -> [Int] {
        switch selector {
        case .first: return startsInPeriod ? Array(indices.prefix(1)) : []
        case .last: return endsInPeriod ? Array(indices.suffix(1)) : []
        case .nth(let n): return startsInPeriod && n <= indices.count ? [indices[n - 1]] : []
        case .everyOther(let k):
            return startsInPeriod ? indices.enumerated().filter { $0.offset >= k - 1 && ($0.offset - (k - 1)) % 2 == 0 }.map(\.element) : []
        case .list(let selectors):
            // Each chosen meeting once, in the cycle's order.
            let chosen = Set(selectors.flatMap(select))
            return indices.filter(chosen.contains)
        case .all: return indices
        case .live: return Array(entries.filter { $0.mode != .remote }.prefix(1).map(\.index))
        case .window(let id): return entries.filter { $0.windowID == id }.map(\.index)
        case .month(let m): return Array(entries.filter { $0.month == m }.prefix(1).map(\.index))
        }
    }
}
