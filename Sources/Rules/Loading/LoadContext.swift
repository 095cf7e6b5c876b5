import Foundation

/// What a network file may refer to, known before networks are read.
struct LoadContext {
    /// The rules folder; imported calendars are named relative to it.
    var folder: String = "."
    var calendar: CalendarRules
    var people: [String: Person]
    var places: [String: Place]
    /// When people.yaml or places.yaml is missing or could not be read at all, its one
    /// error is enough: references to it are counted (`DiagnosticSink.unchecked`), not
    /// reported again in every network file.
    var peopleUnreadable = false
    var placesUnreadable = false
    /// Where the texts read are printed (`RuleSet.sourcePrint`), imported calendars among them.
    var sources: SourcePrint?

    var municipalityIDs: [String] { calendar.municipalities.map(\.id) }

    /// Reads an external .ics file named at `node`; its problems point into that file.
    func importCalendar(_ node: RuleNode, skipFree: Bool) -> [ImportedEvent]? {
        guard let name = node.text() else { return nil }
        let path = name.hasPrefix("/") ? name : (folder as NSString).appendingPathComponent(name)
        let years = calendar.period ?? 2020...2040
        let reader = CalendarImport(years: years, timeZone: TimeZone(identifier: calendar.timeZone) ?? .current,
                                    skipFree: skipFree)
        do {
            return try reader.read(path: path, sources: sources)
        } catch let failure as CalendarImport.Failure {
            if case .importNotFound = failure.message {
                node.error(failure.message)
            } else {
                node.sink.error(failure.message, at: SourceLocation(file: path, line: failure.line, column: 1))
            }
        } catch {
            node.error(.unreadableFile(path))
        }
        return nil
    }

    /// Whether a reference of `kind` cannot be checked because its file could not be read;
    /// then it is counted for the summary line instead of reported.
    func unchecked(_ kind: ReferenceKind, at node: RuleNode) -> Bool {
        guard kind == .person ? peopleUnreadable : placesUnreadable else { return false }
        node.sink.skipped(kind)
        return true
    }

    func checkPerson(_ id: String, at node: RuleNode) -> Bool {
        if people[id] != nil { return true }
        if unchecked(.person, at: node) { return true }
        node.error(.unknownReference(.person, id, suggestion: Suggestion.closest(to: id, in: people.keys)))
        return false
    }

    func checkMunicipality(_ id: String, at node: RuleNode) -> Bool {
        if calendar.municipalities.isEmpty || municipalityIDs.contains(id) { return true }
        node.error(.unknownReference(.municipality, id, suggestion: Suggestion.closest(to: id, in: municipalityIDs)))
        return false
    }

    /// A room: a place that is not only an online link.
    func checkRoom(_ id: String, at node: RuleNode) -> Bool {
        if unchecked(.place, at: node) { return true }
        guard let place = places[id] else {
            node.error(.unknownReference(.place, id, suggestion: Suggestion.closest(to: id, in: places.keys)))
            return false
        }
        if place.isOnline && place.address == nil {
            node.error(.placeIsOnlineOnly(id))
            return false
        }
        return true
    }

    func checkLink(_ id: String, at node: RuleNode) -> Bool {
        if unchecked(.place, at: node) { return true }
        guard let place = places[id] else {
            node.error(.unknownReference(.place, id, suggestion: Suggestion.closest(to: id, in: places.keys)))
            return false
        }
        if !place.isOnline {
            node.error(.placeHasNoLink(id))
            return false
        }
        return true
    }

    func municipalities(from node: RuleNode, network: String?) -> MunicipalitySet? {
        if let text = node.scalarText, text == "all" { return .all }
        if let text = node.scalarText, text == "true" {
            return network.map { .only([$0]) } ?? .all
        }
        guard let items = node.list() else { return nil }
        var ids: [String] = []
        for item in items {
            guard let id = item.text() else { continue }
            if checkMunicipality(id, at: item) { ids.append(id) }
        }
        return .only(ids)
    }
}

/// Shared by the network files' parsers on every core (`RuleLoader`): each parser's copy
/// gets its own `sources`, and nothing else in the context changes while they parse.
extension LoadContext: @unchecked Sendable {}
