import Foundation
import Rendering
import Rules
import Scheduling
import Storage

extension WorkspacePages {
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
                "hasQuery": filter.query != nil,
            ],
            "count": words.count(meetings.count),
            "months": months,
            "empty": meetings.isEmpty,
            "pages": pages > 1 ? (1...pages).map { ["number": $0, "href": pageLink($0), "current": $0 == page] } : [],
        ]
    }

    func filterQuery(_ filter: PlanFilter) -> [String] {
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

    func row(_ meeting: Meeting) -> [String: Any] {
        [
            "networkHref": WorkspacePaths.network(meeting.networkID),
            "href": WorkspacePaths.meeting(meeting.key),
            "key": meeting.key,
            "date": documentWords.day(meeting.day),
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

    func personLabel(_ id: String) -> String {
        guard let person = rules.people[id] else { return id }
        return "\(person.nameAndTitle(language)) (\(id))"
    }
}
