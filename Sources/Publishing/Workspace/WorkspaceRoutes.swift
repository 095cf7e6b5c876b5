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
    /// The session cookie, and the prefix hummingbird-auth gives session keys in storage.
    static let cookieName = "vuosikello_session"
    static let sessionKeyPrefix = "hbs."
    let acts = ActQueue()
    /// Rendered pages by request, account, language and session (`pageKey`); a few dozen
    /// people's pages between two changes.
    /// Rendered pages as the bytes sent (shared by every response, never copied).
    let pageCache = PerSiteCache<ByteBuffer>(capacity: 500)
    /// Every account, read once per site: every request needs its own.
    let accountCache = PerSiteCache<[String: Account]>(capacity: 1)

    /// How invitations leave when a coordinator sends them; nil: not configured (`serve --sendmail`, `--mail-from`).
    public let mail: MailSettings?

    public init(watcher: SiteWatcher, database: ProjectDatabase, sessions: SessionStore, secureCookies: Bool,
                mail: MailSettings? = nil) {
        self.mail = mail
        self.watcher = watcher
        self.database = database
        self.sessions = sessions
        self.secureCookies = secureCookies
    }

    var defaultLanguage: Language { watcher.builder.language }

    /// - Parameter feedBase: the address subscribers reach the server at (empty: relative links).
    public func add(to router: Router<WorkspaceContext>, feedBase: @escaping @Sendable () -> String) {
        let cookie = SessionCookieParameters(name: Self.cookieName, path: WorkspacePaths.root, secure: secureCookies,
                                             sameSite: .lax)
        let fallback = defaultLanguage
        let workspace = router.group(RouterPath(stringLiteral: WorkspacePaths.root))
            .add(middleware: WorkspaceHeadersMiddleware())
            .add(middleware: SessionMiddleware<WorkspaceContext>(
                storage: SessionDriver(store: sessions),
                configuration: .init(sessionCookieParameters: cookie, keyPrefix: Self.sessionKeyPrefix,
                                     defaultSessionExpiration: Self.sessionLength)))
            .add(middleware: IdleSessionMiddleware())
            .add(middleware: SessionAuthenticator(context: WorkspaceContext.self) { (session: WorkspaceSession, _) in
                try session.account.flatMap(account)
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
        signedIn.post("agenda/proposal") { _, context in try await writeProposal(context) }
        signedIn.get("audit") { _, context in try await coordinator(context) { try auditPage(context) } }
        signedIn.get("invitations") { _, context in try await coordinator(context) { try invitationsPage(context) } }
        signedIn.post("invitations") { _, context in try await coordinator(context) { try await sendInvitations(context) } }
        signedIn.get("wheel") { request, context in try cached(request, context) { try wheelPage(request, context, cacheKey: $0) } }
        signedIn.get("month") { request, context in cached(request, context) { monthPage(request, context, cacheKey: $0) } }
        signedIn.get("accounts") { request, context in
            try await coordinator(context) { try accountsPage(context, done: request.uri.queryParameters["done"].map(String.init)) }
        }
        signedIn.post("accounts") { _, context in try await coordinator(context) { try saveAccount(context) } }
        signedIn.post("accounts/remove") { _, context in try await coordinator(context) { try removeAccount(context) } }
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
        signedIn.get("rules") { _, context in try await coordinator(context) { rulesPage(context) } }
        signedIn.get("rules/edit") { request, context in try await coordinator(context) { try ruleEditPage(request, context) } }
        signedIn.post("rules/check") { _, context in try await coordinator(context) { try ruleCheck(context) } }
        signedIn.post("rules/save") { _, context in try await coordinator(context) { try await ruleSave(context) } }
        signedIn.get("rules/new") { _, context in try await coordinator(context) { newNetworkPage(context) } }
        signedIn.post("rules/new") { _, context in try await coordinator(context) { try newNetwork(context) } }
        signedIn.get("document") { request, context in try document(request, context) }
        signedIn.get("report") { request, context in
            try cached(request, context) {
                try reportPage(request, context, done: request.uri.queryParameters["done"].map(String.init), cacheKey: $0)
            }
        }
        signedIn.get("report/file") { request, context in try reportFile(request, context) }
        signedIn.post("tasks/done") { _, context in try await coordinator(context) { try await changeTask(context, done: true) } }
        signedIn.post("tasks/reopen") { _, context in try await coordinator(context) { try await changeTask(context, done: false) } }
    }

    /// A signed-in account as it is now. Any change to the database (an account added or
    /// removed with `vuosikello user` too) builds a new site within two seconds, which reads
    /// them afresh; the workspace's own account changes empty the cache at once.
    func account(_ id: String) throws -> Account? {
        try accountCache.value(for: "", site: watcher.current.builtAt) {
            Dictionary(try database.accounts().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }[id]
    }
}
