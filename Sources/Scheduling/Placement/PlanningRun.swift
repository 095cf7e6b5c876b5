import Rules

/// One scheduling run's working state: every meeting the rules ask for, pending until it
/// has a day, and the board they are placed on.
struct PlanningRun {
    struct Pending {
        var occurrence: Occurrence
        var assignment: Roster.Assignment
        var blocking: [Int]
        var invited: [Int]
        var signature: Signature
        /// Where it may still be placed: its window, from today on once its year has been planned.
        var open: DatedPeriod
        /// The room it is held in, when it needs one.
        var room: String?
        var day: Day?
        var start: Int = 0
        var status: MeetingStatus = .planned
        /// Its booking on the board.
        var ref: Int?
        /// The meeting as it was held, when it has happened.
        var held: Meeting?
    }

    let input: SchedulingInput
    let originYear: Int
    let periodStart: Day
    let periodEnd: Day
    let calendar: WorkingCalendar
    let hardRules: HardRules
    var board: PlacementBoard
    var setups: [Int: NetworkSetup] = [:]
    /// Pending meetings per network index, chronological.
    var pending: [Int: [Pending]] = [:]
    /// Meetings that have happened although the rules no longer ask for them (a changed
    /// cadence, a network since removed): history all the same.
    var heldElsewhere: [Meeting] = []
    /// Network indices in placement order.
    var order: [Int] = []
    var problems: [Problem] = []
    var missed: [MissedMeeting] = []

    init(_ input: SchedulingInput) {
        self.input = input
        let rules = input.rules
        originYear = rules.calendar.period?.lowerBound ?? input.firstYear
        periodStart = Day.firstOf(month: 1, year: input.firstYear)
        periodEnd = Day.lastOf(month: 12, year: input.lastYear)
        calendar = WorkingCalendar(rules: rules.calendar, first: Day.firstOf(month: 1, year: input.firstYear - 1),
                                   last: Day.lastOf(month: 12, year: input.lastYear + 1))
        hardRules = HardRules(calendar: calendar)
        board = PlacementBoard(people: PeopleIndex(rules.people), places: rules.places, networkCount: rules.networks.count)
        let held = input.history.meetings.filter { $0.value.day < input.today }
        // Each network is expanded on its own, on every core, and joined in rule order.
        let people = board.people, originYear = originYear, periodStart = periodStart, periodEnd = periodEnd
        let prepared = parallelMap(rules.networks.count) { index in
            Self.prepare(rules.networks[index], index: index, input: input, held: held, people: people,
                         originYear: originYear, period: periodStart...periodEnd)
        }
        var produced = Set<String>()
        for case let network? in prepared {
            setups[network.setup.index] = network.setup
            pending[network.setup.index] = network.pending
            produced.formUnion(network.producedHeld)
            for occurrence in network.missed { noteMissed(occurrence, network: network.setup.network) }
        }
        heldElsewhere = held.values
            .filter { !produced.contains($0.key) && $0.day >= periodStart && $0.day <= periodEnd }
            .sorted(by: Meeting.chronological)
        // Higher priority first; then networks that invite someone on demand after the
        // others, so that the invitations can be spread around that person's own meetings;
        // then tighter windows first.
        order = setups.keys.sorted { a, b in
            let x = setups[a]!, y = setups[b]!
            if x.network.priority != y.network.priority { return x.network.priority > y.network.priority }
            if x.invitesOnDemand != y.invitesOnDemand { return !x.invitesOnDemand }
            if x.tightness != y.tightness { return x.tightness < y.tightness }
            return x.network.id < y.network.id
        }
        checkUnknownOverrides()
    }

    func indices(_ ids: [String]) -> [Int] { board.people.indices(ids) }

    // MARK: Today

    /// One network's part of the run: its setup, its pending meetings, the occurrences it
    /// missed and which of its keys the history holds.
    struct Prepared: Sendable {
        var setup: NetworkSetup
        var pending: [Pending]
        var missed: [Occurrence]
        var producedHeld: [String]
    }

    private static func prepare(_ network: Network, index: Int, input: SchedulingInput, held: [String: Meeting],
                                people: PeopleIndex, originYear: Int, period: ClosedRange<Day>) -> Prepared? {
        guard let meetingRules = network.meetings else { return nil }
        let cycles = network.cycleYear(of: period.lowerBound)...network.cycleYear(of: period.upperBound)
        var occurrences = OccurrenceExpander(calendar: input.rules.calendar, originYear: originYear)
            .expand(network, index: index, cycles: cycles)
            .filter { $0.window.to >= period.lowerBound && $0.window.from <= period.upperBound }
        var excluded = Set<String>(), producedHeld: [String] = []
        for occurrence in occurrences {
            if held[occurrence.key] != nil { producedHeld.append(occurrence.key) }
            else if isMissed(occurrence, input: input) { excluded.insert(occurrence.key) }
        }
        // Only what was held matters to the assignment: modes and cancellations, by key.
        let heldModes = Dictionary(uniqueKeysWithValues: producedHeld.map { key in
            (key, (mode: held[key]!.mode, cancelled: held[key]!.isCancelled))
        })
        LiveAssignment(rules: meetingRules).assign(&occurrences, held: heldModes, excluded: excluded)
        let lengths = occurrences.map { Double($0.window.from.days(until: $0.window.to) + 1) }
        let setup = NetworkSetup(index: index, network: network, rules: meetingRules, originYear: originYear,
                                 tightness: lengths.isEmpty ? 0 : lengths.reduce(0, +) / Double(lengths.count))
        // Rosters repeat with the rotations' period; sharing them, and the people's indices
        // with them, keeps a national plan small (and its working state quick to free).
        var memo: [Int: (assignment: Roster.Assignment, blocking: [Int], invited: [Int])] = [:]
        var list: [Pending] = [], missed: [Occurrence] = []
        list.reserveCapacity(occurrences.count)
        for occurrence in occurrences {
            if excluded.contains(occurrence.key) {
                missed.append(occurrence)
                continue
            }
            let memoKey = setup.roster.memoKey(ordinal: occurrence.ordinal, cycleYear: occurrence.cycleYear)
            let roster = memoKey.flatMap { memo[$0] } ?? {
                let a = setup.roster.assignment(ordinal: occurrence.ordinal, cycleYear: occurrence.cycleYear,
                                                on: occurrence.target)
                return (a, people.indices(a.blocking), people.indices(a.optional))
            }()
            if let memoKey { memo[memoKey] = roster }
            let assignment = roster.assignment
            let room = occurrence.mode.needsRoom ? assignment.placeID ?? occurrence.placeID ?? meetingRules.placeID : nil
            list.append(Pending(occurrence: occurrence, assignment: assignment, blocking: roster.blocking,
                                invited: roster.invited,
                                signature: Signature.of(occurrence, network: setup.signature,
                                                        blocking: assignment.blocking),
                                open: openWindow(occurrence, input: input), room: room, held: held[occurrence.key]))
        }
        return Prepared(setup: setup, pending: list, missed: missed, producedHeld: producedHeld)
    }

    /// Whether the meeting's window was over before today in a year that saved plans
    /// already covered, with no plan having put it anywhere: then it was never planned,
    /// and it is not placed in the past now.
    private static func isMissed(_ o: Occurrence, input: SchedulingInput) -> Bool {
        if input.history.missed.contains(o.key) { return true }
        guard o.window.to < input.today, input.history.years.contains(o.window.to.year) else { return false }
        if let slot = input.baseline[o.key], slot.day < input.today { return false }
        if input.overrides[o.key]?.isMove == true { return false }
        return true
    }

    /// The part of the window from today on, once its year has been planned; a year never
    /// planned before is laid out whole from the rules.
    private static func openWindow(_ o: Occurrence, input: SchedulingInput) -> DatedPeriod {
        guard input.history.years.contains(o.window.to.year), o.window.from < input.today else { return o.window }
        return DatedPeriod(from: max(o.window.from, input.today), to: o.window.to)
    }

    private mutating func noteMissed(_ o: Occurrence, network: Network) {
        guard !input.history.missed.contains(o.key) else { return }
        missed.append(MissedMeeting(key: o.key, networkID: network.id, window: o.window))
        problems.append(Problem(.warning, network: network.id, meetingKey: o.key, window: o.window,
                                constraint: .history, location: o.location, message: .missed))
    }

    // MARK: The board

    /// What the hard rules need to know of a pending meeting.
    func candidate(_ p: Pending, setup: NetworkSetup, window: DatedPeriod?, on day: Day? = nil) -> HardRules.Candidate {
        HardRules.Candidate(setup: setup, window: window,
                            people: day.map { blockingPeople(p, setup: setup, on: $0) } ?? p.blocking,
                            room: p.room.flatMap { board.rooms[$0] }, roomID: p.room,
                            duration: setup.rules.durationMinutes, ignoring: p.ref)
    }

    func blockingPeople(_ p: Pending, setup: NetworkSetup, on day: Day) -> [Int] {
        guard setup.roster.hasTerms else { return p.blocking }
        let a = setup.roster.assignment(ordinal: p.occurrence.ordinal, cycleYear: p.occurrence.cycleYear, on: day)
        return indices(a.blocking)
    }

    mutating func refreshAssignment(_ p: inout Pending, setup: NetworkSetup) {
        guard setup.roster.hasTerms, let day = p.day else { return }
        p.assignment = setup.roster.assignment(ordinal: p.occurrence.ordinal, cycleYear: p.occurrence.cycleYear, on: day)
        p.blocking = indices(p.assignment.blocking)
        p.invited = indices(p.assignment.optional)
    }

    /// Books the pending meeting where it now stands.
    mutating func reserve(_ p: inout Pending, setup: NetworkSetup) {
        guard let day = p.day else { return }
        let end = min(p.start + setup.rules.durationMinutes, 24 * 60 - 1)
        let meeting = BookedMeeting(key: p.occurrence.key, networkID: setup.network.id, title: setup.network.title,
                                    day: day, start: TimeOfDay(minutes: p.start)!, end: TimeOfDay(minutes: end)!)
        p.ref = board.reserve(meeting, network: setup.index, people: p.blocking, invited: p.invited,
                              room: p.room.flatMap { board.rooms[$0] })
    }

    private mutating func checkUnknownOverrides() {
        guard !input.overrides.isEmpty else { return }
        let known = Set(pending.values.flatMap { $0.map(\.occurrence.key) } + heldElsewhere.map(\.key)
            + missed.map(\.key) + input.history.missed)
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

    /// Every meeting in the period: those held elsewhere, then each network's. Made on
    /// every core, each in its place, from pending meetings read in place (each was copied).
    func meetings() -> [Meeting] {
        let networks = pending.keys.sorted(), lists = networks.map { pending[$0]! }
        var picks: [(list: Int, index: Int)] = []
        for (l, list) in lists.enumerated() {
            list.withUnsafeBufferPointer { list in
                for i in list.indices {
                    guard let day = list[i].day, day >= periodStart, day <= periodEnd else { continue }
                    picks.append((l, i))
                }
            }
        }
        let held = heldElsewhere, setups = networks.map { self.setups[$0]! }
        return parallelArray(held.count + picks.count, chunk: 1024) { [self, picks] k in
            guard k >= held.count else { return held[k] }
            let (l, i) = picks[k - held.count]
            return lists[l].withElement(at: i) { meeting($0, setup: setups[l]) }
        }
    }

    private func meeting(_ p: UnsafePointer<Pending>, setup: NetworkSetup) -> Meeting {
        if let held = p.pointee.held { return held }
        let network = setup.network, start = p.pointee.start
        let o = p.pointee.occurrence, a = p.pointee.assignment
        var meeting = Meeting(key: o.key, networkID: network.id, cycleYear: o.cycleYear,
                              cycleLabel: network.cycleLabel(o.cycleYear), title: network.title,
                              windowID: o.windowID, subtitle: o.subtitle, day: p.pointee.day!,
                              start: TimeOfDay(minutes: start)!,
                              end: TimeOfDay(minutes: min(start + setup.rules.durationMinutes, 24 * 60 - 1))!,
                              mode: o.mode, agenda: o.agenda.map { AgendaEntry(title: $0, source: .window) },
                              status: p.pointee.status, conveners: a.conveners, chairs: a.chairs,
                              secretaries: a.secretaries, host: a.host, attendees: a.attendees,
                              ordinal: o.ordinal)
        meeting.placeID = p.pointee.room
        if o.mode.needsLink { meeting.onlineID = setup.rules.onlineID }
        meeting.signature = p.pointee.signature
        meeting.window = o.window
        return meeting
    }

    /// A held meeting with the coordinator's correction of it, if any.
    func applyOverride(to held: Meeting) -> Meeting {
        guard let override = input.overrides[held.key] else { return held }
        var m = held
        if let day = override.day {
            m.day = day
            m.start = override.start ?? held.start
            m.end = held.end(startingAt: m.start)
            m.status = .moved
        }
        if override.cancelled { m.status = .cancelled }
        return m
    }
}
