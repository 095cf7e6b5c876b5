import Rules

/// Explains why a meeting found no slot, naming the rule that closed the last door.
struct FailureDiagnosis {
    let run: PlanningRun
    let setup: NetworkSetup

    func problem(for p: PlanningRun.Pending) -> Problem {
        let o = p.occurrence
        func problem(_ constraint: Problem.Constraint, _ message: ProblemMessage) -> Problem {
            Problem(.error, network: setup.network.id, meetingKey: o.key, window: o.window, constraint: constraint,
                    location: o.location, message: message)
        }
        let window = (max(p.open.from, run.calendar.first).ordinal...min(p.open.to, run.calendar.last).ordinal)
            .map(Day.init(ordinal:))
        var closures: [ClosedReason: Int] = [:]
        var order: [ClosedReason] = []
        var open: [Day] = []
        for day in window {
            if let reason = run.calendar.closedReason(day, avoiding: setup.rules.avoidSchoolHolidays) {
                if closures[reason] == nil { order.append(reason) }
                closures[reason, default: 0] += 1
            } else {
                open.append(day)
            }
        }
        guard !open.isEmpty else {
            return problem(.calendar, .noOpenDay(order.map { ClosureCount(reason: $0, days: closures[$0]!) }))
        }
        let allowed = open.filter(setup.allows)
        guard !allowed.isEmpty else { return problem(.weekdays, .noAllowedWeekday(setup.rules.allowedWeekdays)) }

        // The first blocker of each day: of the day's people, else of its first start time.
        var blockers: [Blocker] = []
        for day in allowed {
            let candidate = run.candidate(p, setup: setup, window: nil, on: day)
            var blocker: Blocker?
            let stop: (Blocker) -> Bool = { blocker = $0; return false }
            if run.hardRules.checkPeople(day, candidate, board: run.board, stop) {
                for (minute, _) in setup.times where run.hardRules.checkTime(day, start: minute, candidate,
                                                                             board: run.board, stop) {
                    blocker = nil
                    break
                }
            }
            if let blocker { blockers.append(blocker) }
        }
        if !blockers.isEmpty, blockers.allSatisfy({ if case .spacing = $0 { true } else { false } }) {
            return problem(.spacing, .spacing(days: setup.rules.minSpacingDays, neighbours: neighbours(of: p.open)))
        }
        // The person (or room) that closed the most days.
        var byPerson: [String: (count: Int, examples: [String], kind: Blocker)] = [:]
        var rooms: [String: Int] = [:]
        for blocker in blockers {
            switch blocker {
            case .overlap(let person, let meeting):
                var entry = byPerson[person] ?? (0, [], blocker)
                entry.count += 1
                entry.examples.append(meeting.key)
                byPerson[person] = entry
            case .dayLimit(let person, _, let meetings, _):
                var entry = byPerson[person] ?? (0, [], blocker)
                entry.count += 1
                entry.examples += meetings.map(\.key)
                entry.kind = blocker
                byPerson[person] = entry
            case .unavailable(let person, _), .busy(let person, _):
                var entry = byPerson[person] ?? (0, [], blocker)
                entry.count += 1
                entry.kind = blocker
                byPerson[person] = entry
            case .roomTaken(let place, _):
                rooms[place, default: 0] += 1
            default:
                break
            }
        }
        if let (place, count) = rooms.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
           count > (byPerson.values.map(\.count).max() ?? 0) {
            return problem(.rooms, .roomTaken(place: place, days: allowed.count))
        }
        guard let (person, entry) = byPerson.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }) else {
            return problem(.people, .noTimeOfDay)
        }
        let examples = Array(Set(entry.examples)).sorted().prefix(3).map { $0 }
        switch entry.kind {
        case .unavailable:
            return problem(.people, .personUnavailable(person: person))
        case .busy:
            return problem(.people, .personBusyElsewhere(person: person))
        default:
            return problem(.people, .peopleBusy(person: person, days: allowed.count, examples: examples))
        }
    }

    private func neighbours(of window: DatedPeriod) -> [String] {
        let days = run.board.networkDays(setup.index)
        let near = days.filter { $0 >= window.from.ordinal - setup.rules.minSpacingDays
            && $0 <= window.to.ordinal + setup.rules.minSpacingDays }
        return near.prefix(4).map { Day(ordinal: $0).finnish }
    }
}
