import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// What each workspace page shows, as the templates' context: built from the current site
/// (rules, plan, today) and the stored state, in the reader's language.
struct WorkspacePages {
    let site: Site
    let language: Language
    let account: Account

    private var words: WorkspaceWords { WorkspaceWords(language: language) }
    private var documentWords: DocumentWords { DocumentWords(language: language, body: .workingGroup) }
    private var rules: RuleSet { site.rules }

    /// Rows on one page of the list: the national workload has thousands of meetings.
    static let pageSize = 200

    // MARK: The plan list

    func plan(_ filter: PlanFilter, page: Int) -> [String: Any] {
        var filter = filter
        let years = Set(site.plan.meetings.map(\.day.year)).sorted()
        // The current year by default; a search or "all years" looks through every year.
        if filter.year == nil && !filter.allYears && filter.query == nil {
            filter.year = years.contains(site.today.year) ? site.today.year : years.first
        }
        let meetings = filter.apply(site.plan.meetings, rules: rules, account: account)
        let pages = max(1, (meetings.count + Self.pageSize - 1) / Self.pageSize)
        let page = min(max(page, 1), pages)
        let shown = meetings.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
        var months: [[String: Any]] = []
        for meeting in shown {
            let heading = "\(Month.name(meeting.day.month, language)) \(meeting.day.year)"
            if months.last?["heading"] as? String != heading { months.append(["heading": heading, "meetings": [[String: Any]]()]) }
            var rows = months[months.count - 1]["meetings"] as! [[String: Any]]
            rows.append(row(meeting))
            months[months.count - 1]["meetings"] = rows
        }
        func options<T>(_ values: [(T, String)], selected: T?, id: (T) -> String) -> [[String: Any]] where T: Equatable {
            values.map { ["value": id($0.0), "label": $0.1, "selected": $0.0 == selected] }
        }
        var query = filterQuery(filter)
        func pageLink(_ n: Int) -> String { WorkspacePaths.plan + "?" + (query + ["page=\(n)"]).joined(separator: "&") }
        query = query.filter { !$0.hasPrefix("page=") }
        return [
            "title": words.table["plan"]!,
            "hasPages": pages > 1,
            "filter": [
                "networks": options(rules.networks.map { ($0.id, $0.title.text(language)) }, selected: filter.network) { $0 },
                "people": options(rules.people.keys.sorted().map { ($0, personLabel($0)) }, selected: filter.person) { $0 },
                "modes": options(MeetingMode.allCases.map { ($0, $0.name(language)) }, selected: filter.mode) { $0.rawValue },
                "statuses": options(MeetingStatus.allCases.map { ($0, words.status($0)) }, selected: filter.status) { $0.rawValue },
                "years": options(years.map { ($0, String($0)) }, selected: filter.year) { String($0) },
                "allYears": filter.year == nil,
                "mine": filter.mine,
                "q": filter.query ?? "",
            ],
            "count": words.count(meetings.count),
            "months": months,
            "empty": meetings.isEmpty,
            "pages": pages > 1 ? (1...pages).map { ["number": $0, "href": pageLink($0), "current": $0 == page] } : [],
        ]
    }

    private func filterQuery(_ filter: PlanFilter) -> [String] {
        var parts: [String] = []
        func add(_ name: String, _ value: String?) {
            if let value, let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) {
                parts.append("\(name)=\(encoded)")
            }
        }
        add("network", filter.network)
        add("person", filter.person)
        add("mode", filter.mode?.rawValue)
        add("status", filter.status?.rawValue)
        add("mine", filter.mine ? "1" : nil)
        add("q", filter.query)
        add("year", filter.year.map(String.init))
        return parts
    }

    private func row(_ meeting: Meeting) -> [String: Any] {
        [
            "href": WorkspacePaths.meeting(meeting.key),
            "key": meeting.key,
            "date": "\(meeting.day.weekday.abbreviation(language)) \(meeting.day.finnish)",
            "iso": meeting.day.iso,
            "time": "\(meeting.start.finnish)–\(meeting.end.finnish)",
            "network": rules.network(meeting.networkID)?.title.text(language) ?? meeting.networkID,
            "networkID": meeting.networkID,
            "title": meeting.subtitle?.text(language) ?? meeting.title.text(language),
            "mode": meeting.mode.name(language),
            "status": words.status(meeting.status),
            "statusClass": meeting.status.rawValue,
            "cancelled": meeting.isCancelled,
            "past": meeting.day < site.today,
        ]
    }

    private func personLabel(_ id: String) -> String {
        guard let person = rules.people[id] else { return id }
        return "\(id) – \(person.title.text(language))"
    }

    // MARK: A meeting

    /// - Parameters: the agenda as it stands (the same document the agenda draft is
    ///   rendered from); the proposals for a move; a refusal or problem to show by the form;
    ///   the values the form was sent with; a notice of what was just done.
    func meeting(_ meeting: Meeting, agenda: MeetingDocument, proposals: [MeetingActs.Slot], history: [AuditEntry],
                 stored: MeetingOverride?, problem: String? = nil, asked: (date: String, time: String)? = nil,
                 done: String? = nil) -> [String: Any] {
        let past = meeting.day < site.today
        let mayAct = account.mayAct(on: meeting.networkID) && !past
        func people(_ list: [MeetingDocument.Participant]) -> [[String: Any]] {
            list.map { ["label": $0.name, "id": $0.id, "roles": $0.roles, "optional": $0.optional] }
        }
        var roles: [[String: Any]] = []
        for (label, list) in [(documentWords.convener, agenda.conveners), (documentWords.chair, agenda.chairs),
                              (documentWords.secretary, agenda.secretaries)] where !list.isEmpty {
            roles.append(["role": label, "people": people(list)])
        }
        let documents: [[String: Any]] = DocumentKind.allCases.map { kind in
            [
                "label": words.table[kind == .agenda ? "agendaDraft" : "minutesTemplate"]!,
                "formats": DocumentFormat.allCases.map { format in
                    ["label": format.rawValue, "href": WorkspacePaths.document(meeting.key, kind, format)]
                },
            ]
        }
        var facts = row(meeting).merging([
            "heading": meeting.title.text(language),
            "when": documentWords.when(meeting.day, meeting.start, meeting.end),
        ]) { _, new in new }
        // Mustache shows a section for any string, empty or not: absent values are left out.
        facts["subtitle"] = meeting.subtitle?.text(language)
        facts["place"] = agenda.place
        facts["online"] = agenda.onlineURL
        var context: [String: Any] = [
            "title": "\(meeting.title.text(language)) \(meeting.day.finnish)",
            "meeting": facts,
            "roles": roles,
            "hasRoles": !roles.isEmpty,
            "attendees": people(agenda.participants),
            "agenda": agenda.items.map { item -> [String: Any] in
                ["number": item.number, "title": item.title, "notes": item.notes.map { ["text": $0] },
                 "hasActions": !item.actions.isEmpty,
                 "actions": item.actions.map { ["what": $0.what, "owner": $0.ownerName, "due": $0.due, "overdue": $0.overdue] }]
            },
            "documents": documents,
            "history": history.map(historyRow),
            "hasHistory": !history.isEmpty,
            "past": past,
            "mayAct": mayAct,
            "readOnly": !past && !mayAct,
            "isCancelled": meeting.isCancelled,
            "restorable": stored != nil && mayAct,
            "proposals": proposals.map { slot in
                ["date": slot.day.iso, "time": slot.start.description,
                 "label": documentWords.when(slot.day, slot.start,
                                             TimeOfDay(minutes: min(slot.start.minutes + meeting.end.minutes - meeting.start.minutes,
                                                                    24 * 60 - 1))!)]
            },
            "hasProposals": !proposals.isEmpty,
            "asked": ["date": asked?.date ?? meeting.day.iso, "time": asked?.time ?? meeting.start.description],
        ]
        context["problem"] = problem
        context["done"] = done
        return context
    }

    func historyRow(_ entry: AuditEntry) -> [String: Any] {
        var row: [String: Any] = ["at": entry.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC"),
         "actor": entry.actor, "action": words.action(entry.action), "target": entry.target,
         "before": words.state(entry.before), "after": words.state(entry.after)]
        if [.moved, .cancelled, .restored].contains(entry.action) { row["targetHref"] = WorkspacePaths.meeting(entry.target) }
        return row
    }
}
