import Rules

/// Whether a meeting may stand at another time, by the scheduler's own hard rules, and
/// the nearest times that are allowed: what `vuosikello move` asks before it stores a move.
public struct SlotCheck {
    public let rules: RuleSet
    public let plan: Plan
    private let board: PlacementBoard
    private let refs: [String: Int]

    /// The plan's meetings on the board; cancelled ones take no time.
    public init(rules: RuleSet, plan: Plan) {
        self.rules = rules
        self.plan = plan
        var board = PlacementBoard(people: PeopleIndex(rules.people), places: rules.places,
                                   networkCount: rules.networks.count)
        let networkIndex = Dictionary(uniqueKeysWithValues: rules.networks.enumerated().map { ($1.id, $0) })
        var refs: [String: Int] = [:]
        for m in plan.meetings { refs[m.key] = board.reserve(m, network: networkIndex[m.networkID]) }
        self.board = board
        self.refs = refs
    }

    /// Every hard rule the meeting would break at `day` and `start` (nothing for a network
    /// whose meeting rules are gone); a day before today is named too.
    public func blockers(_ meeting: Meeting, day: Day, start: TimeOfDay) -> [Blocker] {
        guard let (hardRules, candidate) = prepare(meeting, around: day) else { return [] }
        var found = day < plan.today ? [Blocker.past(today: plan.today)] : []
        found += hardRules.all(day, start: start.minutes, candidate, board: board)
        return found
    }

    /// The allowed times nearest to `day` and `start`, nearest day first, from today on;
    /// for a day outside the meeting's window, the nearest inside it.
    public func nearby(_ meeting: Meeting, day asked: Day, start: TimeOfDay, count: Int = 3)
        -> [(day: Day, start: TimeOfDay)] {
        let day = meeting.window.map { min(max(asked, $0.from), $0.to) } ?? asked
        guard let (hardRules, candidate) = prepare(meeting, around: day) else { return [] }
        let times = candidate.setup.times.map(\.minute).sorted {
            (abs($0 - start.minutes), $0) < (abs($1 - start.minutes), $1)
        }
        var found: [(Day, TimeOfDay)] = []
        for distance in 0...62 {
            for offset in distance == 0 ? [0] : [-distance, distance] {
                let candidateDay = day.adding(days: offset)
                guard candidateDay >= plan.today, hardRules.calendar.contains(candidateDay) else { continue }
                for minute in times where !(candidateDay == meeting.day && minute == meeting.start.minutes) {
                    if hardRules.first(candidateDay, start: minute, candidate, board: board) == nil {
                        found.append((candidateDay, TimeOfDay(minutes: minute)!))
                        break
                    }
                }
                if found.count == count { return found }
            }
        }
        return found
    }

    private func prepare(_ meeting: Meeting, around day: Day) -> (HardRules, HardRules.Candidate)? {
        guard let index = rules.networks.firstIndex(where: { $0.id == meeting.networkID }),
              let meetingRules = rules.networks[index].meetings else { return nil }
        let first = min(plan.firstYear, day.year) - 1, last = max(plan.lastYear, day.year) + 1
        let calendar = WorkingCalendar(rules: rules.calendar, first: Day.firstOf(month: 1, year: first),
                                       last: Day.lastOf(month: 12, year: last))
        let setup = NetworkSetup(index: index, network: rules.networks[index], rules: meetingRules,
                                 originYear: rules.calendar.period?.lowerBound ?? plan.firstYear)
        let candidate = HardRules.Candidate(setup: setup, window: meeting.window,
                                            people: meeting.expected.compactMap { board.people.index[$0] },
                                            room: meeting.placeID.flatMap { board.rooms[$0] }, roomID: meeting.placeID,
                                            duration: meeting.end.minutes - meeting.start.minutes,
                                            ignoring: refs[meeting.key])
        return (HardRules(calendar: calendar), candidate)
    }
}
