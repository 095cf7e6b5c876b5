import Rules

/// Finds the best open slot for one meeting: the candidate days of its window in order
/// of soft penalty, and on each the first start time nobody is busy at. Stops as soon
/// as no remaining day can beat the best slot found.
struct SlotSearch {
    let run: PlanningRun
    let setup: NetworkSetup

    /// The open days of the window that pass the calendar and weekday rules, best first.
    func candidateDays(for p: PlanningRun.Pending, previous: Day?) -> [(day: Day, score: Double)] {
        let window = p.occurrence.window
        let from = max(window.from, run.calendar.first), to = min(window.to, run.calendar.last)
        guard from <= to else { return [] }
        var days: [(Day, Double)] = []
        days.reserveCapacity(from.days(until: to) + 1)
        for ordinal in from.ordinal...to.ordinal {
            let day = Day(ordinal: ordinal)
            guard setup.allows(day), run.calendar.isOpen(day, avoiding: setup.rules.avoidSchoolHolidays) else { continue }
            days.append((day, setup.dayScore(day, target: p.occurrence.target, previous: previous)))
        }
        return days.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    }

    func best(for p: PlanningRun.Pending, previous: Day?) -> (Day, Int)? {
        let duration = setup.rules.durationMinutes
        var best: (day: Day, start: Int, score: Double)?
        for (day, dayScore) in candidateDays(for: p, previous: previous) {
            if let best, dayScore >= best.score { break }
            let people = run.blockingPeople(p, setup: setup, on: day)
            if run.board.dayBlock(day, people: people, network: setup.index, spacing: setup.rules.minSpacingDays) != nil {
                continue
            }
            for (minute, timeScore) in setup.times {
                let total = dayScore + timeScore
                if let best, total >= best.score { break }
                if run.board.timeBlock(day, start: minute, end: minute + duration, people: people) == nil {
                    best = (day, minute, total)
                    break
                }
            }
        }
        return best.map { ($0.day, $0.start) }
    }
}
