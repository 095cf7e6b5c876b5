import Rules

/// The people every network shares, by index for fast lookups.
struct PeopleIndex {
    let ids: [String]
    let index: [String: Int]
    let dailyLimit: [Int?]
    let unavailable: [Set<Int>]

    init(_ people: [String: Person]) {
        ids = people.keys.sorted()
        index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        dailyLimit = ids.map { people[$0]!.maxMeetingsPerDay }
        unavailable = ids.map { id in
            Set(people[id]!.unavailable.flatMap { period in (period.from.ordinal...period.to.ordinal) })
        }
    }
}
