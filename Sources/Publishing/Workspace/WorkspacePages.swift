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
                "hasQuery": filter.query != nil,
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
            "networkHref": WorkspacePaths.network(meeting.networkID),
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

    func personLabel(_ id: String) -> String {
        guard let person = rules.people[id] else { return id }
        return "\(id) – \(person.title.text(language))"
    }

    // MARK: The month grid

    /// One month as weeks from Monday to Sunday, each day with its meetings (the filter's
    /// network only, when given), and the months before and after.
    func month(year: Int, month: Int, network: String?) -> [String: Any] {
        let first = Day.firstOf(month: month, year: year), last = Day.lastOf(month: month, year: year)
        let start = first.adding(days: -(first.weekday.rawValue - 1))
        let end = last.adding(days: 7 - last.weekday.rawValue)
        let meetings = Dictionary(grouping: site.plan.meetings.filter { m in
            m.day >= start && m.day <= end && (network == nil || m.networkID == network)
        }, by: \.day)
        var weeks: [[String: Any]] = []
        var day = start
        while day <= end {
            var cells: [[String: Any]] = []
            for _ in 0..<7 {
                let list = (meetings[day] ?? []).sorted(by: Meeting.chronological)
                cells.append([
                    "day": day.day, "label": "\(day.weekday.abbreviation(language)) \(day.finnish)",
                    "outside": day.month != month, "today": day == site.today, "empty": list.isEmpty,
                    "meetings": list.map { m in
                        ["href": WorkspacePaths.meeting(m.key), "time": m.start.finnish,
                         "title": rules.network(m.networkID)?.title.text(language) ?? m.networkID,
                         "cancelled": m.isCancelled, "status": words.status(m.status)]
                    },
                ])
                day = day.adding(days: 1)
            }
            weeks.append(["cells": cells])
        }
        func link(_ y: Int, _ m: Int) -> [String: Any] {
            let (yy, mm) = m < 1 ? (y - 1, 12) : m > 12 ? (y + 1, 1) : (y, m)
            return ["href": WorkspacePaths.month(year: yy, month: mm, network: network),
                    "label": "\(Month.name(mm, language)) \(yy)"]
        }
        let heading = "\(Month.name(month, language)) \(year)"
        return [
            "title": heading, "heading": heading,
            "weekdays": Weekday.allCases.map { ["name": $0.abbreviation(language)] },
            "weeks": weeks, "previous": link(year, month - 1), "next": link(year, month + 1),
            "networks": rules.networks.map { ["value": $0.id, "label": $0.title.text(language), "selected": $0.id == network] },
            "year": year, "month": month,
        ]
    }

    // MARK: A meeting

    /// - Parameters: the agenda as it stands (the same document the agenda draft is
    ///   rendered from); the proposals for a move; a refusal or problem to show by the form;
    ///   the values the form was sent with; a notice of what was just done.
    func meeting(_ meeting: Meeting, agenda: MeetingDocument, extras: [ExtraAgendaItem], proposals: [MeetingActs.Slot],
                 history: [AuditEntry], stored: MeetingOverride?, problem: String? = nil,
                 asked: (date: String, time: String)? = nil, done: String? = nil) -> [String: Any] {
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
            "mayRecord": account.mayAct(on: meeting.networkID),
            "minutesHref": WorkspacePaths.minutes(meeting.key),
            "proposals": proposals.map { slot in
                ["date": slot.day.iso, "time": slot.start.description,
                 "label": documentWords.when(slot.day, slot.start,
                                             TimeOfDay(minutes: min(slot.start.minutes + meeting.end.minutes - meeting.start.minutes,
                                                                    24 * 60 - 1))!)]
            },
            "hasProposals": !proposals.isEmpty,
            "extras": extras.map { ["id": $0.id ?? 0, "title": $0.title, "by": $0.addedBy] },
            "hasExtras": !extras.isEmpty,
            "asked": ["date": asked?.date ?? meeting.day.iso, "time": asked?.time ?? meeting.start.description],
        ]
        context["problem"] = problem
        context["done"] = done
        return context
    }

    // MARK: A person

    /// - Parameters: their private feed link, shown once right after it was issued; whether the
    ///   reader may issue and revoke it (the coordinator, or the person themselves).
    func person(_ id: String, actions: [ActionItem], token: FeedTokenRecord?, newLink: String?, mayManageToken: Bool,
                feedBase: String, done: String?) -> [String: Any] {
        let person = rules.people[id]
        let meetings = site.plan.meetings.filter { m in m.day >= site.today && m.attendees.contains { $0.personID == id } }
            .sorted(by: Meeting.chronological)
        let deadlines = site.plan.tasks.filter { $0.owners.contains(id) && $0.due >= site.today }.sorted { $0.due < $1.due }
        let networks = rules.networks.filter { $0.members.contains { $0.personID == id } }
        var context: [String: Any] = [
            "title": personLabel(id),
            "person": ["id": id, "title": person?.title.text(language) ?? "", "organisation": person?.organisation ?? ""],
            "meetings": meetings.prefix(50).map(row),
            "hasMeetings": !meetings.isEmpty,
            "deadlines": deadlines.prefix(50).map { task -> [String: Any] in
                var entry: [String: Any] = ["title": task.title.text(language),
                                            "due": "\(task.due.weekday.abbreviation(language)) \(task.due.finnish)",
                                            "network": rules.network(task.networkID)?.title.text(language) ?? task.networkID]
                if let key = task.meetingKey { entry["href"] = WorkspacePaths.meeting(key) }
                return entry
            },
            "hasDeadlines": !deadlines.isEmpty,
            "networks": networks.map { ["href": WorkspacePaths.network($0.id), "title": $0.title.text(language)] },
            "actions": actions.map(actionRow),
            "hasActions": !actions.isEmpty,
            "mayManageToken": mayManageToken,
            "hasToken": token != nil,
            "tokenIssued": token?.issuedAt.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC") ?? "",
            "back": WorkspacePaths.person(id),
        ]
        if let newLink {
            context["newLinks"] = [["id": "feed-person", "label": words.table["personalFeed"]!, "href": newLink]]
                + networks.map { network in
                    ["id": "feed-\(network.id)", "label": network.title.text(language),
                     "href": newLink.replacingOccurrences(of: "/feeds/people/\(id).ics", with: "/feeds/\(network.id).ics")]
                }
        }
        context["done"] = done
        _ = feedBase
        return context
    }

    func actionRow(_ action: ActionItem) -> [String: Any] {
        let due = Day(iso: action.due)
        var row: [String: Any] = [
            "id": action.id ?? 0, "what": action.what, "owner": personLabel(action.owner),
            "ownerHref": WorkspacePaths.person(action.owner),
            "due": due.map { "\($0.weekday.abbreviation(language)) \($0.finnish)" } ?? action.due,
            "overdue": action.open && (due.map { $0 < site.today } ?? false),
            "open": action.open, "meetingHref": WorkspacePaths.meeting(action.meetingKey), "meetingKey": action.meetingKey,
            "network": rules.network(action.network)?.title.text(language) ?? action.network,
            "mayChange": account.mayAct(on: action.network) || (account.personID ?? account.id) == action.owner,
        ]
        row["closedAt"] = action.closedAt?.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
        return row
    }

    // MARK: A network

    func network(_ network: Network, actions: [ActionItem], feedBase: String) -> [String: Any] {
        let meetings = site.plan.meetings(of: network.id).sorted(by: Meeting.chronological)
        let members = network.members.map { member -> [String: Any] in
            ["label": personLabel(member.personID), "href": WorkspacePaths.person(member.personID),
             "roles": member.roles.map { $0.name(language) }.joined(separator: ", ")]
        }
        return [
            "title": network.title.text(language),
            "network": ["id": network.id, "title": network.title.text(language),
                        "description": network.description?.text(language) ?? "",
                        "municipality": network.municipality ?? ""],
            "members": members,
            "meetings": meetings.map(row),
            "hasMeetings": !meetings.isEmpty,
            "actions": actions.map(actionRow),
            "hasActions": !actions.isEmpty,
            "publicFeed": feedBase + "/feeds/public/\(network.id).ics",
            "wheel": "/wheel/\(language.rawValue)/\(network.id).svg",
            "mayAct": account.mayAct(on: network.id),
        ]
    }

    /// The open (and, when asked, closed) actions, for the actions page.
    func actions(_ actions: [ActionItem], showClosed: Bool) -> [String: Any] {
        ["title": words.table["actions"]!, "actions": actions.map(actionRow), "hasActions": !actions.isEmpty,
         "showClosed": showClosed]
    }

    // MARK: Minutes

    /// The minutes form, filled from what is recorded (or from what was just sent, with its problems).
    func minutes(_ meeting: Meeting, form minutesForm: MinutesForm, template: MeetingDocument,
                 recorded: RecordedMinutes?, sent: FormFields?, problems: [String: MinutesForm.Problem]) -> [String: Any] {
        func value(_ name: String, _ stored: String?) -> String { sent?[name] ?? stored ?? "" }
        let attendance = minutesForm.participants.map { person -> [String: Any] in
            let stored = recorded?.attendance.first { $0.personID == person }
            let chosen = sent?["attendance-\(person)"] ?? stored?.status.rawValue ?? "present"
            return [
                "person": person, "label": personLabel(person), "field": "attendance-\(person)",
                "options": RecordedMinutes.Attendance.Status.allCases.map { status in
                    ["value": status.rawValue, "label": words.table[status.rawValue]!, "checked": status.rawValue == chosen,
                     "id": "attendance-\(person)-\(status.rawValue)"]
                },
                "substituteField": "substitute-\(person)",
                "substituteValue": value("substitute-\(person)", stored?.substitute),
            ]
        }
        let itemOptions = { (selected: Int?) in
            template.items.map { ["value": $0.number, "label": "\($0.number). \($0.title)", "selected": $0.number == selected] }
        }
        let stored = recorded?.actions ?? []
        let rows = stored.count + MinutesForm.spareActionRows
        let people = rules.people.keys.sorted()
        let actionRows = (0..<rows).map { row -> [String: Any] in
            let action = row < stored.count ? stored[row] : nil
            let owner = value("action-owner-\(row)", action?.owner)
            var entry: [String: Any] = [
                "row": row, "number": row + 1,
                "what": value("action-what-\(row)", action?.what), "due": value("action-due-\(row)", action?.due),
                "owners": people.map { ["value": $0, "label": personLabel($0), "selected": $0 == owner] },
                "items": itemOptions(Int(value("action-item-\(row)", action.map { String($0.itemNumber) }))
                    ?? template.items.last { $0.role == .otherBusiness }?.number),
            ]
            for field in ["what", "owner", "due"] {
                if let problem = problems["action-\(field)-\(row)"] { entry[field + "Problem"] = words.minutesProblem(problem) }
            }
            return entry
        }
        let closed = Set(sent.map { $0.all("close").compactMap(Int64.init) } ?? recorded?.closed ?? [])
        let open = template.items.flatMap(\.actions).map { action -> [String: Any] in
            ["id": action.id, "what": action.what, "owner": action.ownerName, "due": action.due,
             "checked": closed.contains(action.id)]
        }
        var context: [String: Any] = [
            "title": "\(words.table["minutes"]!): \(meeting.title.text(language)) \(meeting.day.finnish)",
            "meeting": row(meeting).merging(["heading": meeting.title.text(language),
                                             "when": documentWords.when(meeting.day, meeting.start, meeting.end)]) { _, new in new },
            "recorded": recorded != nil,
            "attendance": attendance,
            "items": template.items.map { item in
                ["number": item.number, "title": item.title, "field": "decision-\(item.number)",
                 "value": value("decision-\(item.number)", recorded?.decisions.first { $0.itemNumber == item.number }?.text)]
            },
            "actionRows": actionRows,
            "rowCount": rows,
            "openActions": open,
            "hasOpenActions": !open.isEmpty,
        ]
        context["problem"] = problems["attendance"].map(words.minutesProblem)
            ?? (problems.isEmpty ? nil : words.table["fixBelow"])
        return context
    }

    // MARK: Rules

    func rules(files: [String]) -> [String: Any] {
        ["title": words.table["rules"]!,
         "files": files.map { ["file": $0, "href": WorkspacePaths.editRule($0)] },
         "newHref": WorkspacePaths.newNetwork]
    }

    /// The editor: the text, its problems (by line and column, in this language), the
    /// preview of a valid edit with the button that saves it, and the kept versions.
    func ruleEditor(file: String, text: String, base: String, diagnostics: [Diagnostic], diff: PlanDiff?,
                    versions: [RuleFileVersion], notice: String?, folder: String) -> [String: Any] {
        let marked = Set(diagnostics.compactMap { $0.location?.line })
        let prefix = (folder as NSString).standardizingPath + "/"
        let diffText = PlanDiffText(rules: rules, language: language)
        var context: [String: Any] = [
            "title": "\(words.table["rules"]!): \(file)",
            "file": file, "text": text, "base": base,
            "lines": text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                ["number": index + 1, "text": String(line), "marked": marked.contains(index + 1)]
            },
            "hasProblems": !diagnostics.isEmpty,
            "problems": diagnostics.map { diagnostic -> [String: Any] in
                var entry: [String: Any] = ["message": diagnostic.message.text(language)]
                if let location = diagnostic.location {
                    let path = (location.file as NSString).standardizingPath
                    entry["where"] = (path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : location.file)
                        + ", \(words.table["line"]!) \(location.line), \(words.table["column"]!) \(location.column)"
                    entry["line"] = location.line
                }
                return entry
            },
            "versions": versions.map { version in
                ["number": version.number, "at": version.replacedAt.replacingOccurrences(of: "T", with: " ")
                    .replacingOccurrences(of: "Z", with: " UTC"),
                 "by": version.replacedBy, "href": WorkspacePaths.editRule(file, version: version.number)]
            },
            "hasVersions": !versions.isEmpty,
        ]
        if let diff {
            context["preview"] = [
                "summary": diffText.summary(diff),
                "rows": diffText.rows(diff).map { row in
                    ["what": row.what, "key": row.key, "network": row.network, "before": row.before ?? "–",
                     "after": row.after ?? "–", "kind": row.kind.rawValue]
                },
                "hasRows": !diff.isEmpty,
            ]
        }
        context["notice"] = notice
        return context
    }

    /// The short form for a new network, with what was sent and its problems.
    func newNetwork(sent: FormFields?, problems: [String: String]) -> [String: Any] {
        let people = rules.people.keys.sorted()
        let members = Set(sent?.all("members") ?? [])
        var context: [String: Any] = [
            "title": words.table["newNetwork"]!,
            "id": sent?["id"] ?? "", "networkTitle": sent?["title"] ?? "",
            "cadences": NetworkStarter.cadences.map { ["value": $0, "selected": String($0) == (sent?["perYear"] ?? "4")] },
            "modes": MeetingMode.allCases.map { ["value": $0.rawValue, "label": $0.name(language),
                                                 "selected": $0.rawValue == (sent?["mode"] ?? "remote")] },
            "conveners": people.map { ["value": $0, "label": personLabel($0), "selected": $0 == sent?["convener"]] },
            "members": people.map { ["value": $0, "label": personLabel($0), "checked": members.contains($0),
                                     "id": "member-\($0)"] },
        ]
        for (field, problem) in problems { context[field + "Problem"] = problem }
        return context
    }

    // MARK: Accounts

    func accounts(_ accounts: [Account], sent: FormFields?, problems: [String: String]) -> [String: Any] {
        let chosen = Set(sent?.all("networks") ?? [])
        var context: [String: Any] = [
            "title": words.table["accounts"]!,
            "accounts": accounts.map { account in
                ["id": account.id, "role": words.role(account.role),
                 "networks": account.networks.map { rules.network($0)?.title.text(language) ?? $0 }.joined(separator: ", "),
                 "person": account.personID.map(personLabel) ?? "–", "self": account.id == self.account.id]
            },
            "newID": sent?["id"] ?? "",
            "roles": Account.Role.allCases.map { ["value": $0.rawValue, "label": words.role($0),
                                                  "selected": $0.rawValue == (sent?["role"] ?? "chair")] },
            "networkChoices": rules.networks.map { ["value": $0.id, "label": $0.title.text(language),
                                                    "checked": chosen.contains($0.id), "id": "network-\($0.id)"] },
            "people": rules.people.keys.sorted().map { ["value": $0, "label": personLabel($0), "selected": $0 == sent?["person"]] },
        ]
        for (field, problem) in problems { context[field + "Problem"] = problem }
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
