import Rules

/// The state of the calendar while meetings are placed: who is booked when, and
/// which days each network already meets on.
struct PlacementBoard {
    struct Booking {
        let start: Int
        let end: Int
        let key: String
    }

    let people: PeopleIndex
    private var bookings: [Int: [Booking]] = [:]
    private var networkDays: [[Int]]

    init(people: PeopleIndex, networkCount: Int) {
        self.people = people
        self.networkDays = Array(repeating: [], count: networkCount)
    }

    static func slot(_ person: Int, _ day: Day) -> Int { person &* 1_000_003 &+ day.ordinal }

    /// Hard constraints that depend on the day only.
    func dayBlock(_ day: Day, people attendees: [Int], network: Int, spacing: Int) -> Block? {
        if spacing > 0, let nearest = nearestDay(to: day.ordinal, network: network), abs(nearest - day.ordinal) < spacing {
            return .spacing
        }
        for p in attendees {
            if people.unavailable[p].contains(day.ordinal) { return .unavailable(person: p) }
            if let limit = people.dailyLimit[p], (bookings[Self.slot(p, day)]?.count ?? 0) >= limit {
                return .dayLimit(person: p)
            }
        }
        return nil
    }

    /// Hard constraint that depends on the time: nobody in two overlapping meetings.
    func timeBlock(_ day: Day, start: Int, end: Int, people attendees: [Int]) -> Block? {
        for p in attendees {
            let slot = Self.slot(p, day)
            for booking in bookings[slot] ?? [] where booking.start < end && start < booking.end {
                return .overlap(person: p, key: booking.key)
            }
            for taken in people.busy[slot] ?? [] where taken.start < end && start < taken.end {
                return .busy(person: p)
            }
        }
        return nil
    }

    mutating func reserve(_ day: Day, start: Int, end: Int, people attendees: [Int], network: Int, key: String) {
        for p in attendees { bookings[Self.slot(p, day), default: []].append(Booking(start: start, end: end, key: key)) }
        var days = networkDays[network]
        days.insert(day.ordinal, at: insertionIndex(days, day.ordinal))
        networkDays[network] = days
    }

    func networkDays(_ network: Int) -> [Int] { networkDays[network] }

    private func nearestDay(to ordinal: Int, network: Int) -> Int? {
        let days = networkDays[network]
        guard !days.isEmpty else { return nil }
        let i = insertionIndex(days, ordinal)
        var best: Int?
        if i < days.count { best = days[i] }
        if i > 0, best == nil || ordinal - days[i - 1] < best! - ordinal { best = days[i - 1] }
        return best
    }

    private func insertionIndex(_ days: [Int], _ value: Int) -> Int {
        var lo = 0, hi = days.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if days[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
