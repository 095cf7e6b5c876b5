import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Rendering
import Rules
import Scheduling
import Storage

/// People, networks, actions and personal feed links.
extension WorkspaceRoutes {
    // MARK: People, networks, actions and feed links

    /// The coordinator manages everyone's feed link; anyone else only their own.
    static func mayManageToken(of person: String, _ account: Account) -> Bool {
        account.isCoordinator || account.person == person
    }

    func personPage(feedBase: String, _ id: String, _ context: WorkspaceContext, done: String? = nil,
                    newLink: String? = nil) throws -> Response {
        let site = watcher.current
        guard site.rules.people[id] != nil else { throw HTTPError(.notFound) }
        let account = context.identity!
        let mayManage = Self.mayManageToken(of: id, account)
        let values = pages(context).person(id, actions: try database.actions(owner: id),
                                           token: mayManage ? try database.token(person: id) : nil, newLink: newLink,
                                           mayManageToken: mayManage, done: done.flatMap(words(context).done))
        let mine = account.person == id
        return render(.person, values, context, current: mine ? "me" : nil, back: WorkspacePaths.person(id))
    }

    func networkPage(_ id: String, feedBase: String, _ context: WorkspaceContext) throws -> Response {
        guard let network = watcher.current.rules.network(id) else { throw HTTPError(.notFound) }
        let values = pages(context).network(network, actions: try database.actions(network: id), feedBase: feedBase)
        return render(.network, values, context, back: WorkspacePaths.network(id))
    }

    func actionsPage(_ request: Request, _ context: WorkspaceContext) throws -> Response {
        let showClosed = request.uri.queryParameters["closed"] != nil
        let values = pages(context).actions(try database.actions(includeClosed: showClosed), showClosed: showClosed)
        return render(.actions, values, context, current: "actions", back: WorkspacePaths.actions)
    }

    /// Closes or reopens an action: by those who act on its network, or its owner.
    func changeAction(_ context: WorkspaceContext, close: Bool) async throws -> Response {
        guard let id = context.form["id"].flatMap(Int64.init), let action = try database.action(id) else {
            throw HTTPError(.notFound)
        }
        let account = context.identity!
        guard account.mayAct(on: action.network) || account.person == action.owner else {
            return message(words(context).forbidden, context, status: .forbidden)
        }
        let note = context.form.text("note").map { String($0.prefix(500)) }
        try await acts.perform(watcher) { _ in
            close ? try database.closeAction(id, note: note, by: account.id) : try database.reopenAction(id, by: account.id)
        }
        let back = Self.safeNext(context.form["back"] ?? WorkspacePaths.actions)
        return WorkspaceResponses.redirect(back + (back.contains("?") ? "&" : "?") + "done=" + (close ? "closed" : "reopened"))
    }

    func issueToken(_ context: WorkspaceContext, feedBase: String) async throws -> Response {
        guard let person = context.form["person"], watcher.current.rules.people[person] != nil else { throw HTTPError(.notFound) }
        guard Self.mayManageToken(of: person, context.identity!) else {
            return message(words(context).forbidden, context, status: .forbidden)
        }
        let token = FeedToken.generate()
        let actor = context.identity!.id
        try await acts.perform(watcher) { _ in
            try database.saveToken(person: person, hash: FeedToken.storedHash(token), by: actor)
        }
        // Shown once, in this answer only: the database keeps the hash.
        return try personPage(feedBase: feedBase, person, context, done: "issued",
                              newLink: feedBase + "/private/\(token)/feeds/people/\(person).ics")
    }

    func revokeToken(_ context: WorkspaceContext) async throws -> Response {
        guard let person = context.form["person"], watcher.current.rules.people[person] != nil else { throw HTTPError(.notFound) }
        guard Self.mayManageToken(of: person, context.identity!) else {
            return message(words(context).forbidden, context, status: .forbidden)
        }
        let actor = context.identity!.id
        try await acts.perform(watcher) { _ in try database.revokeToken(person: person, by: actor) }
        return WorkspaceResponses.redirect(WorkspacePaths.person(person) + "?done=revoked")
    }
}
