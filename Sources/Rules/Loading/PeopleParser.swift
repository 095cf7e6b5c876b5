/// Reads `people.yaml` and `places.yaml`: the ids networks refer to.
struct PeopleParser {
    func people(_ root: RuleNode, context: LoadContext) -> [String: Person] {
        guard let map = root.mapping(RuleSchema.people.keys), let entries = map.required("people")?.keyedEntries() else { return [:] }
        var result: [String: Person] = [:]
        for (id, keyNode, value) in entries {
            guard RuleNode.isValidID(id) else {
                keyNode.error(.invalidID(id))
                continue
            }
            guard let fields = value.mapping(RuleSchema.person.keys) else {
                continue
            }
            var person = Person(id: id, title: fields["title"]?.localized() ?? LocalizedText(id), location: keyNode.location)
            person.name = fields["name"]?.text()
            person.phone = fields["phone"]?.text()
            person.organisation = fields["organisation"]?.text()
            if let node = fields["email"], let email = node.text() {
                if Self.isEmail(email) { person.email = email } else { node.error(.invalidEmail(email)) }
            }
            person.maxMeetingsPerDay = fields["maxMeetingsPerDay"]?.int(min: 1, max: 10)
            if let counts = fields["busyCountsAsMeetings"]?.bool() { person.busyCountsAsMeetings = counts }
            if let items = fields["unavailable"]?.list(allowSingle: false) {
                person.unavailable = items.compactMap(period)
            }
            // busy: an export of the person's own calendar; all-day events make whole days unavailable.
            for file in fields["busy"]?.list() ?? [] {
                for event in context.importCalendar(file, skipFree: true) ?? [] {
                    if event.isAllDay {
                        person.unavailable.append(DatedPeriod(name: LocalizedText(event.summary), from: event.firstDay,
                                                              to: event.lastDay))
                    } else {
                        person.busy.append(event)
                    }
                }
            }
            result[id] = person
        }
        return result
    }

    func places(_ root: RuleNode, context: LoadContext) -> [String: Place] {
        guard let map = root.mapping(RuleSchema.places.keys), let entries = map.required("places")?.keyedEntries() else { return [:] }
        var result: [String: Place] = [:]
        for (id, keyNode, value) in entries {
            guard RuleNode.isValidID(id) else {
                keyNode.error(.invalidID(id))
                continue
            }
            guard let fields = value.mapping(RuleSchema.place.keys) else { continue }
            var place = Place(id: id, name: fields["name"]?.localized() ?? LocalizedText(id), location: keyNode.location)
            place.address = fields["address"]?.text()
            if let holds = fields["holds"]?.int(min: 1, max: 50) { place.holds = holds }
            if let node = fields["municipality"], let m = node.text(), context.checkMunicipality(m, at: node) {
                place.municipality = m
            }
            if let node = fields["online"], let url = node.text() {
                if url.hasPrefix("https://") || url.hasPrefix("http://") { place.onlineURL = url } else {
                    node.error(.invalidURL(url))
                }
            }
            result[id] = place
        }
        return result
    }

    /// `someone@example.fi`: one @, something either side, a dot in the domain, no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(where: \.isWhitespace)
    }

    private func period(_ node: RuleNode) -> DatedPeriod? {
        guard let map = node.mapping(RuleSchema.unavailable.keys) else { return nil }
        let from = map.required("from")?.day(), to = map.required("to")?.day()
        guard let from, let to else { return nil }
        guard from <= to else {
            node.error(.periodReversed(from: from.iso, to: to.iso))
            return nil
        }
        return DatedPeriod(name: map["name"]?.localized(), from: from, to: to)
    }
}
