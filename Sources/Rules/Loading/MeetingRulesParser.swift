/// Reads a network's `meetings:` section: cadence (or phases), times, modes and places.
struct MeetingRulesParser {
    static let cadenceKeys = RuleSchema.cadenceFields.map(\.key)
    static let keys = RuleSchema.meetings.keys

    let context: LoadContext
    let municipality: String?

    static func windowIDs(_ rules: MeetingRules) -> [String] {
        rules.phases.flatMap { phase -> [String] in
            if case .windows(let windows) = phase.cadence { return windows.map(\.id) }
            return []
        }
    }

    func parse(_ node: RuleNode) -> MeetingRules? {
        guard let map = node.mapping(MeetingRulesParser.keys) else { return nil }
        let defaults = context.calendar.defaults
        var phases: [Phase] = []
        let given = MeetingRulesParser.cadenceKeys.filter { ["cadence", "windows", "series"].contains($0) && map.has($0) }
        if map.has("phases") {
            if !given.isEmpty { node.error(.onlyOneOf(["phases"] + given)) }
            if let items = map["phases"]?.list(allowSingle: false) { phases = items.compactMap(phase) }
            checkPhaseOrder(phases, at: node)
        } else if let cadence = cadence(map, at: node) {
            let (from, until) = bounds(map, cadence: cadence, at: node)
            phases = [Phase(from: from, until: until, cadence: cadence, location: node.location)]
        } else if given.isEmpty && !map.hasUnknownKeys && !map.has("dates") {
            node.error(.noCadence)
        }
        var rules = MeetingRules(phases: phases, durationMinutes: defaults.durationMinutes, earliest: defaults.earliest,
                                 latest: defaults.latest, preferredTimes: defaults.preferredTimes,
                                 preferredWeekdays: defaults.preferredWeekdays, minSpacingDays: defaults.minSpacingDays,
                                 location: node.location)
        if let items = map["dates"]?.list() { rules.dates = items.compactMap(fixedDate) }
        if let v = map["duration"]?.minutes() { rules.durationMinutes = v }
        if let v = map["earliest"]?.time() { rules.earliest = v }
        if let v = map["latest"]?.time() { rules.latest = v }
        if rules.latest.minutes - rules.earliest.minutes < rules.durationMinutes {
            (map["duration"] ?? map["latest"] ?? node).error(
                .dayTooShort(earliest: rules.earliest.description, latest: rules.latest.description,
                             minutes: rules.durationMinutes))
        }
        if let v = map["preferredTimes"]?.times() { rules.preferredTimes = v }
        if let v = map["preferredWeekdays"]?.weekdays() { rules.preferredWeekdays = v }
        if let v = map["weekdays"]?.weekdays() { rules.allowedWeekdays = v }
        if let v = map["minSpacing"]?.days() { rules.minSpacingDays = v }
        if let v = map["flexDays"]?.int(min: 0, max: 60) { rules.flexDays = v }
        if let v = map["mode"]?.choice(MeetingMode.self) { rules.mode = v }
        if let placeNode = map["place"], let id = placeNode.text(), context.checkRoom(id, at: placeNode) {
            rules.placeID = id
        }
        if let linkNode = map["online"], let id = linkNode.text(), context.checkLink(id, at: linkNode) {
            rules.onlineID = id
        }
        if let avoidNode = map["avoidSchoolHolidays"] {
            if avoidNode.scalarText == "false" { rules.avoidSchoolHolidays = nil } else {
                rules.avoidSchoolHolidays = context.municipalities(from: avoidNode, network: municipality)
            }
        }
        let windowIDs = MeetingRulesParser.windowIDs(rules)
        if let liveNode = map["live"] { rules.live = live(liveNode, windowIDs: windowIDs) }
        checkWindows(rules, sink: node.sink)
        checkLiveCount(rules, sink: node.sink)
        checkSpacing(rules, at: map["minSpacing"] ?? map["cadence"] ?? map["series"] ?? node)
        return rules
    }

    /// `2026-09-14` or `2026-09-14 13:00`.
    private func fixedDate(_ node: RuleNode) -> FixedDate? {
        guard let text = node.text() else { return nil }
        let parts = text.replacingOccurrences(of: "T", with: " ").split(separator: " ").map(String.init)
        guard (1...2).contains(parts.count), let day = Day(iso: parts[0]) else {
            node.error(.invalidDate(text))
            return nil
        }
        var time: TimeOfDay?
        if parts.count == 2 {
            guard let t = TimeOfDay(text: parts[1]) else {
                node.error(.invalidTime(parts[1]))
                return nil
            }
            time = t
        }
        return FixedDate(day: day, time: time, location: node.location)
    }

    // MARK: Cadence

    private func cadence(_ map: RuleMapping, at node: RuleNode) -> Cadence? {
        let given = ["cadence", "windows", "series"].filter { map.has($0) }
        if given.count > 1 {
            node.error(.onlyOneOf(given))
            return nil
        }
        if let windowsNode = map["windows"] {
            guard let items = windowsNode.list(allowSingle: false) else { return nil }
            let windows = items.compactMap(window)
            checkUniqueWindowIDs(windows, sink: node.sink)
            let total = windows.map(\.count).reduce(0, +)
            guard total <= InputLimits.meetingsPerYear else {
                windowsNode.error(.tooManyMeetings(count: total, limit: InputLimits.meetingsPerYear))
                return nil
            }
            return windows.isEmpty ? nil : .windows(windows)
        }
        if let seriesNode = map["series"] { return series(seriesNode) }
        guard let cadenceNode = map["cadence"], let text = cadenceNode.text() else { return nil }
        guard let parsed = CadenceText.parse(text) else {
            cadenceNode.error(.invalidCadence(text))
            return nil
        }
        let except = map["exceptMonths"]?.months() ?? []
        switch parsed {
        case .perYear(let count):
            guard count <= InputLimits.meetingsPerYear else {
                cadenceNode.error(.tooManyMeetings(count: count, limit: InputLimits.meetingsPerYear))
                return nil
            }
            return .perYear(count: count, months: map["months"]?.months())
        case .monthly:
            return .monthly(exceptMonths: except)
        case .twiceAMonth:
            return .twiceAMonth(exceptMonths: except)
        case .everyWeeks(let n):
            guard let start = map["start"]?.day() else {
                if !map.has("start") { cadenceNode.error(.needsStart(text)) }
                return nil
            }
            return .recurrence(.everyWeeks(n), start: start)
        case .rrule(let source):
            guard let rule = RecurrenceRule(source) else {
                cadenceNode.error(.invalidRecurrence(source))
                return nil
            }
            guard rule.isAtMostDaily else {
                cadenceNode.error(.recurrenceTooFrequent(source))
                return nil
            }
            guard let start = map["start"]?.day() else {
                if !map.has("start") { cadenceNode.error(.needsStart(text)) }
                return nil
            }
            // Counted over the first year, before anything expands the rule over the plan.
            let count = rule.days(start: start, through: start.adding(days: 365)).count
            guard count <= InputLimits.meetingsPerYear else {
                cadenceNode.error(.tooManyMeetings(count: count, limit: InputLimits.meetingsPerYear))
                return nil
            }
            return .recurrence(rule, start: start)
        }
    }

    private func phase(_ node: RuleNode) -> Phase? {
        guard let map = node.mapping(RuleSchema.phase.keys) else { return nil }
        let from = map["from"]?.day()
        let until = map["until"]?.day()
        if let from, let until, until < from { node.error(.periodReversed(from: from.iso, to: until.iso)) }
        guard let cadence = cadence(map, at: node) else {
            if !["cadence", "windows", "series"].contains(where: map.has) && !map.hasUnknownKeys {
                node.error(.noCadence)
            }
            return nil
        }
        let (start, end) = bounds(map, cadence: cadence, at: node)
        return Phase(from: [from, start].compactMap { $0 }.max(), until: [until, end].compactMap { $0 }.min(),
                     cadence: cadence, location: node.location)
    }

    /// `start:` and `end:` are hard bounds for every cadence: no meeting before the start
    /// or after the end. A recurrence or series counts from its own start, which the
    /// expander already keeps as a bound, so only the other cadences need it as the phase's.
    private func bounds(_ map: RuleMapping, cadence: Cadence, at node: RuleNode) -> (Day?, Day?) {
        let anchor: Day?
        switch cadence {
        case .recurrence(_, let first): anchor = first
        case .series(let series): anchor = series.start
        default: anchor = nil
        }
        let start = anchor == nil ? map["start"]?.day() : nil
        let end = map["end"]?.day()
        if let first = anchor ?? start, let end, end < first { node.error(.periodReversed(from: first.iso, to: end.iso)) }
        return (start, end)
    }

    private func checkPhaseOrder(_ phases: [Phase], at node: RuleNode) {
        for (a, b) in zip(phases, phases.dropFirst()) {
            guard let end = a.until, b.from.map({ $0 > end }) ?? true else {
                node.error(.phasesOutOfOrder)
                return
            }
        }
    }

    private func window(_ node: RuleNode) -> MeetingWindow? {
        guard let map = node.mapping(RuleSchema.window.keys),
              let id = map.required("id")?.identifier() else { return nil }
        var span: (MonthDay, MonthDay)?
        let ways = ["months", "month", "from"].filter(map.has)
        if ways.count > 1 { node.error(.onlyOneOf(ways)) }
        if let monthNode = map["month"], let month = monthNode.month() {
            span = (MonthDay(month: month, day: 1)!, MonthDay(month: month, day: Day.daysIn(month: month, year: 2024))!)
        } else if let monthsNode = map["months"], let months = monthsNode.months() {
            span = consecutive(months, at: monthsNode)
        } else if map.has("from") || map.has("to") {
            let from = map.required("from")?.monthDay(), to = map.required("to")?.monthDay()
            if let from, let to { span = (from, to) }
        } else if ways.isEmpty {
            node.error(.missingKey("months"))
        }
        guard let (from, to) = span else { return nil }
        var window = MeetingWindow(id: id, from: from, to: to, location: node.location)
        window.title = map["title"]?.localized()
        if let count = map["count"]?.int(min: 1, max: 31) { window.count = count }
        window.mode = map["mode"]?.choice(MeetingMode.self)
        if let placeNode = map["place"], let placeID = placeNode.text(), context.checkRoom(placeID, at: placeNode) {
            window.placeID = placeID
        }
        window.agenda = map["agenda"]?.localizedList() ?? []
        return window
    }

    /// `[nov, dec]` → 1 Nov–31 Dec; `[dec, jan]` wraps over New Year.
    private func consecutive(_ months: Set<Int>, at node: RuleNode) -> (MonthDay, MonthDay)? {
        guard !months.isEmpty else { return nil }
        if months.count == 12 { return (MonthDay(month: 1, day: 1)!, MonthDay(month: 12, day: 31)!) }
        // The first month is the one whose predecessor is not in the set.
        guard let first = months.first(where: { !months.contains(($0 + 10) % 12 + 1) }) else { return nil }
        var last = first
        while months.contains(last % 12 + 1), last % 12 + 1 != first { last = last % 12 + 1 }
        let span = (last - first + 12) % 12 + 1
        guard span == months.count else {
            node.error(.monthsNotConsecutive)
            return nil
        }
        return (MonthDay(month: first, day: 1)!, MonthDay(month: last, day: Day.daysIn(month: last, year: 2024))!)
    }

    private func checkUniqueWindowIDs(_ windows: [MeetingWindow], sink: DiagnosticSink) {
        var seen: [String: SourceLocation] = [:]
        for window in windows {
            if let first = seen[window.id] {
                sink.error(.duplicateID(.window, window.id, first: first), at: window.location)
            } else {
                seen[window.id] = window.location
            }
        }
    }

    private func series(_ node: RuleNode) -> Cadence? {
        guard let map = node.mapping(RuleSchema.series.keys) else { return nil }
        let every = map["every"]?.days() ?? 7
        if let everyNode = map["every"], every < 1 { everyNode.error(.numberOutOfRange(every, min: 1, max: nil)) }
        // Around a date: `before` and `after` sessions, the date itself left free.
        if map.has("around") {
            if map.has("start") { node.error(.onlyOneOf(["start", "around"])) }
            let around = map["around"]?.day()
            let before = map.required("before")?.int(min: 0, max: 52), after = map.required("after")?.int(min: 0, max: 52)
            let given = map["sessions"]?.localizedList()
            guard let around, let before, let after, every >= 1, before + after > 0 else { return nil }
            let sessions = given ?? (1...(before + after)).map {
                LocalizedText(fi: "Tapaaminen \($0)", sv: "Träff \($0)", en: "Session \($0)")
            }
            if sessions.count != before + after {
                map["sessions"]?.error(.sessionCount(given: sessions.count, expected: before + after))
                return nil
            }
            return .series(Series(around: around, before: before, after: after, everyDays: every, sessions: sessions))
        }
        let start = map.required("start")?.day(), sessions = map.required("sessions")?.localizedList()
        guard let start, let sessions, !sessions.isEmpty, every >= 1 else { return nil }
        return .series(Series(start: start, everyDays: every, sessions: sessions))
    }

    private func live(_ node: RuleNode, windowIDs: [String]) -> LiveRule? {
        if node.scalarText != nil {
            return node.int(min: 0, max: 52).map { LiveRule(perYear: $0, location: node.location) }
        }
        guard let map = node.mapping(RuleSchema.liveKeys) else { return nil }
        let count = map.required("perYear")?.int(min: 0, max: 52)
        let prefer = map["prefer"]?.list().map { $0.compactMap { SelectorParser.selector($0, windowIDs: windowIDs) } }
        let mode = map["mode"]?.choice(MeetingMode.self)
        guard let count else { return nil }
        var rule = LiveRule(perYear: count, location: node.location)
        if let prefer { rule.prefer = prefer }
        if let mode { rule.mode = mode }
        return rule
    }

    // MARK: Static checks that need the whole section

    private func checkWindows(_ rules: MeetingRules, sink: DiagnosticSink) {
        let closed = context.calendar.noMeetingMonths
        for phase in rules.phases {
            guard case .windows(let windows) = phase.cadence else { continue }
            for window in windows {
                let sample = window.dates(inCycleStarting: Day(year: 2025, month: window.from.month, day: 1)!)
                let days = sample.from.days(until: sample.to) + 1
                var month = sample.from.month
                var open = false
                for _ in 0..<12 {
                    if !closed.contains(month) { open = true }
                    if month == sample.to.month { break }
                    month = month % 12 + 1
                }
                if !open {
                    sink.error(.windowInNoMeetingMonths(window.id), at: window.location)
                } else if window.count > 1, (window.count - 1) * rules.minSpacingDays > days - 1 {
                    sink.error(.windowTooSmall(window.id, count: window.count, spacingDays: rules.minSpacingDays,
                                               days: days), at: window.location)
                }
            }
        }
    }

    /// A series or recurrence whose meetings come closer together than `minSpacing` can
    /// never be placed: one error naming the key to lower, instead of one per meeting.
    private func checkSpacing(_ rules: MeetingRules, at node: RuleNode) {
        for phase in rules.phases {
            let gap: Int?
            switch phase.cadence {
            case .series(let series): gap = series.sessions.count > 1 ? series.everyDays : nil
            case let .recurrence(rule, start):
                // The closest two of the first months' meetings (the plan expands the rule again, whole).
                let days = rule.days(start: start, through: start.adding(days: 120))
                gap = zip(days, days.dropFirst()).map { $0.days(until: $1) }.min()
            default: gap = nil
            }
            if let gap, gap < rules.minSpacingDays {
                node.error(.spacingTooLong(minSpacing: rules.minSpacingDays, gap: gap))
                return
            }
        }
    }

    private func checkLiveCount(_ rules: MeetingRules, sink: DiagnosticSink) {
        guard let live = rules.live, let phase = rules.phases.first else { return }
        let total: Int?
        switch phase.cadence {
        case .perYear(let count, _): total = count
        case .windows(let windows): total = windows.reduce(0) { $0 + $1.count }
        default: total = nil
        }
        if let total, live.perYear > total {
            sink.error(.tooManyLiveMeetings(live: live.perYear, total: total), at: live.location)
        }
    }
}
