import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Rendering
import Rules
import Scheduling
import Storage

/// Signing in and out, the language, and how every page is rendered and kept.
extension WorkspaceRoutes {
    // MARK: Signing in

    /// - Parameter back: where the language buttons return to (this page).
    /// - Parameter cacheKey: where to keep the page for the next same request (`pageKey`).
    func render(_ page: WorkspaceRenderer.Page, _ values: [String: Any], _ context: WorkspaceContext,
                status: HTTPResponse.Status = .ok, current: String? = nil,
                back: String = WorkspacePaths.plan, cacheKey: String? = nil) -> Response {
        let language = context.language(default: defaultLanguage)
        let html = watcher.current.workspace.render(
            page, values.merging(["back": back]) { a, _ in a }, language: language, session: context.sessions.session,
            account: context.identity, current: current)
        let body = ByteBuffer(string: html)
        if let cacheKey, status == .ok { pageCache.store(body, for: cacheKey, site: watcher.current.builtAt) }
        return WorkspaceResponses.html(body, status: status)
    }

    /// A signed-in page as it was rendered for the same request, account, language and
    /// session (its forms carry the session's token) from the same site; every act and
    /// every database change rebuilds the site, which empties the cache.
    func pageKey(_ request: Request, _ context: WorkspaceContext) -> String {
        // The site in the key too: a page rendered from a site that was replaced meanwhile is never found.
        // The account by what pages show of it (a printed struct went through reflection: a
        // tenth of a cached page's time).
        let account = context.identity.map { "\($0.id) \($0.role.rawValue) \($0.networks.joined(separator: ",")) \($0.personID ?? "")" }
        return "\(watcher.current.builtAt.timeIntervalSince1970)|\(request.uri.description)|\(account ?? "")|"
            + "\(context.language(default: defaultLanguage).rawValue)|" + (context.sessions.session?.csrf ?? "")
    }

    func cached(_ request: Request, _ context: WorkspaceContext,
                _ build: (String) throws -> Response) rethrows -> Response {
        let key = pageKey(request, context)
        if let body = pageCache.value(for: key, site: watcher.current.builtAt) { return WorkspaceResponses.html(body) }
        return try build(key)
    }

    func message(_ text: String, _ context: WorkspaceContext, status: HTTPResponse.Status) -> Response {
        render(.message, ["title": text, "message": text], context, status: status)
    }

    func words(_ context: WorkspaceContext) -> WorkspaceWords {
        WorkspaceWords(language: context.language(default: defaultLanguage))
    }

    /// Where to go after signing in: only a workspace page, never another site.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix(WorkspacePaths.root), !next.contains("//"), !next.contains("\\") else {
            return WorkspacePaths.plan
        }
        return next
    }

    func signInPage(_ request: Request, _ context: WorkspaceContext, problem: String? = nil,
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

    func signIn(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
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
        if let old = request.cookies[Self.cookieName]?.value {
            try await SessionDriver(store: sessions).remove(key: Self.sessionKeyPrefix + old)
        }
        context.sessions.clearSession()
        context.sessions.createSession(WorkspaceSession(account: account.id, language: language,
                                                              lastSeen: Date().timeIntervalSince1970),
                                             expiresIn: Self.sessionLength)
        context.logger.notice("workspace sign-in", metadata: ["account": .string(account.id)])
        return WorkspaceResponses.redirect(Self.safeNext(context.form["next"]))
    }

    func chooseLanguage(_ context: WorkspaceContext) -> Response {
        if let code = context.form["language"], let language = Language(rawValue: code) {
            context.sessions.withLockedSession { $0?.language = language }
        }
        return WorkspaceResponses.redirect(Self.safeNext(context.form["back"]))
    }
}
