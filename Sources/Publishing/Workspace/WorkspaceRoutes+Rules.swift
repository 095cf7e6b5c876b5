import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Rendering
import Rules
import Scheduling
import Storage

/// Rule files edited in the browser, and new networks.
extension WorkspaceRoutes {
    // MARK: Rules

    var editor: RuleEditor { RuleEditor(folder: watcher.builder.rulesFolder, database: database) }

    /// The coordinator's pages and acts (rules, accounts, the audit log): anyone else gets 403.
    func coordinator(_ context: WorkspaceContext, _ body: () async throws -> Response) async throws -> Response {
        guard context.identity!.isCoordinator else { return message(words(context).coordinatorsOnly, context, status: .forbidden) }
        return try await body()
    }

    func rulesPage(_ context: WorkspaceContext) -> Response {
        render(.rules, pages(context).rules(files: editor.files()), context, current: "rules", back: WorkspacePaths.rules)
    }

    /// The editor page; with `checked`, the problems or the preview of what was sent.
    func editorPage(_ file: String, text: String, base: String, _ context: WorkspaceContext,
                    checked: RuleLoader.Result? = nil, notice: String? = nil,
                    status: HTTPResponse.Status = .ok) throws -> Response {
        var diff: PlanDiff?
        if let rules = checked?.rules { diff = try editor.preview(rules, site: watcher.current).1 }
        let values = pages(context).ruleEditor(file: file, text: text, base: base, diagnostics: checked?.errors ?? [],
                                               diff: diff, versions: try database.ruleFileVersions(file), notice: notice,
                                               folder: watcher.builder.rulesFolder)
        return render(.ruleEditor, values, context, status: status, current: "rules", back: WorkspacePaths.editRule(file))
    }

    func ruleEditPage(_ request: Request, _ context: WorkspaceContext) throws -> Response {
        guard let file = request.uri.queryParameters["file"].map(String.init), editor.isRuleFile(file),
              let current = editor.text(file) else { throw HTTPError(.notFound) }
        let done = request.uri.queryParameters["done"].flatMap { words(context).done(String($0)) }
        if let number = request.uri.queryParameters["version"].flatMap({ Int(String($0)) }) {
            guard let version = try database.ruleFileVersions(file).first(where: { $0.number == number }) else {
                throw HTTPError(.notFound)
            }
            return try editorPage(file, text: version.content, base: editor.base(file), context,
                                  notice: words(context).table["versionOpened"])
        }
        return try editorPage(file, text: current, base: editor.base(file), context, notice: done)
    }

    /// The sent file and text; a new network file only through the new-network form (base `new`).
    func sentEdit(_ context: WorkspaceContext) throws -> (file: String, text: String, base: String) {
        guard let file = context.form["file"], let text = context.form["text"], let base = context.form["base"],
              editor.isRuleFile(file, new: base == "new") else { throw HTTPError(.notFound) }
        // Browsers send textarea lines with CR LF.
        return (file, text.replacingOccurrences(of: "\r\n", with: "\n"), base)
    }

    func ruleCheck(_ context: WorkspaceContext) throws -> Response {
        let (file, text, base) = try sentEdit(context)
        let result = editor.check(file, text: text)
        return try editorPage(file, text: text, base: base, context, checked: result,
                              status: result.rules == nil ? .unprocessableContent : .ok)
    }

    func ruleSave(_ context: WorkspaceContext) async throws -> Response {
        let (file, text, base) = try sentEdit(context)
        let actor = context.identity!.id, editor = self.editor
        do {
            // Saved and published as one act, so no move is checked against rules about to change.
            try await acts.perform(watcher, rulesWritten: true) { _ in try editor.save(file, text: text, base: base, by: actor) }
        } catch RuleEditor.Refusal.invalid {
            return try editorPage(file, text: text, base: base, context, checked: editor.check(file, text: text),
                                  status: .unprocessableContent)
        } catch RuleEditor.Refusal.changedMeanwhile {
            return try editorPage(file, text: text, base: base, context, notice: words(context).table["changedMeanwhile"],
                                  status: .conflict)
        }
        return WorkspaceResponses.redirect(WorkspacePaths.editRule(file) + "&done=" + published("saved"))
    }

    func newNetworkPage(_ context: WorkspaceContext, sent: FormFields? = nil, problems: [String: String] = [:],
                        status: HTTPResponse.Status = .ok) -> Response {
        render(.newNetwork, pages(context).newNetwork(sent: sent, problems: problems), context, status: status,
               current: "rules", back: WorkspacePaths.newNetwork)
    }

    /// The short form written out as a network file, shown checked and previewed, to be saved like any edit.
    func newNetwork(_ context: WorkspaceContext) throws -> Response {
        let form = context.form, words = words(context), site = watcher.current
        let id = form.text("id") ?? ""
        var problems: [String: String] = [:]
        if !editor.isRuleFile("networks/\(id).yaml", new: true) || site.rules.network(id) != nil
            || editor.files().contains("networks/\(id).yaml") {
            problems["id"] = words.badNetwork("id")
        }
        if form.text("title") == nil { problems["title"] = words.badNetwork("title") }
        let convener = form["convener"] ?? ""
        if site.rules.people[convener] == nil { problems["convener"] = words.badNetwork("convener") }
        guard problems.isEmpty else { return newNetworkPage(context, sent: form, problems: problems, status: .unprocessableContent) }
        let starter = NetworkStarter(id: id, title: form.text("title")!, perYear: Int(form["perYear"] ?? "") ?? 4,
                                     mode: MeetingMode(rawValue: form["mode"] ?? "") ?? .remote, convener: convener,
                                     members: form.all("members").filter { site.rules.people[$0] != nil })
        let text = try starter.yaml(createdBy: context.identity!.id, on: site.today, templates: watcher.builder.templates,
                                                 folder: watcher.builder.rulesFolder)
        let result = editor.check(starter.file, text: text)
        return try editorPage(starter.file, text: text, base: "new", context, checked: result,
                              status: result.rules == nil ? .unprocessableContent : .ok)
    }
}
