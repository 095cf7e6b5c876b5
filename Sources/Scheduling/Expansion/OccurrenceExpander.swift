import Rules

/// Turns a network's cadence into the meetings it asks for, cycle by cycle, each with
/// a stable key, a window and a target day.
struct OccurrenceExpander {
    let calendar: CalendarRules
    /// Rotations count meetings from this year's cycle, whatever period is planned.
    let originYear: Int

    func expand(_ network: Network, index: Int, cycles: ClosedRange<Int>) -> [Occurrence] {
        guard let rules = network.meetings else { return [] }
        let originCycle = network.cycleYear(of: Day.firstOf(month: 1, year: originYear))
        let first = min(cycles.lowerBound, originCycle)
        let span = first...max(cycles.upperBound, first)
        var all: [Occurrence] = []
        var seen = Set<String>()
        for (phaseIndex, phase) in rules.phases.enumerated() {
            for var occurrence in occurrences(of: phase.cadence, network: network, index: index, rules: rules,
                                              cycles: span, location: phase.location) {
                guard clip(&occurrence, to: phase) else { continue }
                if seen.contains(occurrence.key) { occurrence.key += "-p\(phaseIndex + 1)" }
                seen.insert(occurrence.key)
                all.append(occurrence)
            }
        }
        // One-off dates: that day only, and that time when given.
        for date in rules.dates {
            let cycle = network.cycleYear(of: date.day)
            var key = "\(network.id)/\(network.cycleLabel(cycle))/\(Day.pad(date.day.month, 2))-\(Day.pad(date.day.day, 2))"
            while seen.contains(key) { key += "-x" }
            seen.insert(key)
            all.append(Occurrence(key: key, networkIndex: index, cycleYear: cycle, window: DatedPeriod(from: date.day, to: date.day),
                                  target: date.day, mode: rules.mode, modeFixed: false, windowID: nil, subtitle: nil,
                                  agenda: [], placeID: nil, fixedStart: date.time, ordinal: 0, location: date.location))
        }
        all.sort { ($0.target, $0.key) < ($1.target, $1.key) }
        let offset = all.firstIndex { $0.cycleYear >= originCycle } ?? all.count
        for i in all.indices { all[i].ordinal = i - offset }
        return all.filter { cycles.contains($0.cycleYear) }
    }

    // MARK: Cadences

    private func occurrences(of cadence: Cadence, network: Network, index: Int, rules: MeetingRules,
                             cycles: ClosedRange<Int>, location: SourceLocation) -> [Occurrence] {
        func make(_ cycle: Int, _ slot: String, _ window: DatedPeriod, target: Day? = nil) -> Occurrence {
            Occurrence(key: "\(network.id)/\(network.cycleLabel(cycle))/\(slot)", networkIndex: index, cycleYear: cycle,
                       window: window, target: target ?? middle(window), mode: rules.mode, modeFixed: false,
                       windowID: nil, subtitle: nil, agenda: [], placeID: nil, ordinal: 0, location: location)
        }
        var result: [Occurrence] = []
        switch cadence {
        case let .perYear(count, months):
            for cycle in cycles {
                for (i, window) in spread(count, months: months, network: network, cycle: cycle).enumerated() {
                    result.append(make(cycle, String(i + 1), window))
                }
            }
        case .windows(let windows):
            for cycle in cycles {
                for window in windows {
                    let dates = window.dates(inCycleStarting: network.cycleStart(cycle))
                    let parts = window.count == 1 ? [dates] : split(dates, into: window.count)
                    for (i, part) in parts.enumerated() {
                        let slot = window.count == 1 ? window.id : "\(window.id)-\(i + 1)"
                        var occurrence = make(cycle, slot, part)
                        occurrence.windowID = window.id
                        occurrence.subtitle = window.title
                        occurrence.agenda = window.agenda
                        occurrence.placeID = window.placeID
                        occurrence.location = window.location
                        if let mode = window.mode {
                            occurrence.mode = mode
                            occurrence.modeFixed = true
                        }
                        result.append(occurrence)
                    }
                }
            }
        case .monthly(let except), .twiceAMonth(let except):
            let twice: Bool
            if case .twiceAMonth = cadence { twice = true } else { twice = false }
            for cycle in cycles {
                for month in months(of: network, cycle: cycle, allowed: nil, except: except) {
                    let year = network.cycleStart(cycle).month <= month ? network.cycleStart(cycle).year
                        : network.cycleStart(cycle).year + 1
                    let first = Day.firstOf(month: month, year: year), last = Day.lastOf(month: month, year: year)
                    let mm = Day.pad(month, 2)
                    if twice {
                        result.append(make(cycle, mm + "a", DatedPeriod(from: first, to: first.adding(days: 14))))
                        result.append(make(cycle, mm + "b", DatedPeriod(from: first.adding(days: 15), to: last)))
                    } else {
                        result.append(make(cycle, mm, DatedPeriod(from: first, to: last)))
                    }
                }
            }
        case let .recurrence(rule, start):
            let last = network.cycleEnd(cycles.upperBound)
            // Like a calendar series over the holidays: a nominal day in July or in a
            // blackout is left out rather than squeezed into the days around it.
            for day in rule.days(start: start, through: last) where !inClosedPeriod(day) {
                let cycle = network.cycleYear(of: day)
                guard cycles.contains(cycle) else { continue }
                // `start:` is a hard bound: the first meeting may move later, never before it.
                let window = DatedPeriod(from: max(day.adding(days: -rules.flexDays), start), to: day.adding(days: rules.flexDays))
                result.append(make(cycle, "\(Day.pad(day.month, 2))-\(Day.pad(day.day, 2))", window, target: day))
            }
        case .series(let series):
            for (i, session) in series.sessions.enumerated() {
                let day = series.day(i)
                if inClosedPeriod(day) { continue }
                let cycle = network.cycleYear(of: day)
                guard cycles.contains(cycle) else { continue }
                var window = DatedPeriod(from: max(day.adding(days: -rules.flexDays), series.start),
                                         to: day.adding(days: rules.flexDays))
                // Around a date: the sessions before stay before it, those after stay after it.
                if let around = series.around {
                    if i < series.before { window.to = min(window.to, around.adding(days: -1)) } else {
                        window.from = max(window.from, around.adding(days: 1))
                    }
                }
                var occurrence = make(cycle, "session-\(Day.pad(i + 1, 2))", window, target: day)
                occurrence.subtitle = session
                result.append(occurrence)
            }
        }
        return result
    }

    /// Whether nobody meets on `day` by the calendar's months and blackouts.
    private func inClosedPeriod(_ day: Day) -> Bool {
        if calendar.noMeetingMonths.contains(day.month) { return true }
        return calendar.blackouts.contains { blackout in
            switch blackout.span {
            case .dates(let period): return period.contains(day)
            case .everyYear(let yearly): return yearly.occurrences(touching: day.year).contains { $0.contains(day) }
            }
        }
    }

    /// The months of a cycle in cycle order, without the excluded and no-meeting months.
    private func months(of network: Network, cycle: Int, allowed: Set<Int>?, except: Set<Int>) -> [Int] {
        (0..<12).map { (network.cycleStartMonth - 1 + $0) % 12 + 1 }
            .filter { (allowed?.contains($0) ?? true) && !except.contains($0) && !calendar.noMeetingMonths.contains($0) }
    }

    /// N windows over the cycle: whole months in consecutive groups when there are at
    /// least N months (4 a year → Jan–Mar, Apr–Jun, Aug–Oct, Nov–Dec), else equal runs of days.
    private func spread(_ count: Int, months allowed: Set<Int>?, network: Network, cycle: Int) -> [DatedPeriod] {
        let months = months(of: network, cycle: cycle, allowed: allowed, except: [])
        let start = network.cycleStart(cycle)
        func dated(_ month: Int) -> (Day, Day) {
            let year = month >= start.month ? start.year : start.year + 1
            return (Day.firstOf(month: month, year: year), Day.lastOf(month: month, year: year))
        }
        guard !months.isEmpty else { return [] }
        if count <= months.count {
            var result: [DatedPeriod] = []
            var i = 0
            for g in 0..<count {
                let size = months.count / count + (g < months.count % count ? 1 : 0)
                result.append(DatedPeriod(from: dated(months[i]).0, to: dated(months[i + size - 1]).1))
                i += size
            }
            return result
        }
        let days = months.flatMap { month -> [Day] in
            let (a, b) = dated(month)
            return (a.ordinal...b.ordinal).map(Day.init(ordinal:))
        }
        return (0..<count).map { g in
            let lo = g * days.count / count, hi = (g + 1) * days.count / count - 1
            return DatedPeriod(from: days[lo], to: days[max(lo, hi)])
        }
    }

    private func split(_ period: DatedPeriod, into count: Int) -> [DatedPeriod] {
        let length = period.from.days(until: period.to) + 1
        return (0..<count).map { g in
            let lo = g * length / count, hi = (g + 1) * length / count - 1
            return DatedPeriod(from: period.from.adding(days: lo), to: period.from.adding(days: max(lo, hi)))
        }
    }

    private func middle(_ period: DatedPeriod) -> Day {
        period.from.adding(days: period.from.days(until: period.to) / 2)
    }

    /// Keeps only the part of an occurrence's window inside its phase.
    private func clip(_ occurrence: inout Occurrence, to phase: Phase) -> Bool {
        var window = occurrence.window
        if let from = phase.from { window.from = max(window.from, from) }
        if let until = phase.until { window.to = min(window.to, until) }
        guard window.from <= window.to else { return false }
        occurrence.window = window
        occurrence.target = min(max(occurrence.target, window.from), window.to)
        return true
    }
}
