import Rules

/// A meeting's signature: everything that decides where it may go. When it is unchanged,
/// the meeting keeps its place from the previous plan.
extension Signature {
    /// The part every meeting of a network shares.
    static func of(_ rules: MeetingRules) -> Signature {
        var s = Signature()
        for n in [rules.durationMinutes, rules.earliest.minutes, rules.latest.minutes, rules.minSpacingDays] { s.add(n) }
        for d in rules.allowedWeekdays { s.add(d.rawValue) }
        s.add("|")
        for d in rules.preferredWeekdays { s.add(d.rawValue) }
        s.add("|")
        for t in rules.preferredTimes { s.add(t.minutes) }
        switch rules.avoidSchoolHolidays {
        case nil: s.add("-")
        case .all?: s.add("all")
        case .only(let list)?: for m in list.sorted() { s.add(m) }
        }
        return s
    }

    /// One meeting: the network's part, then its own window, mode and expected people.
    static func of(_ o: Occurrence, network: Signature, blocking: [String]) -> Signature {
        var s = network
        s.add(o.key)
        s.add(o.window.from.ordinal)
        s.add(o.window.to.ordinal)
        s.add(o.mode.rawValue)
        for person in blocking.sorted() { s.add(person) }
        return s
    }
}
