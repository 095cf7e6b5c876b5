import Rules

/// The people every network shares, by index for fast lookups.
struct PeopleIndex {
    let ids: [String]
    let index: [String: Int]
    let dailyLimit: [Int?]
    let unavailable: [Set<Int>]
    /// Hours taken in the person's own calendar, by person and day.
    let busy: [Int: [(start: Int, end: Int)]]

    init(_ people: [String: Person]) {
        ids = people.keys.sorted()
        index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        dailyLimit = ids.map { people[$0]!.maxMeetingsPerDay }
        unavailable = ids.map { id in
            Set(people[id]!.unavailable.flatMap { period in (period.from.ordinal...period.to.ordinal) })
        }
        var busy: [Int: [(start: Int, end: Int)]] = [:]
        for (index, id) in ids.enumerated() {
            for event in people[id]!.busy {
                for ordinal in event.firstDay.ordinal...event.lastDay.ordinal {
                    let start = ordinal == event.firstDay.ordinal ? event.startTime?.minutes ?? 0 : 0
                    let end = ordinal == event.lastDay.ordinal ? event.endTime?.minutes ?? 24 * 60 : 24 * 60
                    busy[PlacementBoard.slot(index, Day(ordinal: ordinal)), default: []].append((start, end))
                }
            }
        }
        self.busy = busy
    }
}
