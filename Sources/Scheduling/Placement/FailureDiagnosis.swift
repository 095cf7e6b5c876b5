import Rules

/// Explains why a meeting found no slot, naming the constraint that closed the last door.
struct FailureDiagnosis {
    let run: PlanningRun
    let setup: NetworkSetup

    func problem(for p: PlanningRun.Pending) -> Problem {
        let o = p.occurrence
        func problem(_ constraint: Problem.Constraint, _ message: ProblemMessage) -> Problem {
            Problem(.error, network: setup.network.id, meetingKey: o.key, window: o.window, constraint: constraint,
                    location: o.location, message: message)
        }
        let window = (max(o.window.from, run.calendar.first).ordinal...min(o.window.to, run.calendar.last).ordinal)
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
        var blockers: [Block: Int] = [:]
        var spacingBlocked = 0
        for day in allowed {
            let people = run.blockingPeople(p, setup: setup, on: day)
            if let block = run.board.dayBlock(day, people: people, network: setup.index,
                                              spacing: setup.rules.minSpacingDays) {
                if block == .spacing { spacingBlocked += 1 } else { blockers[block, default: 0] += 1 }
                continue
            }
            for (minute, _) in setup.times {
                if let block = run.board.timeBlock(day, start: minute, end: minute + setup.rules.durationMinutes,
                                                   people: people) {
                    blockers[block, default: 0] += 1
                    break
                }
            }
        }
        if spacingBlocked == allowed.count {
            let near = neighbours(of: o.window)
            return problem(.spacing, .spacing(days: setup.rules.minSpacingDays, neighbours: near))
        }
        // The person who closed the most days.
        var byPerson: [Int: (count: Int, examples: [String], kind: Block)] = [:]
        for (block, count) in blockers {
            switch block {
            case .overlap(let person, let key):
                var entry = byPerson[person] ?? (0, [], block)
                entry.count += count
                entry.examples.append(key)
                byPerson[person] = entry
            case .unavailable(let person), .dayLimit(let person), .busy(let person):
                var entry = byPerson[person] ?? (0, [], block)
                entry.count += count
                entry.kind = block
                byPerson[person] = entry
            case .spacing:
                break
            }
        }
        guard let (person, entry) = byPerson.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }) else {
            return problem(.people, .noTimeOfDay)
        }
        let id = run.board.people.ids[person]
        switch entry.kind {
        case .unavailable:
            return problem(.people, .personUnavailable(person: id))
        case .busy:
            return problem(.people, .personBusyElsewhere(person: id))
        case .dayLimit:
            let examples = bookedKeys(person: person, days: allowed).sorted()
            return problem(.people, .peopleBusy(person: id, days: allowed.count, examples: examples))
        default:
            return problem(.people, .peopleBusy(person: id, days: allowed.count,
                                                examples: Array(Set(entry.examples)).sorted().prefix(3).map { $0 }))
        }
    }

    private func neighbours(of window: DatedPeriod) -> [String] {
        let days = run.board.networkDays(setup.index)
        let near = days.filter { $0 >= window.from.ordinal - setup.rules.minSpacingDays
            && $0 <= window.to.ordinal + setup.rules.minSpacingDays }
        return near.prefix(4).map { Day(ordinal: $0).finnish }
    }

    private func bookedKeys(person: Int, days: [Day]) -> [String] {
        var keys: [String] = []
        for day in days {
            for n in run.order {
                for p in run.pending[n] ?? [] where p.day == day && p.blocking.contains(person) && p.status != .cancelled {
                    if !keys.contains(p.occurrence.key) { keys.append(p.occurrence.key) }
                }
            }
            if keys.count >= 3 { break }
        }
        return keys
    }
}
