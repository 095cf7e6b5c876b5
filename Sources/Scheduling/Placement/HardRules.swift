import Rules

/// The one place that decides whether a meeting may stand at a time: weekdays, hours,
/// window, holidays, blackouts, closed months, school holidays, people's leave and own
/// calendars, overlaps, daily limits (imported meetings count), spacing and rooms.
///
/// The scheduler asks for the first rule a slot breaks, stage by stage (the day alone,
/// then the people on that day, then the time), so that it can give up on a day early;
/// `move`, stored moves and `check` ask for every rule a slot breaks, to name them all.
struct HardRules {
    /// What is being placed.
    struct Candidate {
        let setup: NetworkSetup
        /// Where the rules allow it; nil when the window is not in question.
        let window: DatedPeriod?
        /// The people expected there (their calendars block).
        let people: [Int]
        let room: Int?
        let roomID: String?
        let duration: Int
        /// Its own booking, when it is already on the board.
        let ignoring: Int?
    }

    let calendar: WorkingCalendar

    /// The day alone: the calendar, the network's weekdays, the window.
    /// Calls `found` for each broken rule; stops, returning false, when `found` does.
    func checkDay(_ day: Day, _ c: Candidate, _ found: (Blocker) -> Bool) -> Bool {
        if let reason = calendar.closedReason(day, avoiding: c.setup.rules.avoidSchoolHolidays),
           !found(.closedDay(reason)) { return false }
        if !c.setup.allows(day), !found(.weekday(day.weekday, allowed: c.setup.rules.allowedWeekdays)) { return false }
        if let window = c.window, !window.contains(day), !found(.outsideWindow(window)) { return false }
        return true
    }

    /// The network and the people on that day: spacing, leave, daily limits.
    func checkPeople(_ day: Day, _ c: Candidate, board: PlacementBoard, _ found: (Blocker) -> Bool) -> Bool {
        let spacing = c.setup.rules.minSpacingDays
        if spacing > 0, let near = board.nearest(to: day.ordinal, network: c.setup.index, ignoring: c.ignoring),
           abs(near.day - day.ordinal) < spacing, !found(.spacing(days: spacing, meeting: board.booked[near.ref])) {
            return false
        }
        let people = board.people
        for p in c.people {
            if people.unavailable[p].contains(day.ordinal),
               !found(.unavailable(person: people.ids[p], period: people.period(p, covering: day))) { return false }
            guard let limit = people.dailyLimit[p] else { continue }
            let ours = board.bookings(p, day).filter { $0.ref != c.ignoring }
            if ours.count + people.busyMeetings(p, day) >= limit {
                let busy = people.busyCounts[p] ? board.busy(p, day).map { busyTime($0, day) } : []
                if !found(.dayLimit(person: people.ids[p], limit: limit, meetings: ours.map { board.booked[$0.ref] },
                                    busy: busy)) { return false }
            }
        }
        return true
    }

    /// The time: the network's hours, overlaps with meetings and own calendars, the room.
    func checkTime(_ day: Day, start: Int, _ c: Candidate, board: PlacementBoard,
                   _ found: (Blocker) -> Bool) -> Bool {
        let end = start + c.duration
        let rules = c.setup.rules
        if start < rules.earliest.minutes || end > rules.latest.minutes,
           !found(.hours(earliest: rules.earliest, latest: rules.latest)) { return false }
        let people = board.people
        for p in c.people {
            for booking in board.bookings(p, day) where booking.ref != c.ignoring && booking.start < end && start < booking.end {
                if !found(.overlap(person: people.ids[p], meeting: board.booked[booking.ref])) { return false }
            }
            for taken in board.busy(p, day) where taken.start < end && start < taken.end {
                if !found(.busy(person: people.ids[p], event: busyTime(taken, day))) { return false }
            }
        }
        if let room = c.room, let id = c.roomID {
            // A room holds one meeting at a time; a place that says `holds: N`, N.
            let overlapping = board.roomBookings(room, day).filter {
                $0.ref != c.ignoring && $0.start < end && start < $0.end
            }
            if overlapping.count >= board.holds[room] {
                for booking in overlapping where !found(.roomTaken(place: id, meeting: board.booked[booking.ref])) {
                    return false
                }
            }
        }
        return true
    }

    /// The first rule the slot breaks, or nil when it may stand there.
    func first(_ day: Day, start: Int, _ c: Candidate, board: PlacementBoard) -> Blocker? {
        var blocker: Blocker?
        let stop: (Blocker) -> Bool = { blocker = $0; return false }
        _ = checkDay(day, c, stop) && checkPeople(day, c, board: board, stop)
            && checkTime(day, start: start, c, board: board, stop)
        return blocker
    }

    /// Every rule the slot breaks. A person already in another meeting at that time is
    /// named once, by that meeting, not again for the daily limit.
    func all(_ day: Day, start: Int, _ c: Candidate, board: PlacementBoard) -> [Blocker] {
        var found: [Blocker] = []
        let collect: (Blocker) -> Bool = { found.append($0); return true }
        _ = checkDay(day, c, collect)
        _ = checkPeople(day, c, board: board, collect)
        _ = checkTime(day, start: start, c, board: board, collect)
        var clashing = Set<String>()
        for blocker in found {
            switch blocker {
            case .overlap(let person, _), .busy(let person, _): clashing.insert(person)
            default: break
            }
        }
        var seen = Set<Blocker>()
        return found.filter { blocker in
            if case .dayLimit(let person, _, _, _) = blocker, clashing.contains(person) { return false }
            return seen.insert(blocker).inserted
        }
    }

    private func busyTime(_ busy: PeopleIndex.Busy, _ day: Day) -> BusyTime {
        BusyTime(summary: busy.summary, day: day, start: TimeOfDay(minutes: min(busy.start, 24 * 60 - 1))!,
                 end: TimeOfDay(minutes: min(busy.end, 24 * 60 - 1))!)
    }
}
