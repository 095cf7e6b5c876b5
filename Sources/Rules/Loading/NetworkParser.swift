/// Reads one network file (`networks/<id>.yaml`).
struct NetworkParser {
    static let keys = RuleSchema.network.keys

    let context: LoadContext

    static let reservedIDs: Set<String> = ["all", "public", "people", "fi", "sv", "en"]

    func parse(_ root: RuleNode, fileStem: String) -> Network? {
        guard let map = root.mapping(NetworkParser.keys) else { return nil }
        var id = fileStem
        if let node = map["id"], let given = node.identifier() {
            if given != fileStem { node.warning(.idDiffersFromFileName(given, fileName: fileStem)) }
            id = given
        } else if !RuleNode.isValidID(fileStem) {
            root.error(.invalidID(fileStem))
        }
        // Names the outputs use themselves: `feeds/all.ics`, `feeds/public/`, `feeds/people/`,
        // and the language folders (`documents/sv/`).
        if Self.reservedIDs.contains(id) { (map["id"] ?? root).error(.reservedID(id)) }
        let title = map.required("title")?.localized() ?? LocalizedText(id)
        var network = Network(id: id, title: title, file: root.file, location: root.location)
        network.description = map["description"]?.localized()
        if let body = map["body"]?.choice(Network.Body.self) { network.body = body }
        if let language = map["language"]?.choice(Language.self) { network.language = language }
        network.group = map["group"]?.localized()
        network.quorum = map["quorum"]?.localized()
        if let node = map["templates"], let kinds = node.mapping(RuleSchema.templates.keys) {
            for entry in kinds.entries {
                if let name = entry.value.identifier() { network.templates[entry.key] = name }
            }
        }
        if let node = map["municipality"], let m = node.text(), context.checkMunicipality(m, at: node) {
            network.municipality = m
        }
        if let month = map["cycleStart"]?.month() { network.cycleStartMonth = month }
        if let priority = map["priority"]?.int(min: -100, max: 100) { network.priority = priority }
        if let node = map["color"], let color = node.text() {
            if CSSColor.named[color] != nil { network.color = color } else {
                node.error(.invalidColor(color, suggestion: Suggestion.closest(to: color, in: CSSColor.named.keys)))
            }
        }
        if let items = map["members"]?.list(allowSingle: false) { network.members = items.compactMap(membership) }
        if let node = map["rotation"] { network.rotations = rotations(node) }
        if let node = map["meetings"] {
            network.meetings = MeetingRulesParser(context: context, municipality: network.municipality).parse(node)
        }
        let windowIDs = network.meetings.map(MeetingRulesParser.windowIDs) ?? []
        if let items = map["standingItems"]?.localizedList() { network.standingItems = items }
        if let items = map["annualCycle"]?.list(allowSingle: false) {
            network.annualCycle = items.compactMap { annualCycleItem($0, windowIDs: windowIDs) }
        }
        if let items = map["tasks"]?.list(allowSingle: false) {
            network.tasks = items.compactMap(task)
            checkUniqueTaskIDs(network.tasks, sink: root.sink)
        }
        if map.has("deadlines") {
            network.deadlines = map["deadlines"]?.list(allowSingle: false)?.compactMap {
                DeadlineParser.parse($0, context: context)
            } ?? []
        } else {
            network.deadlines = context.calendar.defaults.deadlines
        }
        if let items = map["reports"]?.list(allowSingle: false) {
            network.reports = items.compactMap { report($0, windowIDs: windowIDs) }
        }
        // Guidance flows down the same way reports flow up: after this network's meeting,
        // the receiver's next one gets the item.
        if let items = map["guidance"]?.list(allowSingle: false) {
            network.reports += items.compactMap { report($0, windowIDs: windowIDs) }.map { line in
                var guidance = line
                guidance.kind = .guidance
                return guidance
            }
        }
        return network
    }

    private func membership(_ node: RuleNode) -> Membership? {
        guard let map = node.mapping(RuleSchema.member.keys),
              let personNode = map.required("person"), let person = personNode.text() else { return nil }
        guard context.checkPerson(person, at: personNode) else { return nil }
        var roles: [Role] = []
        if map.has("role") && map.has("roles") { node.error(.onlyOneOf(["role", "roles"])) }
        if let roleNode = map["role"] ?? map["roles"], let items = roleNode.list() {
            roles = items.compactMap { $0.choice(Role.self) }
        }
        if roles.isEmpty { roles = [.member] }
        var membership = Membership(personID: person, roles: roles, location: node.location)
        if let attendance = map["attendance"]?.choice(Attendance.self) { membership.attendance = attendance }
        membership.from = map["from"]?.day()
        membership.until = map["until"]?.day()
        if let from = membership.from, let until = membership.until, until < from {
            node.error(.periodReversed(from: from.iso, to: until.iso))
        }
        if let subNode = map["substituteFor"], let other = subNode.text() {
            if !roles.contains(.substitute) { subNode.error(.substituteWithoutRole) }
            if context.checkPerson(other, at: subNode) { membership.substituteFor = other }
        }
        return membership
    }

    private func rotations(_ node: RuleNode) -> [Rotation] {
        guard let map = node.mapping(RuleSchema.rotation.keys) else { return [] }
        var result: [Rotation] = []
        for entry in map.entries {
            let subject: Rotation.Subject = entry.key == "lead" ? .convener : Rotation.Subject(rawValue: entry.key)!
            var listNode: RuleNode? = entry.value
            var step = Rotation.Step.meeting
            if case .mapping = entry.value.node {
                guard let fields = entry.value.mapping(RuleSchema.rotatingKeys) else { continue }
                listNode = fields.required("among")
                if let by = fields["by"]?.choice(Rotation.Step.self) { step = by }
            }
            guard let items = listNode?.list(allowSingle: false) else { continue }
            var among: [String] = []
            for item in items {
                guard let id = item.text() else { continue }
                let known = subject == .place ? context.checkRoom(id, at: item) : context.checkPerson(id, at: item)
                if known { among.append(id) }
            }
            if items.isEmpty {
                entry.value.error(.emptyRotation)
                continue
            }
            if among.count == items.count {
                result.append(Rotation(subject: subject, among: among, by: step, location: entry.keyNode.location))
            }
        }
        return result
    }

    private func annualCycleItem(_ node: RuleNode, windowIDs: [String]) -> AnnualCycleItem? {
        guard let map = node.mapping(RuleSchema.annualItem.keys) else { return nil }
        let title = map.required("title")?.localized(), alternate = map["alternate"]?.localized()
        let years = map["years"].flatMap(SelectorParser.years)
        let at = map["at"].flatMap { SelectorParser.selector($0, windowIDs: windowIDs) }
        let proposal = map["proposal"]?.localized(), attachments = map["attachments"]?.localizedList()
        guard let title else { return nil }
        var item = AnnualCycleItem(title: title, location: node.location)
        item.alternate = alternate
        item.proposal = proposal
        item.attachments = attachments ?? []
        item.report = map["report"]?.choice(ReportYear.self)
        if let years { item.years = years }
        if let at { item.at = at }
        return item
    }

    private func task(_ node: RuleNode) -> TaskRule? {
        guard let map = node.mapping(RuleSchema.task.keys) else { return nil }
        // Every field read before any is judged: all of a task's problems in one run.
        let id = map.required("id")?.identifier(), title = map.required("title")?.localized()
        let from = map.required("from")?.monthDay(), due = map.required("due")?.monthDay()
        let owners = map["owner"].map { DeadlineParser.owners($0, context: context) ?? [] } ?? []
        let years = map["years"].flatMap(SelectorParser.years)
        guard let id, let title, let from, let due else { return nil }
        var rule = TaskRule(id: id, title: title, owners: owners, from: from, due: due, location: node.location)
        if let years { rule.years = years }
        return rule
    }

    private func checkUniqueTaskIDs(_ tasks: [TaskRule], sink: DiagnosticSink) {
        var seen: [String: SourceLocation] = [:]
        for task in tasks {
            if let first = seen[task.id] {
                sink.error(.duplicateID(.task, task.id, first: first), at: task.location)
            } else {
                seen[task.id] = task.location
            }
        }
    }

    private func report(_ node: RuleNode, windowIDs: [String]) -> ReportingLine? {
        guard let map = node.mapping(RuleSchema.report.keys),
              let to = map.required("to")?.text() else { return nil }
        var line = ReportingLine(to: to, location: map["to"]!.location)
        if let after = map["after"].flatMap({ SelectorParser.selector($0, windowIDs: windowIDs) }) { line.after = after }
        line.item = map["item"]?.localized()
        if let years = map["years"].flatMap(SelectorParser.years) { line.years = years }
        return line
    }
}

/// Selectors ("which meeting") and year rules, shared by annual-cycle items, reports and live rules.
enum SelectorParser {
    static func selector(_ node: RuleNode, windowIDs: [String]) -> MeetingSelector? {
        if case .sequence = node.node {
            guard let items = node.list() else { return nil }
            let selectors = items.compactMap { selector($0, windowIDs: windowIDs) }
            return selectors.count == items.count && !selectors.isEmpty ? .list(selectors) : nil
        }
        guard let text = node.text() else { return nil }
        switch text.lowercased() {
        case "every-other", "every other", "odd", "joka toinen", "parittomat", "vartannat", "udda":
            return .everyOther(startingAt: 1)
        case "every-other-even", "even", "parilliset", "jämna": return .everyOther(startingAt: 2)
        case "first", "ensimmäinen", "första": return .first
        case "last", "viimeinen", "sista": return .last
        case "live", "lähi", "lähikokous", "närmöte": return .live
        case "all", "every", "kaikki", "jokainen", "alla": return .all
        default: break
        }
        if windowIDs.contains(text) { return .window(text) }
        if let n = Int(text), n >= 1 { return .nth(n) }
        if let month = Month.number(from: text) { return .month(month) }
        if !windowIDs.isEmpty, let close = Suggestion.closest(to: text, in: windowIDs) {
            node.error(.unknownReference(.window, text, suggestion: close))
        } else {
            node.error(.invalidSelector(text))
        }
        return nil
    }

    static func years(_ node: RuleNode) -> YearRule? {
        if case .sequence = node.node {
            guard let items = node.list() else { return nil }
            let years = items.compactMap { $0.int(min: 1900, max: 2200) }
            return years.count == items.count ? .listed(Set(years)) : nil
        }
        guard let text = node.text() else { return nil }
        guard let rule = YearsText.parse(text) else {
            node.error(.invalidYears(text))
            return nil
        }
        return rule
    }
}

extension Network {
    /// Whether `id` may name a new network: lower-case letters, digits and hyphens, and
    /// not a word the feeds' paths reserve (`all`, `public`, …).
    public static func isValidNewID(_ id: String) -> Bool {
        RuleNode.isValidID(id) && !NetworkParser.reservedIDs.contains(id)
    }
}
