import Rules

/// From rules and stored state to a plan, with no disk and no clock: the same input
/// always gives the same plan.
///
/// Meetings are placed in three passes. The coordinator's moves first; then every
/// meeting whose rules are unchanged since the previous plan, on its previous day if
/// that is still allowed; then the rest, network by network (higher priority and
/// tighter windows first), each meeting on the best open slot of its window. A
/// network that is added, edited or removed therefore moves no other network's
/// meetings unless a hard conflict forces it.
public struct Scheduler {
    public init() {}

    public func plan(_ input: SchedulingInput) -> Plan {
        var (meetings, problems, calendar, originYear) = place(input)
        AgendaBuilder(rules: input.rules, firstYear: input.firstYear, lastYear: input.lastYear)
            .attach(to: &meetings, problems: &problems)
        let tasks = TaskBuilder(rules: input.rules, calendar: calendar, originYear: originYear)
            .tasks(for: meetings, firstYear: input.firstYear, lastYear: input.lastYear)
        return Plan(firstYear: input.firstYear, lastYear: input.lastYear, meetings: Self.chronological(meetings),
                    tasks: Self.byDue(tasks), problems: problems)
    }

    /// The three passes; the working state is freed when this returns.
    private func place(_ input: SchedulingInput) -> ([Meeting], [Problem], WorkingCalendar, Int) {
        var run = PlanningRun(input)
        run.placeMoves()
        run.placeBaseline()
        run.placeRemaining()
        return (run.meetings(), run.problems, run.calendar, run.originYear)
    }

    /// Sorted by day, start and key. Indices are sorted rather than the meetings
    /// themselves, so that each large value is moved once.
    static func chronological(_ meetings: [Meeting]) -> [Meeting] {
        let order = meetings.indices.sorted { i, j in
            if meetings[i].day != meetings[j].day { return meetings[i].day < meetings[j].day }
            if meetings[i].start != meetings[j].start { return meetings[i].start < meetings[j].start }
            return meetings[i].key < meetings[j].key
        }
        return order.map { meetings[$0] }
    }

    /// Sorted by due day, then start day; ties keep the order in which the rules produced them.
    static func byDue(_ tasks: [PlannedTask]) -> [PlannedTask] {
        let order = tasks.indices.sorted { i, j in
            if tasks[i].due != tasks[j].due { return tasks[i].due < tasks[j].due }
            if tasks[i].start != tasks[j].start { return tasks[i].start < tasks[j].start }
            return i < j
        }
        return order.map { tasks[$0] }
    }
}

/// One scheduling run's working state.
struct PlanningRun {
    struct Pending {
        var occurrence: Occurrence
        var assignment: Roster.Assignment
        var blocking: [Int]
        var signature: Signature
        var day: Day?
        var start: Int = 0
        var status: MeetingStatus = .planned
    }

    let input: SchedulingInput
    let originYear: Int
    let periodStart: Day
    let periodEnd: Day
    let calendar: WorkingCalendar
    var board: PlacementBoard
    var setups: [Int: NetworkSetup] = [:]
    /// Pending meetings per network index, chronological.
    var pending: [Int: [Pending]] = [:]
    /// Network indices in placement order.
    var order: [Int] = []
    var problems: [Problem] = []

    init(_ input: SchedulingInput) {
        self.input = input
        let rules = input.rules
        originYear = rules.calendar.period?.lowerBound ?? input.firstYear
        periodStart = Day.firstOf(month: 1, year: input.firstYear)
        periodEnd = Day.lastOf(month: 12, year: input.lastYear)
        calendar = WorkingCalendar(rules: rules.calendar, first: Day.firstOf(month: 1, year: input.firstYear - 1),
                                   last: Day.lastOf(month: 12, year: input.lastYear + 1))
        board = PlacementBoard(people: PeopleIndex(rules.people), networkCount: rules.networks.count)
        let expander = OccurrenceExpander(calendar: rules.calendar, originYear: originYear)
        for (index, network) in rules.networks.enumerated() {
            guard let meetingRules = network.meetings else { continue }
            var setup = NetworkSetup(index: index, network: network, rules: meetingRules, originYear: originYear)
            let cycles = network.cycleYear(of: periodStart)...network.cycleYear(of: periodEnd)
            let occurrences = expander.expand(network, index: index, cycles: cycles)
                .filter { $0.window.to >= periodStart && $0.window.from <= periodEnd }
            let lengths = occurrences.map { Double($0.window.from.days(until: $0.window.to) + 1) }
            setup.tightness = lengths.isEmpty ? 0 : lengths.reduce(0, +) / Double(lengths.count)
            setups[index] = setup
            // Rosters repeat with the rotations' period; sharing them keeps a national plan small.
            var memo: [Int: (Roster.Assignment, [Int])] = [:]
            pending[index] = occurrences.map { occurrence in
                let memoKey = setup.roster.memoKey(ordinal: occurrence.ordinal, cycleYear: occurrence.cycleYear)
                let (assignment, blocking): (Roster.Assignment, [Int])
                if let memoKey, let known = memo[memoKey] {
                    (assignment, blocking) = known
                } else {
                    let computed = setup.roster.assignment(ordinal: occurrence.ordinal, cycleYear: occurrence.cycleYear,
                                                           on: occurrence.target)
                    (assignment, blocking) = (computed, indices(computed.blocking))
                    if let memoKey { memo[memoKey] = (assignment, blocking) }
                }
                return Pending(occurrence: occurrence, assignment: assignment,
                               blocking: blocking,
                               signature: Signature.of(occurrence, network: setup.signature,
                                                         blocking: assignment.blocking))
            }
        }
        order = setups.keys.sorted { a, b in
            let x = setups[a]!, y = setups[b]!
            if x.network.priority != y.network.priority { return x.network.priority > y.network.priority }
            if x.tightness != y.tightness { return x.tightness < y.tightness }
            return x.network.id < y.network.id
        }
        checkUnknownOverrides()
    }

    private func indices(_ ids: [String]) -> [Int] { ids.compactMap { board.people.index[$0] } }

    // MARK: Pass 1: the coordinator's moves

    mutating func placeMoves() {
        var placedMoves: [(key: String, day: Day, start: Int, end: Int, people: [Int])] = []
        for n in order {
            let setup = setups[n]!
            for i in pending[n]!.indices {
                var p = pending[n]![i]
                guard let override = input.overrides[p.occurrence.key] else { continue }
                p.status = override.cancelled ? .cancelled : (override.isMove ? .moved : .planned)
                guard let day = override.day else {
                    pending[n]![i] = p
                    continue
                }
                p.day = day
                p.start = override.start?.minutes ?? setup.times.first?.minute ?? setup.rules.earliest.minutes
                refreshAssignment(&p, setup: setup)
                if p.status != .cancelled {
                    if let reason = calendar.closedReason(day, avoiding: setup.rules.avoidSchoolHolidays) {
                        problems.append(Problem(.warning, network: setup.network.id, meetingKey: p.occurrence.key,
                                                constraint: .override, location: nil,
                                                message: .overrideOnClosedDay(reason, day: day)))
                    }
                    let end = p.start + setup.rules.durationMinutes
                    for other in placedMoves where other.day == day && other.start < end && p.start < other.end {
                        if let shared = other.people.first(where: p.blocking.contains) {
                            problems.append(Problem(.warning, network: setup.network.id, meetingKey: p.occurrence.key,
                                                    constraint: .override, location: nil,
                                                    message: .overrideConflict(other: other.key,
                                                                               person: board.people.ids[shared])))
                        }
                    }
                    board.reserve(day, start: p.start, end: end, people: p.blocking, network: n, key: p.occurrence.key)
                    placedMoves.append((p.occurrence.key, day, p.start, end, p.blocking))
                }
                pending[n]![i] = p
            }
        }
    }

    // MARK: Pass 2: unchanged meetings stay where they were

    mutating func placeBaseline() {
        for n in order {
            let setup = setups[n]!
            for i in pending[n]!.indices where pending[n]![i].day == nil {
                var p = pending[n]![i]
                guard let slot = input.baseline[p.occurrence.key] else { continue }
                let past = input.today.map { slot.day < $0 } ?? false
                guard slot.signature == p.signature || past else { continue }
                if p.status == .cancelled {
                    p.day = slot.day
                    p.start = slot.start.minutes
                    pending[n]![i] = p
                    continue
                }
                let blocking = blockingPeople(p, setup: setup, on: slot.day)
                let end = slot.start.minutes + setup.rules.durationMinutes
                // A past meeting happened where it was; a future one stays only where still allowed.
                if !past {
                    guard calendar.isOpen(slot.day, avoiding: setup.rules.avoidSchoolHolidays), setup.allows(slot.day),
                          end <= setup.rules.latest.minutes,
                          board.dayBlock(slot.day, people: blocking, network: n, spacing: setup.rules.minSpacingDays) == nil,
                          board.timeBlock(slot.day, start: slot.start.minutes, end: end, people: blocking) == nil else {
                        continue
                    }
                }
                p.day = slot.day
                p.start = slot.start.minutes
                refreshAssignment(&p, setup: setup)
                board.reserve(slot.day, start: p.start, end: end, people: p.blocking, network: n, key: p.occurrence.key)
                pending[n]![i] = p
            }
        }
    }

    // MARK: Pass 3: everything else, on the best open slot

    mutating func placeRemaining() {
        for cancelledPass in [false, true] {
            for n in order {
                let setup = setups[n]!
                for i in pending[n]!.indices where pending[n]![i].day == nil {
                    var p = pending[n]![i]
                    guard (p.status == .cancelled) == cancelledPass else { continue }
                    let previous = input.baseline[p.occurrence.key]?.day
                    if let (day, start) = SlotSearch(run: self, setup: setup).best(for: p, previous: previous) {
                        p.day = day
                        p.start = start
                        refreshAssignment(&p, setup: setup)
                        if !cancelledPass {
                            board.reserve(day, start: start, end: start + setup.rules.durationMinutes, people: p.blocking,
                                          network: n, key: p.occurrence.key)
                        }
                    } else if cancelledPass {
                        p.day = p.occurrence.target
                        p.start = setup.times.first?.minute ?? setup.rules.earliest.minutes
                    } else {
                        problems.append(FailureDiagnosis(run: self, setup: setup).problem(for: p))
                    }
                    pending[n]![i] = p
                }
            }
        }
    }

    func blockingPeople(_ p: Pending, setup: NetworkSetup, on day: Day) -> [Int] {
        guard setup.roster.hasTerms else { return p.blocking }
        let a = setup.roster.assignment(ordinal: p.occurrence.ordinal, cycleYear: p.occurrence.cycleYear, on: day)
        return indices(a.blocking)
    }

    private func refreshAssignment(_ p: inout Pending, setup: NetworkSetup) {
        guard setup.roster.hasTerms, let day = p.day else { return }
        p.assignment = setup.roster.assignment(ordinal: p.occurrence.ordinal, cycleYear: p.occurrence.cycleYear, on: day)
        p.blocking = indices(p.assignment.blocking)
    }

    private mutating func checkUnknownOverrides() {
        let known = Set(pending.values.flatMap { $0.map(\.occurrence.key) })
        let networks = Set(input.rules.networks.map(\.id))
        for key in input.overrides.keys.sorted() where !known.contains(key) {
            let parts = key.split(separator: "/")
            guard parts.count >= 2, let year = Int(parts[1].prefix(4)) else { continue }
            // Keys of other years are simply outside this plan.
            guard (input.firstYear...input.lastYear).contains(year) || !networks.contains(String(parts[0])) else {
                continue
            }
            problems.append(Problem(.warning, network: String(parts[0]), meetingKey: key, constraint: .override,
                                    location: nil, message: .unknownOverride))
        }
    }

    // MARK: Result

    func meetings() -> [Meeting] {
        var result: [Meeting] = []
        for (n, list) in pending {
            let setup = setups[n]!
            let network = setup.network
            for p in list {
                guard let day = p.day, day >= periodStart, day <= periodEnd else { continue }
                let o = p.occurrence
                let a = p.assignment
                var meeting = Meeting(key: o.key, networkID: network.id, cycleYear: o.cycleYear,
                                      cycleLabel: network.cycleLabel(o.cycleYear), windowID: o.windowID,
                                      subtitle: o.subtitle, day: day, start: TimeOfDay(minutes: p.start)!,
                                      end: TimeOfDay(minutes: min(p.start + setup.rules.durationMinutes, 24 * 60 - 1))!,
                                      mode: o.mode, agenda: o.agenda.map { AgendaEntry(title: $0, source: .window) },
                                      status: p.status, convener: a.convener, chair: a.chair, secretary: a.secretary,
                                      host: a.host, attendees: a.attendees, ordinal: o.ordinal)
                if o.mode.needsRoom { meeting.placeID = a.placeID ?? o.placeID ?? setup.rules.placeID }
                if o.mode.needsLink { meeting.onlineID = setup.rules.onlineID }
                meeting.signature = p.signature
                meeting.window = o.window
                result.append(meeting)
            }
        }
        return result
    }
}
