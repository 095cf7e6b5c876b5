import Rules

/// The people every network shares, by index for fast lookups: their leave, their daily
/// limits and the hours their own calendars take.
struct PeopleIndex {
    struct Busy {
        let start: Int
        let end: Int
        let summary: String
    }

    let ids: [String]
    let index: [String: Int]
    let dailyLimit: [Int?]
    /// Days away, for the scheduler's quick test, and the periods, to name them.
    let unavailable: [Set<Int>]
    let leave: [[DatedPeriod]]
    /// Hours taken in the person's own calendar, by person and day.
    let busy: [Int: [Busy]]
    /// Whether those hours count as meetings towards the daily limit.
    let busyCounts: [Bool]

    init(_ people: [String: Person]) {
        ids = people.keys.sorted()
        index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        dailyLimit = ids.map { people[$0]!.maxMeetingsPerDay }
        leave = ids.map { people[$0]!.unavailable }
        unavailable = leave.map { periods in Set(periods.flatMap { $0.from.ordinal...$0.to.ordinal }) }
        busyCounts = ids.map { people[$0]!.busyCountsAsMeetings }
        var busy: [Int: [Busy]] = [:]
        for (index, id) in ids.enumerated() {
            for event in people[id]!.busy {
                for ordinal in event.firstDay.ordinal...event.lastDay.ordinal {
                    let start = ordinal == event.firstDay.ordinal ? event.startTime?.minutes ?? 0 : 0
                    let end = ordinal == event.lastDay.ordinal ? event.endTime?.minutes ?? 24 * 60 : 24 * 60
                    busy[PlacementBoard.slot(index, Day(ordinal: ordinal)), default: []]
                        .append(Busy(start: start, end: end, summary: event.summary))
                }
            }
        }
        self.busy = busy
    }

    /// The leave that covers `day`.
    func period(_ person: Int, covering day: Day) -> DatedPeriod {
        leave[person].first { $0.contains(day) } ?? DatedPeriod(from: day, to: day)
    }

    /// How many of the person's own calendar events count as meetings on a day.
    func busyMeetings(_ person: Int, _ day: Day) -> Int {
        busyCounts[person] ? busy[PlacementBoard.slot(person, day)]?.count ?? 0 : 0
    }

    /// The indices of the people named, skipping anyone the rules do not know.
    func indices(_ ids: [String]) -> [Int] { ids.compactMap { index[$0] } }
}
