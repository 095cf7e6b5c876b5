import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Rendering
import Rules
import Scheduling
import Storage

/// The workspace under `/workspace` (`WorkspacePaths`): signing in, the plan, a meeting
/// with its acts, the audit log and the documents. Every route is behind hummingbird-auth's
/// session middleware (sessions in `SessionStore`) and authenticator; every POST carries
/// the session's CSRF token (`FormMiddleware`); every act goes through `MeetingActs` (the
/// same checks as the commands), is logged with its actor, and is published before the
/// page answers.
public struct WorkspaceRoutes: Sendable {
    public let watcher: SiteWatcher
    public let database: ProjectDatabase
    public let sessions: SessionStore
    /// Cookies only over HTTPS (`Secure`), when the server is reached at an https address.
    public let secureCookies: Bool
    /// How long a session lasts after signing in.
    public static let sessionLength: Duration = .seconds(8 * 60 * 60)
    private let acts = ActQueue()
    private let pageCache = WorkspacePageCache()
    private let accounts: AccountCache

    public init(watcher: SiteWatcher, database: ProjectDatabase, sessions: SessionStore, secureCookies: Bool) {
        self.watcher = watcher
        self.database = database
        self.sessions = sessions
        self.secureCookies = secureCookies
        accounts = AccountCache(database: database, watcher: watcher)
    }

    private var defaultLanguage: Language { watcher.builder.language }

    /// - Parameter feedBase: the address subscribers reach the server at (empty: relative links).
    public func add(to router: Router<WorkspaceContext>, feedBase: @escaping @Sendable () -> String) {
        let database = self.database
        let cookie = SessionCookieParameters(name: "vuosikello_session", path: WorkspacePaths.root, secure: secureCookies,
                                             sameSite: .lax)
        let fallback = defaultLanguage
        let workspace = router.group(RouterPath(stringLiteral: WorkspacePaths.root))
            .add(middleware: WorkspaceHeadersMiddleware())
            .add(middleware: SessionMiddleware<WorkspaceContext>(
                storage: SessionDriver(store: sessions),
                configuration: .init(sessionCookieParameters: cookie, defaultSessionExpiration: Self.sessionLength)))
            .add(middleware: SessionAuthenticator(context: WorkspaceContext.self) { [accounts] (session: WorkspaceSession, _) in
                try session.account.flatMap { try accounts.account($0) }
            })
            .add(middleware: FormMiddleware { context in
                WorkspaceWords(language: context.language(default: fallback)).formExpired
            })
        workspace.get("signin") { request, context in try signInPage(request, context) }
        workspace.post("signin") { request, context in try await signIn(request, context) }
        workspace.post("language") { _, context in chooseLanguage(context) }

        let signedIn = workspace.group().add(middleware: SignInRequiredMiddleware())
        signedIn.post("signout") { _, context in
            context.sessions.clearSession()
            return WorkspaceResponses.redirect(WorkspacePaths.signIn)
        }
        signedIn.get("") { request, context in cached(request, context) { planPage(request, context, cacheKey: $0) } }
        signedIn.get("meetings/**") { request, context in
            try cached(request, context) {
                try meetingPage(key: context.parameters.getCatchAll().joined(separator: "/"), context,
                                done: request.uri.queryParameters["done"].map(String.init), cacheKey: $0)
            }
        }
        signedIn.post("move") { _, context in try await move(context) }
        signedIn.post("cancel") { _, context in try await cancel(context) }
        signedIn.post("restore") { _, context in try await restore(context) }
        signedIn.post("agenda/add") { _, context in try await changeAgenda(context, add: true) }
        signedIn.post("agenda/remove") { _, context in try await changeAgenda(context, add: false) }
        signedIn.get("audit") { _, context in try auditPage(context) }
        signedIn.get("month") { request, context in cached(request, context) { monthPage(request, context, cacheKey: $0) } }
        signedIn.get("accounts") { request, context in
            try coordinator(context) { try accountsPage(context, done: request.uri.queryParameters["done"].map(String.init)) }
        }
        signedIn.post("accounts") { _, context in try coordinator(context) { try saveAccount(context) } }
        signedIn.post("accounts/remove") { _, context in try coordinator(context) { try removeAccount(context) } }
        signedIn.get("minutes/**") { _, context in
            try minutesPage(key: context.parameters.getCatchAll().joined(separator: "/"), context)
        }
        signedIn.post("minutes") { _, context in try await recordMinutes(context) }
        signedIn.get("people/{id}") { request, context in
            try personPage(feedBase: feedBase(), try context.parameters.require("id"), context,
                           done: request.uri.queryParameters["done"].map(String.init))
        }
        signedIn.get("networks/{id}") { _, context in
            try networkPage(try context.parameters.require("id"), feedBase: feedBase(), context)
        }
        signedIn.get("actions") { request, context in try actionsPage(request, context) }
        signedIn.post("actions/close") { _, context in try await changeAction(context, close: true) }
        signedIn.post("actions/reopen") { _, context in try await changeAction(context, close: false) }
        signedIn.post("tokens/issue") { _, context in try await issueToken(context, feedBase: feedBase()) }
        signedIn.post("tokens/revoke") { _, context in try await revokeToken(context) }
        signedIn.get("rules") { _, context in try coordinator(context) { rulesPage(context) } }
        signedIn.get("rules/edit") { request, context in try coordinator(context) { try ruleEditPage(request, context) } }
        signedIn.post("rules/check") { _, context in try coordinator(context) { try ruleCheck(context) } }
        signedIn.post("rules/save") { _, context in try await coordinatorAsync(context) { try await ruleSave(context) } }
        signedIn.get("rules/new") { _, context in try coordinator(context) { newNetworkPage(context) } }
        signedIn.post("rules/new") { _, context in try coordinator(context) { try newNetwork(context) } }
        signedIn.get("document") { request, context in try document(request, context) }
    }

    // MARK: Signing in

    /// - Parameter back: where the language buttons return to (this page).
    /// - Parameter cacheKey: where to keep the page for the next same request (`pageKey`).
    private func render(_ page: WorkspaceRenderer.Page, _ values: [String: Any], _ context: WorkspaceContext,
                        status: HTTPResponse.Status = .ok, current: String? = nil,
                        back: String = WorkspacePaths.plan, cacheKey: String? = nil) -> Response {
        let language = context.language(default: defaultLanguage)
        let html = watcher.current.workspace.render(
            page, values.merging(["back": back]) { a, _ in a }, language: language, session: context.sessions.session,
            account: context.identity, current: current)
        if let cacheKey, status == .ok { pageCache.store(html, for: cacheKey, site: watcher.current.builtAt) }
        return WorkspaceResponses.html(html, status: status)
    }

    /// A signed-in page as it was rendered for the same request, account, language and
    /// session (its forms carry the session's token) from the same site; every act and
    /// every database change rebuilds the site, which empties the cache.
    private func pageKey(_ request: Request, _ context: WorkspaceContext) -> String {
        "\(request.uri)|\(context.identity.map { "\($0)" } ?? "")|\(context.language(default: defaultLanguage).rawValue)|"
            + (context.sessions.session?.csrf ?? "")
    }

    private func cached(_ request: Request, _ context: WorkspaceContext,
                        _ build: (String) throws -> Response) rethrows -> Response {
        let key = pageKey(request, context)
        if let html = pageCache.page(for: key, site: watcher.current.builtAt) { return WorkspaceResponses.html(html) }
        return try build(key)
    }

    private func message(_ text: String, _ context: WorkspaceContext, status: HTTPResponse.Status) -> Response {
        render(.message, ["title": text, "message": text], context, status: status)
    }

    private func words(_ context: WorkspaceContext) -> WorkspaceWords {
        WorkspaceWords(language: context.language(default: defaultLanguage))
    }

    /// Where to go after signing in: only a workspace page, never another site.
    private static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix(WorkspacePaths.root), !next.contains("//"), !next.contains("\\") else {
            return WorkspacePaths.plan
        }
        return next
    }

    private func signInPage(_ request: Request, _ context: WorkspaceContext, problem: String? = nil,
                            status: HTTPResponse.Status = .ok) throws -> Response {
        let next = Self.safeNext(request.uri.queryParameters["next"].map(String.init) ?? context.form["next"])
        if context.identity != nil { return WorkspaceResponses.redirect(next) }
        // The sign-in form has its CSRF token too: a session without an account.
        if context.sessions.session == nil {
            context.sessions.createSession(WorkspaceSession(), expiresIn: .seconds(60 * 60))
        }
        var values: [String: Any] = ["title": words(context).table["signIn"]!, "next": next,
                                     "accountValue": context.form["account"] ?? ""]
        values["problem"] = problem
        return render(.signIn, values, context, status: status,
                      back: WorkspacePaths.signIn + "?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
    }

    private func signIn(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let name = (context.form["account"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = context.form["password"] ?? ""
        let throttle = SignInThrottle(store: sessions)
        guard try throttle.allows(account: name, address: context.address) else {
            context.logger.notice("workspace sign-in throttled", metadata: ["account": .string(name)])
            return try signInPage(request, context, problem: words(context).throttled, status: .tooManyRequests)
        }
        let account = Account.isValidID(name) ? try database.account(name) : nil
        // Always one bcrypt verification, so an unknown name answers as slowly as a wrong password.
        let verified = Passwords.verify(password, hash: account?.passwordHash ?? Passwords.decoy)
        guard let account, verified else {
            try throttle.failed(account: name, address: context.address)
            context.logger.notice("workspace sign-in refused", metadata: ["account": .string(name)])
            return try signInPage(request, context, problem: words(context).wrongPassword)
        }
        try throttle.succeeded(account: name, address: context.address)
        // A new session id on signing in, so a session planted before it is worth nothing.
        let language = context.sessions.session?.language
        if let old = request.cookies["vuosikello_session"]?.value {
            try await SessionDriver(store: sessions).remove(key: "hbs." + old)
        }
        context.sessions.clearSession()
        context.sessions.createSession(WorkspaceSession(account: account.id, language: language), expiresIn: Self.sessionLength)
        context.logger.notice("workspace sign-in", metadata: ["account": .string(account.id)])
        return WorkspaceResponses.redirect(Self.safeNext(context.form["next"]))
    }

    private func chooseLanguage(_ context: WorkspaceContext) -> Response {
        if let code = context.form["language"], let language = Language(rawValue: code) {
            context.sessions.withLockedSession { $0?.language = language }
        }
        return WorkspaceResponses.redirect(Self.safeNext(context.form["back"]))
    }

    // MARK: Pages

    private func pages(_ context: WorkspaceContext) -> WorkspacePages {
        WorkspacePages(site: watcher.current, language: context.language(default: defaultLanguage),
                       account: context.identity!)
    }

    private func planPage(_ request: Request, _ context: WorkspaceContext, cacheKey: String? = nil) -> Response {
        var parameters: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { parameters[String(name)] = String(value) }
        let page = Int(parameters["page"] ?? "") ?? 1
        return render(.plan, pages(context).plan(PlanFilter(query: parameters), page: page), context, current: "plan",
                      cacheKey: cacheKey)
    }

    private func meetingPage(key: String, _ context: WorkspaceContext, done: String? = nil, problem: String? = nil,
                             asked: (date: String, time: String)? = nil, proposals: [MeetingActs.Slot]? = nil,
                             status: HTTPResponse.Status = .ok, cacheKey: String? = nil) throws -> Response {
        let site = watcher.current
        guard let meeting = site.plan.meeting(key) else { throw HTTPError(.notFound) }
        let acts = MeetingActs(rules: site.rules, plan: site.plan, database: database)
        let mayMove = context.identity!.mayAct(on: meeting.networkID) && meeting.day >= site.today
        let agenda = try documents(site, context).document(.agenda, for: meeting)
        let values = pages(context).meeting(
            meeting, agenda: agenda, extras: try database.agendaItems(key), proposals: proposals ?? (mayMove && !meeting.isCancelled ? acts.proposals(meeting) : []),
            history: try database.auditLog(target: key, limit: 50), stored: try database.overrides()[key],
            problem: problem, asked: asked, done: done.flatMap(words(context).done))
        return render(.meeting, values, context, status: status, back: WorkspacePaths.meeting(key), cacheKey: cacheKey)
    }

    private func monthPage(_ request: Request, _ context: WorkspaceContext, cacheKey: String? = nil) -> Response {
        let query = request.uri.queryParameters, today = watcher.current.today
        let year = query["year"].flatMap { Int(String($0)) }.map { min(max($0, 1900), 2200) } ?? today.year
        let month = query["month"].flatMap { Int(String($0)) }.map { min(max($0, 1), 12) } ?? today.month
        let network = query["network"].map(String.init).flatMap { watcher.current.rules.network($0)?.id }
        return render(.month, pages(context).month(year: year, month: month, network: network), context, current: "month",
                      back: WorkspacePaths.month(year: year, month: month, network: network), cacheKey: cacheKey)
    }

    private func auditPage(_ context: WorkspaceContext) throws -> Response {
        guard context.identity!.isCoordinator else { return message(words(context).coordinatorsOnly, context, status: .forbidden) }
        let pages = pages(context)
        let entries = try database.auditLog()
        return render(.audit, ["title": words(context).table["audit"]!, "hasEntries": !entries.isEmpty,
                               "entries": entries.map(pages.historyRow)], context, current: "audit",
                      back: WorkspacePaths.audit)
    }

    /// The meetings' documents in the page's language, with the open actions as they stand.
    private func documents(_ site: Site, _ context: WorkspaceContext) throws -> MeetingDocuments {
        MeetingDocuments(rules: site.rules, language: context.language(default: defaultLanguage), plan: site.plan,
                         actions: try database.actions(), templates: watcher.builder.templates)
    }

    /// An agenda draft or minutes template (md, html for printing, docx), made now from the
    /// current plan: for the signed-in only, since it names people.
    private func document(_ request: Request, _ context: WorkspaceContext) throws -> Response {
        let query = request.uri.queryParameters
        let site = watcher.current
        guard let key = query["key"].map(String.init), let meeting = site.plan.meeting(key),
              let kind = query["kind"].flatMap({ DocumentKind(rawValue: String($0)) }),
              let format = query["format"].flatMap({ DocumentFormat(rawValue: String($0)) }) else {
            throw HTTPError(.notFound)
        }
        let data = try documents(site, context).render(kind, for: meeting, format: format)
        let type: String
        switch format {
        case .md: type = "text/markdown; charset=utf-8"
        case .html: type = "text/html; charset=utf-8"
        case .docx: type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        }
        let name = DocumentPublisher.fileName(meeting, kind, format)
        return Response(status: .ok,
                        headers: [.contentType: type,
                                  // A printable document: its own styles inline, nothing else.
                                  .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'",
                                  .contentDisposition: (format == .html ? "inline" : "attachment") + "; filename=\"\(name)\""],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: Minutes

    /// The form for a meeting's minutes, for those who may act on its network.
    private func minutesForm(_ meeting: Meeting, site: Site, context: WorkspaceContext) throws
        -> (MinutesForm, MeetingDocument) {
        let template = try documents(site, context).document(.minutes, for: meeting)
        let form = MinutesForm(meeting: meeting, items: template.items, participants: meeting.attendees.map(\.personID),
                               people: Array(site.rules.people.keys))
        return (form, template)
    }

    private func minutesPage(key: String, _ context: WorkspaceContext, sent: FormFields? = nil,
                             problems: [String: MinutesForm.Problem] = [:],
                             status: HTTPResponse.Status = .ok) throws -> Response {
        let site = watcher.current
        guard let meeting = site.plan.meeting(key) else { throw HTTPError(.notFound) }
        guard context.identity!.mayAct(on: meeting.networkID) else { return message(words(context).forbidden, context, status: .forbidden) }
        let (form, template) = try minutesForm(meeting, site: site, context: context)
        let values = pages(context).minutes(meeting, form: form, template: template,
                                            recorded: try database.recordedMinutes(key), sent: sent, problems: problems)
        return render(.minutes, values, context, status: status, back: WorkspacePaths.minutes(key))
    }

    private func recordMinutes(_ context: WorkspaceContext) async throws -> Response {
        try await acting(context) {
            let (meeting, site) = try target(context)
            let (form, _) = try minutesForm(meeting, site: site, context: context)
            // The actions open now, and those an earlier version of these minutes closed.
            let closable = Set(try database.actions().compactMap(\.id))
                .union(try database.recordedMinutes(meeting.key)?.closed ?? [])
            let (minutes, problems) = form.read(context.form, openActions: closable)
            guard let minutes else {
                return try minutesPage(key: meeting.key, context, sent: context.form, problems: problems,
                                       status: .unprocessableContent)
            }
            let actor = context.identity!.id
            try await acts.perform(watcher) { _ in try database.record(minutes, by: actor) }
            return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key) + "?done=minutes")
        }
    }

    // MARK: People, networks, actions and feed links

    /// The coordinator manages everyone's feed link; anyone else only their own.
    private static func mayManageToken(of person: String, _ account: Account) -> Bool {
        account.isCoordinator || (account.personID ?? account.id) == person
    }

    private func personPage(feedBase: String, _ id: String, _ context: WorkspaceContext, done: String? = nil,
                            newLink: String? = nil) throws -> Response {
        let site = watcher.current
        guard site.rules.people[id] != nil else { throw HTTPError(.notFound) }
        let account = context.identity!
        let mayManage = Self.mayManageToken(of: id, account)
        let values = pages(context).person(id, actions: try database.actions(owner: id),
                                           token: mayManage ? try database.token(person: id) : nil, newLink: newLink,
                                           mayManageToken: mayManage, feedBase: feedBase, done: done.flatMap(words(context).done))
        let mine = (account.personID ?? account.id) == id
        return render(.person, values, context, current: mine ? "me" : nil, back: WorkspacePaths.person(id))
    }

    private func networkPage(_ id: String, feedBase: String, _ context: WorkspaceContext) throws -> Response {
        guard let network = watcher.current.rules.network(id) else { throw HTTPError(.notFound) }
        let values = pages(context).network(network, actions: try database.actions(network: id), feedBase: feedBase)
        return render(.network, values, context, back: WorkspacePaths.network(id))
    }

    private func actionsPage(_ request: Request, _ context: WorkspaceContext) throws -> Response {
        let showClosed = request.uri.queryParameters["closed"] != nil
        let values = pages(context).actions(try database.actions(includeClosed: showClosed), showClosed: showClosed)
        return render(.actions, values, context, current: "actions", back: WorkspacePaths.actions)
    }

    /// Closes or reopens an action: by those who act on its network, or its owner.
    private func changeAction(_ context: WorkspaceContext, close: Bool) async throws -> Response {
        guard let id = context.form["id"].flatMap(Int64.init), let action = try database.action(id) else {
            throw HTTPError(.notFound)
        }
        let account = context.identity!
        guard account.mayAct(on: action.network) || (account.personID ?? account.id) == action.owner else {
            return message(words(context).forbidden, context, status: .forbidden)
        }
        let note = context.form.text("note").map { String($0.prefix(500)) }
        try await acts.perform(watcher) { _ in
            close ? try database.closeAction(id, note: note, by: account.id) : try database.reopenAction(id, by: account.id)
        }
        let back = Self.safeNext(context.form["back"] ?? WorkspacePaths.actions)
        return WorkspaceResponses.redirect(back + (back.contains("?") ? "&" : "?") + "done=" + (close ? "closed" : "reopened"))
    }

    private func issueToken(_ context: WorkspaceContext, feedBase: String) async throws -> Response {
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

    private func revokeToken(_ context: WorkspaceContext) async throws -> Response {
        guard let person = context.form["person"], watcher.current.rules.people[person] != nil else { throw HTTPError(.notFound) }
        guard Self.mayManageToken(of: person, context.identity!) else {
            return message(words(context).forbidden, context, status: .forbidden)
        }
        let actor = context.identity!.id
        try await acts.perform(watcher) { _ in try database.revokeToken(person: person, by: actor) }
        return WorkspaceResponses.redirect(WorkspacePaths.person(person) + "?done=revoked")
    }

    // MARK: Rules

    private var editor: RuleEditor { RuleEditor(folder: watcher.builder.rulesFolder, database: database) }

    private func coordinator(_ context: WorkspaceContext, _ body: () throws -> Response) throws -> Response {
        guard context.identity!.isCoordinator else { return message(words(context).coordinatorsOnly, context, status: .forbidden) }
        return try body()
    }

    private func coordinatorAsync(_ context: WorkspaceContext, _ body: () async throws -> Response) async throws -> Response {
        guard context.identity!.isCoordinator else { return message(words(context).coordinatorsOnly, context, status: .forbidden) }
        return try await body()
    }

    private func rulesPage(_ context: WorkspaceContext) -> Response {
        render(.rules, pages(context).rules(files: editor.files()), context, current: "rules", back: WorkspacePaths.rules)
    }

    /// The editor page; with `checked`, the problems or the preview of what was sent.
    private func editorPage(_ file: String, text: String, base: String, _ context: WorkspaceContext,
                            checked: RuleLoader.Result? = nil, notice: String? = nil,
                            status: HTTPResponse.Status = .ok) throws -> Response {
        var diff: PlanDiff?
        if let rules = checked?.rules { diff = try editor.preview(rules, site: watcher.current).1 }
        let values = pages(context).ruleEditor(file: file, text: text, base: base, diagnostics: checked?.errors ?? [],
                                               diff: diff, versions: try database.ruleFileVersions(file), notice: notice,
                                               folder: watcher.builder.rulesFolder)
        return render(.ruleEditor, values, context, status: status, current: "rules", back: WorkspacePaths.editRule(file))
    }

    private func ruleEditPage(_ request: Request, _ context: WorkspaceContext) throws -> Response {
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
    private func sentEdit(_ context: WorkspaceContext) throws -> (file: String, text: String, base: String) {
        guard let file = context.form["file"], let text = context.form["text"], let base = context.form["base"],
              editor.isRuleFile(file, new: base == "new") else { throw HTTPError(.notFound) }
        // Browsers send textarea lines with CR LF.
        return (file, text.replacingOccurrences(of: "\r\n", with: "\n"), base)
    }

    private func ruleCheck(_ context: WorkspaceContext) throws -> Response {
        let (file, text, base) = try sentEdit(context)
        let result = editor.check(file, text: text)
        return try editorPage(file, text: text, base: base, context, checked: result,
                              status: result.rules == nil ? .unprocessableContent : .ok)
    }

    private func ruleSave(_ context: WorkspaceContext) async throws -> Response {
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
        return WorkspaceResponses.redirect(WorkspacePaths.editRule(file) + "&done=saved")
    }

    private func newNetworkPage(_ context: WorkspaceContext, sent: FormFields? = nil, problems: [String: String] = [:],
                                status: HTTPResponse.Status = .ok) -> Response {
        render(.newNetwork, pages(context).newNetwork(sent: sent, problems: problems), context, status: status,
               current: "rules", back: WorkspacePaths.newNetwork)
    }

    /// The short form written out as a network file, shown checked and previewed, to be saved like any edit.
    private func newNetwork(_ context: WorkspaceContext) throws -> Response {
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
        let text = starter.yaml(createdBy: context.identity!.id, on: site.today)
        let result = editor.check(starter.file, text: text)
        return try editorPage(starter.file, text: text, base: "new", context, checked: result,
                              status: result.rules == nil ? .unprocessableContent : .ok)
    }

    // MARK: Accounts

    private func accountsPage(_ context: WorkspaceContext, done: String? = nil, sent: FormFields? = nil,
                              problems: [String: String] = [:], status: HTTPResponse.Status = .ok) throws -> Response {
        var values = pages(context).accounts(try database.accounts(), sent: sent, problems: problems)
        values["done"] = done.flatMap(words(context).done)
        return render(.accounts, values, context, status: status, current: "accounts", back: WorkspacePaths.accounts)
    }

    /// Adds or changes an account, as `vuosikello user add` does.
    private func saveAccount(_ context: WorkspaceContext) throws -> Response {
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
        accounts.forget()
        return WorkspaceResponses.redirect(WorkspacePaths.accounts + "?done=account")
    }

    private func removeAccount(_ context: WorkspaceContext) throws -> Response {
        guard let id = context.form["id"], id != context.identity!.id else {
            return message(words(context).forbidden, context, status: .forbidden)
        }
        try database.removeAccount(id, by: context.identity!.id)
        accounts.forget()
        return WorkspaceResponses.redirect(WorkspacePaths.accounts + "?done=accountRemoved")
    }

    // MARK: Acts

    /// The meeting a form names, if the account may act on it; else the answer to give.
    private func target(_ context: WorkspaceContext) throws -> (Meeting, Site) {
        let site = watcher.current
        guard let key = context.form["key"], let meeting = site.plan.meeting(key) else { throw HTTPError(.notFound) }
        guard context.identity!.mayAct(on: meeting.networkID) else { throw Forbidden() }
        return (meeting, site)
    }

    private struct Forbidden: Error {}

    private func acting(_ context: WorkspaceContext, _ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch is Forbidden {
            return message(words(context).forbidden, context, status: .forbidden)
        }
    }

    private func move(_ context: WorkspaceContext) async throws -> Response {
        try await acting(context) {
            let (meeting, _) = try target(context)
            let words = words(context)
            // One click on a proposal sends `slot=YYYY-MM-DD HH:MM`; the picker sends date and time.
            let slot = context.form["slot"]?.split(separator: " ").map(String.init)
            let dateText = slot?.first ?? context.form.text("date") ?? ""
            let timeText = slot.flatMap { $0.count > 1 ? $0[1] : nil } ?? context.form.text("time") ?? meeting.start.description
            let asked = (date: dateText, time: timeText)
            guard let day = Day(iso: dateText) else {
                return try meetingPage(key: meeting.key, context, problem: words.invalidDate, asked: asked,
                                       status: .unprocessableContent)
            }
            guard let start = TimeOfDay(text: timeText) else {
                return try meetingPage(key: meeting.key, context, problem: words.invalidTime, asked: asked,
                                       status: .unprocessableContent)
            }
            let actor = context.identity!.id
            do {
                try await acts.perform(watcher) { site in
                    guard let current = site.plan.meeting(meeting.key) else { throw HTTPError(.notFound) }
                    try MeetingActs(rules: site.rules, plan: site.plan, database: database, actor: actor)
                        .move(current, to: day, start: start)
                }
            } catch MeetingActs.Refusal.blocked(let blockers, let nearby) {
                let language = context.language(default: defaultLanguage)
                return try meetingPage(key: meeting.key, context,
                                       problem: words.refused(blockers.map { ProblemMessage.describe($0, language) }),
                                       asked: asked, proposals: nearby, status: .unprocessableContent)
            } catch MeetingActs.Refusal.alreadyHeld(let held) {
                return try meetingPage(key: meeting.key, context, problem: words.alreadyHeld(held), status: .conflict)
            }
            return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key) + "?done=moved")
        }
    }

    /// Adds an item to one meeting's agenda, or removes one added before; not for a meeting that has happened.
    private func changeAgenda(_ context: WorkspaceContext, add: Bool) async throws -> Response {
        try await acting(context) {
            let (meeting, site) = try target(context)
            guard meeting.day >= site.today else {
                return try meetingPage(key: meeting.key, context, problem: words(context).alreadyHeld(meeting.day),
                                       status: .conflict)
            }
            let actor = context.identity!.id
            if add {
                guard let title = context.form.text("title").map({ String($0.prefix(300)) }) else {
                    return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key))
                }
                try await acts.perform(watcher) { _ in try database.addAgendaItem(title, to: meeting.key, by: actor) }
            } else {
                guard let id = context.form["id"].flatMap(Int64.init) else { throw HTTPError(.notFound) }
                try await acts.perform(watcher) { _ in try database.removeAgendaItem(id, from: meeting.key, by: actor) }
            }
            return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key) + "?done=" + (add ? "itemAdded" : "itemRemoved"))
        }
    }

    private func cancel(_ context: WorkspaceContext) async throws -> Response {
        try await acting(context) {
            let (meeting, _) = try target(context)
            let actor = context.identity!.id, reason = context.form.text("reason").map { String($0.prefix(500)) }
            do {
                try await acts.perform(watcher) { site in
                    try MeetingActs(rules: site.rules, plan: site.plan, database: database, actor: actor)
                        .cancel(key: meeting.key, meeting: site.plan.meeting(meeting.key), reason: reason)
                }
            } catch MeetingActs.Refusal.alreadyHeld(let held) {
                return try meetingPage(key: meeting.key, context, problem: words(context).alreadyHeld(held), status: .conflict)
            }
            return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key) + "?done=cancelled")
        }
    }

    private func restore(_ context: WorkspaceContext) async throws -> Response {
        try await acting(context) {
            let (meeting, _) = try target(context)
            let actor = context.identity!.id
            do {
                try await acts.perform(watcher) { site in
                    try MeetingActs.restore(key: meeting.key, database: database, today: site.today, actor: actor)
                }
            } catch MeetingActs.Refusal.alreadyHeld(let held) {
                return try meetingPage(key: meeting.key, context, problem: words(context).alreadyHeld(held), status: .conflict)
            }
            return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key) + "?done=restored")
        }
    }
}

/// Acts one at a time, each published before the next is checked: two people moving
/// meetings at once cannot both take the same free time.
final class ActQueue: Sendable {
    private let queue = DispatchQueue(label: "vuosikello.acts")

    /// Runs `act` on the current site, then rebuilds the site so feeds, wheels and pages show it.
    func perform<T: Sendable>(_ watcher: SiteWatcher, rulesWritten: Bool = false,
                              _ act: @escaping @Sendable (Site) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                do {
                    let result = try act(watcher.current)
                    _ = watcher.rebuildNow(rulesWritten: rulesWritten)
                    continuation.resume(returning: result)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}
