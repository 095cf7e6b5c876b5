/// Reads `calendar.yaml`: the region, planning period, blackouts, school holidays and defaults.
struct CalendarParser {
    static let keys = RuleSchema.calendar.keys
    static let defaultKeys = RuleSchema.defaults.keys

    let folder: String

    func parse(_ root: RuleNode) -> CalendarRules {
        var calendar = CalendarRules(location: root.location)
        guard let map = root.mapping(CalendarParser.keys) else { return calendar }
        if let region = map["region"]?.localized() { calendar.region = region }
        if let node = map["timeZone"], let tz = node.text() {
            if tz == "Europe/Helsinki" || TimeZoneCheck.exists(tz) { calendar.timeZone = tz } else {
                node.error(.invalidTimeZone(tz))
            }
        }
        if let node = map["period"], let period = node.mapping(RuleSchema.period.keys) {
            // Both read before either is judged: every problem in one run.
            let from = period.required("from")?.int(min: 1900, max: 2200)
            let to = period.required("to")?.int(min: 1900, max: 2200)
            if let from, let to {
                if from <= to { calendar.period = from...to } else {
                    node.error(.periodReversed(from: String(from), to: String(to)))
                }
            }
        }
        if let node = map["noMeetingMonths"] {
            calendar.noMeetingMonths = node.isNull ? [] : (node.months() ?? calendar.noMeetingMonths)
        }
        if let entries = map["municipalities"]?.keyedEntries() {
            for (id, keyNode, value) in entries {
                guard RuleNode.isValidID(id) else {
                    keyNode.error(.invalidID(id))
                    continue
                }
                // `juva: Juva`, or with dates: `{name: Juva, until: 2026-12-31, mergedInto: mikkeli}`.
                if value.hasKey("name") {
                    guard let organisation = organisation(id, value) else { continue }
                    calendar.municipalities.append((id, organisation.name))
                    calendar.organisations[id] = organisation
                } else if let name = value.localized() {
                    calendar.municipalities.append((id, name))
                    // Known by name too, so that another municipality can merge into it.
                    calendar.organisations[id] = Organisation(id: id, name: name, location: value.location)
                }
            }
        }
        if let entries = map["organisations"]?.keyedEntries() {
            for (id, keyNode, value) in entries {
                guard RuleNode.isValidID(id) else {
                    keyNode.error(.invalidID(id))
                    continue
                }
                if let organisation = organisation(id, value) { calendar.organisations[id] = organisation }
            }
        }
        checkMergers(calendar.organisations, sink: root.sink)
        if let items = map["blackouts"]?.list(allowSingle: false) {
            calendar.blackouts = items.compactMap(blackout)
        }
        if let node = map["uidDomain"], let domain = node.text() {
            if domain.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) && !domain.isEmpty {
                calendar.uidDomain = domain
            } else {
                node.error(.invalidID(domain))
            }
        }
        if let node = map["feeds"], let window = node.mapping(RuleSchema.feedWindow.keys) {
            if let past = window["past"] { calendar.feedWindow.pastMonths = months(past) ?? calendar.feedWindow.pastMonths }
            if let future = window["future"] { calendar.feedWindow.futureMonths = months(future) ?? calendar.feedWindow.futureMonths }
        }
        let context = LoadContext(folder: folder, calendar: calendar, people: [:], places: [:])
        if let items = map["schoolHolidays"]?.list(allowSingle: false) {
            calendar.schoolHolidays = items.compactMap { schoolHoliday($0, context: context) }
        }
        if let items = map["imports"]?.list(allowSingle: false) {
            for item in items { imported(item, into: &calendar, context: context) }
        }
        if let node = map["defaults"] {
            calendar.defaults = defaults(node, base: calendar.defaults)
        }
        return calendar
    }

    /// A number of months, or `all` (`kaikki`, `alla`): `.some(nil)` for no limit.
    private func months(_ node: RuleNode) -> Int?? {
        guard let text = node.scalarText else {
            node.error(.expected(.monthsOrAll, found: node.found))
            return nil
        }
        if FeedWindow.unlimited.contains(text.lowercased()) { return .some(nil) }
        guard Int(text) != nil else {
            node.error(.expected(.monthsOrAll, found: node.found))
            return nil
        }
        return node.int(min: 0, max: 1200).map { .some($0) }
    }

    /// `imports: [{file: koululomat.ics, as: schoolHolidays, municipalities: [juva]}]`:
    /// every event of the file becomes a school holiday or a blackout.
    private func imported(_ node: RuleNode, into calendar: inout CalendarRules, context: LoadContext) {
        enum Kind: String, RuleWord {
            case blackouts, schoolHolidays
            func ruleWords(_ language: Language) -> [String] {
                switch (self, language) {
                case (.blackouts, .fi): return ["estot", "kokouskiellot"]
                case (.schoolHolidays, .fi): return ["koululomat", "koulujen lomat"]
                case (.blackouts, .sv): return ["spärrar"]
                case (.schoolHolidays, .sv): return ["skollov"]
                case (.blackouts, .en): return []
                case (.schoolHolidays, .en): return ["school holidays"]
                }
            }
        }
        guard let map = node.mapping(RuleSchema.calendarImport.keys), let fileNode = map.required("file") else { return }
        let kind = map["as"]?.choice(Kind.self) ?? .blackouts
        let municipalities = map["municipalities"].flatMap { context.municipalities(from: $0, network: nil) } ?? .all
        guard let events = context.importCalendar(fileNode, skipFree: false) else { return }
        for event in events {
            let name = LocalizedText(fi: event.summary.isEmpty ? fileNode.scalarText ?? "" : event.summary)
            let period = DatedPeriod(name: name, from: event.firstDay, to: event.lastDay)
            switch kind {
            case .blackouts:
                calendar.blackouts.append(Blackout(name: name, span: .dates(period), location: fileNode.location))
            case .schoolHolidays:
                calendar.schoolHolidays.append(SchoolHoliday(name: name, period: period, municipalities: municipalities,
                                                             location: fileNode.location))
            }
        }
    }

    private func organisation(_ id: String, _ node: RuleNode) -> Organisation? {
        if !node.hasKey("name") { return node.localized().map { Organisation(id: id, name: $0, location: node.location) } }
        guard let map = node.mapping(RuleSchema.organisation.keys) else { return nil }
        let name = map.required("name")?.localized()
        let from = map["from"]?.day(), until = map["until"]?.day()
        let mergedInto = map["mergedInto"]?.identifier()
        var formerly: [Organisation.FormerName] = []
        for item in map["formerly"]?.list(allowSingle: true) ?? [] {
            guard let fields = item.mapping(RuleSchema.formerName.keys) else { continue }
            let old = fields.required("name")?.localized(), end = fields.required("until")?.day()
            if let old, let end { formerly.append(.init(name: old, until: end)) }
        }
        if mergedInto != nil, until == nil { node.error(.missingKey("until")) }
        if let from, let until, until < from { node.error(.periodReversed(from: from.iso, to: until.iso)) }
        guard let name else { return nil }
        return Organisation(id: id, name: name, formerly: formerly.sorted { $0.until < $1.until }, from: from, until: until,
                            mergedInto: mergedInto, location: node.location)
    }

    /// Every `mergedInto` names a known municipality or organisation, and no merger loops.
    private func checkMergers(_ organisations: [String: Organisation], sink: DiagnosticSink) {
        for organisation in organisations.values.sorted(by: { $0.id < $1.id }) {
            guard let target = organisation.mergedInto else { continue }
            guard organisations[target] != nil else {
                sink.error(.unknownReference(.organisation, target,
                                             suggestion: Suggestion.closest(to: target, in: organisations.keys)),
                           at: organisation.location)
                continue
            }
            var seen: Set<String> = [organisation.id], next = target
            while let step = organisations[next]?.mergedInto {
                guard seen.insert(next).inserted else {
                    sink.error(.mergerCircle(organisation.id), at: organisation.location)
                    break
                }
                next = step
            }
        }
    }

    private func blackout(_ node: RuleNode) -> Blackout? {
        guard let map = node.mapping(RuleSchema.blackout.keys) else { return nil }
        let name = map["name"]?.localized() ?? LocalizedText(fi: "")
        let noDeadlines = map["noDeadlines"]?.bool() ?? false
        let fromNode = map.required("from"), toNode = map.required("to")
        let from = fromNode?.dayOrMonthDay(), to = toNode?.dayOrMonthDay()
        guard let from, let to, let toNode else { return nil }
        switch (from, to) {
        case let (.first(a), .first(b)):
            guard a <= b else {
                node.error(.periodReversed(from: a.iso, to: b.iso))
                return nil
            }
            return Blackout(name: name, span: .dates(DatedPeriod(name: name, from: a, to: b)), noDeadlines: noDeadlines,
                            location: node.location)
        case let (.second(a), .second(b)):
            return Blackout(name: name, span: .everyYear(YearlyPeriod(from: a, to: b)), noDeadlines: noDeadlines,
                            location: node.location)
        default:
            toNode.error(.invalidDate(toNode.scalarText ?? ""))
            return nil
        }
    }

    private func schoolHoliday(_ node: RuleNode, context: LoadContext) -> SchoolHoliday? {
        guard let map = node.mapping(RuleSchema.schoolHoliday.keys) else { return nil }
        let name = map["name"]?.localized() ?? LocalizedText(fi: "Koulujen loma", sv: "Skollov", en: "School holiday")
        let from = map.required("from")?.day(), to = map.required("to")?.day()
        guard let from, let to else { return nil }
        guard from <= to else {
            node.error(.periodReversed(from: from.iso, to: to.iso))
            return nil
        }
        let municipalities = map["municipalities"].flatMap { context.municipalities(from: $0, network: nil) } ?? .all
        return SchoolHoliday(name: name, period: DatedPeriod(name: name, from: from, to: to),
                             municipalities: municipalities, location: node.location)
    }

    private func defaults(_ node: RuleNode, base: MeetingDefaults) -> MeetingDefaults {
        var result = base
        guard let map = node.mapping(CalendarParser.defaultKeys) else { return result }
        if let v = map["duration"]?.minutes() { result.durationMinutes = v }
        if let v = map["earliest"]?.time() { result.earliest = v }
        if let v = map["latest"]?.time() { result.latest = v }
        if let v = map["preferredTimes"]?.times() { result.preferredTimes = v }
        if let v = map["preferredWeekdays"]?.weekdays() { result.preferredWeekdays = v }
        if let v = map["minSpacing"]?.days() { result.minSpacingDays = v }
        if let items = map["deadlines"]?.list(allowSingle: false) {
            result.deadlines = items.compactMap { DeadlineParser.parse($0, context: nil) }
        }
        return result
    }
}
