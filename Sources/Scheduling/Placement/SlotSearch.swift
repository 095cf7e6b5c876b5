import Rules

/// Finds the best open slot for one meeting: the candidate days of its window in order
/// of soft penalty, and on each the first start time the hard rules allow. Stops as soon
/// as no remaining day can beat the best slot found.
struct SlotSearch {
    let run: PlanningRun
    let setup: NetworkSetup

    /// A day on which someone invited on demand already has a meeting (or an invitation,
    /// or their own calendar) costs as much as this many days away from the ideal day:
    /// their meetings spread out, so that they can come when they are invited.
    static let coincidencePenalty = 25.0

    /// The days of the open window that pass the day's own rules, best first.
    func candidateDays(for p: PlanningRun.Pending, previous: Day?) -> [(day: Day, score: Double)] {
        let window = p.open
        let from = max(window.from, run.calendar.first), to = min(window.to, run.calendar.last)
        guard from <= to else { return [] }
        let candidate = run.candidate(p, setup: setup, window: nil)
        var days: [(Day, Double)] = []
        days.reserveCapacity(from.days(until: to) + 1)
        for ordinal in from.ordinal...to.ordinal {
            let day = Day(ordinal: ordinal)
            guard run.hardRules.checkDay(day, candidate, { _ in false }) else { continue }
            days.append((day, setup.dayScore(day, target: p.occurrence.target, previous: previous)))
        }
        return days.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    }

    func best(for p: PlanningRun.Pending, previous: Day?) -> (Day, Int)? {
        var best: (day: Day, start: Int, score: Double)?
        for (day, dayScore) in candidateDays(for: p, previous: previous) {
            if let best, dayScore >= best.score { break }
            let candidate = run.candidate(p, setup: setup, window: nil, on: day)
            guard run.hardRules.checkPeople(day, candidate, board: run.board, { _ in false }) else { continue }
            let score = dayScore + coincidences(p, candidate: candidate, on: day) * Self.coincidencePenalty
            if let best, score >= best.score { continue }
            // A one-off meeting with a given time is tried at that time only.
            let times = p.occurrence.fixedStart.map { [($0.minutes, 0.0)] } ?? setup.times
            for (minute, timeScore) in times {
                let total = score + timeScore
                if let best, total >= best.score { break }
                if run.hardRules.checkTime(day, start: minute, candidate, board: run.board, { _ in false }) {
                    best = (day, minute, total)
                    break
                }
            }
        }
        return best.map { ($0.day, $0.start) }
    }

    /// How many other commitments the meeting's on-demand people have that day: their own
    /// meetings, other invitations, their own calendar, leave. The soft goal that keeps an
    /// on-demand person's meetings apart, so that they can come when invited.
    func coincidences(_ p: PlanningRun.Pending, candidate: HardRules.Candidate, on day: Day) -> Double {
        let board = run.board
        var count = 0
        for person in p.invited {
            count += board.bookings(person, day).count + board.invitations(person, day).count
                + board.busy(person, day).count
            if board.people.unavailable[person].contains(day.ordinal) { count += 1 }
        }
        return Double(count)
    }
}
