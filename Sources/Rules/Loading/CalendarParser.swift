/// Reads `calendar.yaml`: the region, planning period, blackouts, school holidays and defaults.
struct CalendarParser {
    static let keys = ["region", "timeZone", "period", "noMeetingMonths", "blackouts", "municipalities",
                       "schoolHolidays", "defaults"]
    static let defaultKeys = ["duration", "earliest", "latest", "preferredTimes", "preferredWeekdays",
                              "minSpacing", "deadlines"]

    func parse(_ root: RuleNode) -> CalendarRules {
        var calendar = CalendarRules(location: root.location)
        guard let map = root.mapping(CalendarParser.keys) else { return calendar }
        if let region = map["region"]?.localized() { calendar.region = region }
        if let node = map["timeZone"], let tz = node.text() {
            if tz == "Europe/Helsinki" || TimeZoneCheck.exists(tz) { calendar.timeZone = tz } else {
                node.error(.invalidTimeZone(tz))
            }
        }
        if let node = map["period"], let period = node.mapping(["from", "to"]) {
            if let from = period.required("from")?.int(min: 1900, max: 2200),
               let to = period.required("to")?.int(min: 1900, max: 2200) {
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
                if let name = value.localized() { calendar.municipalities.append((id, name)) }
            }
        }
        if let items = map["blackouts"]?.list(allowSingle: false) {
            calendar.blackouts = items.compactMap(blackout)
        }
        let context = LoadContext(calendar: calendar, people: [:], places: [:])
        if let items = map["schoolHolidays"]?.list(allowSingle: false) {
            calendar.schoolHolidays = items.compactMap { schoolHoliday($0, context: context) }
        }
        if let node = map["defaults"] {
            calendar.defaults = defaults(node, base: calendar.defaults)
        }
        return calendar
    }

    private func blackout(_ node: RuleNode) -> Blackout? {
        guard let map = node.mapping(["name", "from", "to"]) else { return nil }
        let name = map["name"]?.localized() ?? LocalizedText(fi: "")
        guard let fromNode = map.required("from"), let toNode = map.required("to"),
              let from = fromNode.dayOrMonthDay(), let to = toNode.dayOrMonthDay() else { return nil }
        switch (from, to) {
        case let (.first(a), .first(b)):
            guard a <= b else {
                node.error(.periodReversed(from: a.iso, to: b.iso))
                return nil
            }
            return Blackout(name: name, span: .dates(DatedPeriod(name: name, from: a, to: b)), location: node.location)
        case let (.second(a), .second(b)):
            return Blackout(name: name, span: .everyYear(YearlyPeriod(from: a, to: b)), location: node.location)
        default:
            toNode.error(.invalidDate(toNode.scalarText ?? ""))
            return nil
        }
    }

    private func schoolHoliday(_ node: RuleNode, context: LoadContext) -> SchoolHoliday? {
        guard let map = node.mapping(["name", "from", "to", "municipalities"]) else { return nil }
        let name = map["name"]?.localized() ?? LocalizedText(fi: "Koulujen loma", sv: "Skollov", en: "School holiday")
        guard let from = map.required("from")?.day(), let to = map.required("to")?.day() else { return nil }
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
