import Rules

/// Warnings about a finished plan that no single placement decides: a cycle left with
/// fewer live meetings than its rules ask for (the only live one cancelled), and minutes
/// recorded for a meeting that has not happened.
struct PlanReview {
    let input: SchedulingInput

    func warnings(_ meetings: [Meeting]) -> [Problem] {
        var problems: [Problem] = []
        let periodStart = Day.firstOf(month: 1, year: input.firstYear)
        let periodEnd = Day.lastOf(month: 12, year: input.lastYear)
        let byNetwork = Dictionary(grouping: meetings, by: \.networkID)
        for network in input.rules.networks {
            guard let live = network.meetings?.live, live.perYear > 0 else { continue }
            let cycles = Dictionary(grouping: byNetwork[network.id] ?? [], by: \.cycleYear)
            for (cycle, list) in cycles.sorted(by: { $0.key < $1.key }) {
                // Only whole cycles in the plan, and only ones still running: the past is history.
                guard network.cycleStart(cycle) >= periodStart, network.cycleEnd(cycle) <= periodEnd,
                      network.cycleEnd(cycle) >= input.today else { continue }
                let left = list.filter { $0.mode == live.mode && !$0.isCancelled }.count
                guard left < live.perYear else { continue }
                problems.append(Problem(.warning, network: network.id, constraint: .live, location: live.location,
                                        message: .tooFewLive(cycle: network.cycleLabel(cycle), needed: live.perYear,
                                                             left: left, mode: live.mode)))
            }
        }
        for meeting in meetings where meeting.day > input.today && input.recordedMinutes.contains(meeting.key) {
            problems.append(Problem(.warning, network: meeting.networkID, meetingKey: meeting.key, constraint: .minutes,
                                    location: nil, message: .minutesBeforeMeeting(day: meeting.day)))
        }
        return problems
    }
}
