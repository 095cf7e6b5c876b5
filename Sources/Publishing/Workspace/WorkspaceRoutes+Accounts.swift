import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Rendering
import Rules
import Scheduling
import Storage

/// Accounts, for the coordinator.
extension WorkspaceRoutes {
    // MARK: Accounts

    func accountsPage(_ context: WorkspaceContext, done: String? = nil, sent: FormFields? = nil,
                      problems: [String: String] = [:], status: HTTPResponse.Status = .ok) throws -> Response {
        var values = pages(context).accounts(try database.accounts(), sent: sent, problems: problems)
        values["done"] = done.flatMap(words(context).done)
        return render(.accounts, values, context, status: status, current: "accounts", back: WorkspacePaths.accounts)
    }

    /// Adds or changes an account, as `vuosikello user add` does.
    func saveAccount(_ context: WorkspaceContext) throws -> Response {
        let form = context.form, words = words(context), rules = watcher.current.rules
        let id = form.text("id") ?? ""
        let role = Account.Role(rawValue: form["role"] ?? "") ?? .chair
        let networks = form.all("networks").filter { rules.network($0) != nil }
        let password = form["password"] ?? ""
        var problems: [String: String] = [:]
        if !Account.isValidID(id) { problems["id"] = words.accountProblem("id") }
        if role != .coordinator && networks.isEmpty { problems["networks"] = words.accountProblem("networks") }
        if password.count < Passwords.minimumLength { problems["password"] = words.accountProblem("password") }
        else if password != form["passwordAgain"] { problems["passwordAgain"] = words.accountProblem("passwordAgain") }
        guard problems.isEmpty else {
            return try accountsPage(context, sent: form, problems: problems, status: .unprocessableContent)
        }
        let person = form["person"].flatMap { rules.people[$0] != nil ? $0 : nil } ?? (rules.people[id] != nil ? id : nil)
        try database.save(Account(id: id, role: role, networks: role == .coordinator ? [] : networks, personID: person,
                                  passwordHash: Passwords.hash(password),
                                  createdAt: ISO8601DateFormatter().string(from: Date())),
                          by: context.identity!.id)
        accountCache.removeAll()
        return WorkspaceResponses.redirect(WorkspacePaths.accounts + "?done=account")
    }

    func removeAccount(_ context: WorkspaceContext) throws -> Response {
        guard let id = context.form["id"], id != context.identity!.id else {
            return message(words(context).forbidden, context, status: .forbidden)
        }
        try database.removeAccount(id, by: context.identity!.id)
        accountCache.removeAll()
        return WorkspaceResponses.redirect(WorkspacePaths.accounts + "?done=accountRemoved")
    }
}
