import Foundation
import Rendering
import Rules
import Scheduling
import Storage

extension WorkspacePages {
    // MARK: A person

    /// - Parameters: their private feed link, shown once right after it was issued; whether the
    ///   reader may issue and revoke it (the coordinator, or the person themselves).
    func person(_ id: String, actions: [ActionItem], token: FeedTokenRecord?, newLink: String?, mayManageToken: Bool,
                done: String?) -> [String: Any] {
        let person = rules.people[id]
        let meetings = site.plan.meetings.filter { m in m.day >= site.today && m.attendees.contains { $0.personID == id } }
            .sorted(by: Meeting.chronological)
        let deadlines = site.plan.tasks.filter { $0.owners.contains(id) && $0.due >= site.today }.sorted { $0.due < $1.due }
        let networks = rules.networks.filter { $0.members.contains { $0.personID == id } }
        var context: [String: Any] = [
            "title": personLabel(id),
            // An organisation the rules date is named as it is today.
            "person": ["id": id, "title": person?.nameAndTitle(language) ?? "",
                       "organisation": person?.organisation.map { rules.calendar.name(of: $0, on: site.today)?.text(language) ?? $0 } ?? ""],
            "meetings": meetings.prefix(50).map(row),
            "hasMeetings": !meetings.isEmpty,
            "deadlines": deadlines.prefix(50).map { task -> [String: Any] in
                var entry: [String: Any] = ["title": task.title.text(language),
                                            "due": documentWords.day(task.due),
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
            "tokenIssued": token?.issuedAt.shownStamp ?? "",
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
        return context
    }

    func actionRow(_ action: ActionItem) -> [String: Any] {
        let due = Day(iso: action.due)
        var row: [String: Any] = [
            "id": action.id ?? 0, "what": action.what, "owner": personLabel(action.owner),
            "ownerHref": WorkspacePaths.person(action.owner),
            "due": due.map(documentWords.day) ?? action.due,
            "overdue": action.open && (due.map { $0 < site.today } ?? false),
            "open": action.open, "meetingHref": WorkspacePaths.meeting(action.meetingKey), "meetingKey": action.meetingKey,
            "network": rules.network(action.network)?.title.text(language) ?? action.network,
            "mayChange": account.mayAct(on: action.network) || account.person == action.owner,
        ]
        row["closedAt"] = action.closedAt?.shownStamp
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
            "publicFeed": feedBase + "/" + OutputPaths.site.networkFeed(network.id, isPublic: true),
            "wheel": "/wheel/\(language.rawValue)/\(network.id).svg",
            "mayAct": account.mayAct(on: network.id),
        ]
    }

    /// The open (and, when asked, closed) actions, for the actions page.
    func actions(_ actions: [ActionItem], showClosed: Bool) -> [String: Any] {
        ["title": words.table["actions"]!, "actions": actions.map(actionRow), "hasActions": !actions.isEmpty,
         "showClosed": showClosed]
    }
}
