import Rules

/// A network's placement settings, prepared once: candidate start times in order of
/// preference, weekdays, and its roster. A class: every candidate slot of every meeting
/// carries it, and a reference costs one retain where a copy cost one per field.
final class NetworkSetup: Sendable {
    let index: Int
    let network: Network
    let rules: MeetingRules
    let roster: Roster
    /// Start times (minutes) with their penalty, best first.
    let times: [(minute: Int, score: Double)]
    let preferredWeekdays: Set<Weekday>
    let allowedWeekdays: Set<Weekday>
    /// Mean window length in days: smaller means harder to place, so placed earlier.
    let tightness: Double
    /// The part of every meeting's signature that comes from the network's rules.
    let signature: Signature
    /// Whether someone is invited on demand (placed after the networks that expect everyone).
    var invitesOnDemand: Bool { network.members.contains { $0.attendance == .onDemand } }

    init(index: Int, network: Network, rules: MeetingRules, originYear: Int, tightness: Double = 0) {
        self.index = index
        self.tightness = tightness
        self.network = network
        self.rules = rules
        self.roster = Roster(network: network, originYear: originYear)
        self.preferredWeekdays = Set(rules.preferredWeekdays)
        self.allowedWeekdays = Set(rules.allowedWeekdays)
        self.signature = Signature.of(rules)
        let latestStart = rules.latest.minutes - rules.durationMinutes
        var times: [(Int, Double)] = []
        for (i, t) in rules.preferredTimes.enumerated() where t.minutes >= rules.earliest.minutes && t.minutes <= latestStart {
            times.append((t.minutes, Double(i) * 0.25))
        }
        let anchor = times.first?.0 ?? rules.earliest.minutes
        var m = rules.earliest.minutes
        while m <= latestStart {
            if !times.contains(where: { $0.0 == m }) { times.append((m, 2 + Double(abs(m - anchor)) / 60)) }
            m += 30
        }
        if times.isEmpty, latestStart >= rules.earliest.minutes { times.append((rules.earliest.minutes, 0)) }
        self.times = times.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    }

    func allows(_ day: Day) -> Bool { allowedWeekdays.isEmpty || allowedWeekdays.contains(day.weekday) }

    /// Soft penalty of a day: distance from the target, a non-preferred weekday, and
    /// distance from where the meeting was in the previous plan.
    func dayScore(_ day: Day, target: Day, previous: Day?) -> Double {
        var score = Double(abs(day.ordinal - target.ordinal))
        if !preferredWeekdays.isEmpty, !preferredWeekdays.contains(day.weekday) { score += 4 }
        if let previous { score += 0.5 * Double(abs(day.ordinal - previous.ordinal)) }
        return score
    }
}
