import Foundation
import Rendering
import Rules
import Storage

/// Renders the workspace's pages from their Mustache templates (`templates/workspace-*.html.mustache`,
/// sharing `workspace-top.html` and `workspace-bottom.html`): loaded with the site, so a
/// coordinator's own copy in the rules folder's `templates/` is picked up like any other.
public struct WorkspaceRenderer: Sendable {
    public enum Page: String, Sendable, CaseIterable {
        case signIn = "workspace-signin", plan = "workspace-plan", meeting = "workspace-meeting",
             audit = "workspace-audit", message = "workspace-message", minutes = "workspace-minutes",
             person = "workspace-person", network = "workspace-network", actions = "workspace-actions",
             rules = "workspace-rules", ruleEditor = "workspace-rule-editor", newNetwork = "workspace-new-network",
             month = "workspace-month", accounts = "workspace-accounts", wheel = "workspace-wheel",
             answer = "answer", invitations = "workspace-invitations", report = "workspace-report"
    }

    private let templates: [Page: TemplateLibrary.Loaded]

    public init(templates library: TemplateLibrary) throws {
        var loaded: [Page: TemplateLibrary.Loaded] = [:]
        for page in Page.allCases { loaded[page] = try library.load(page.rawValue, kind: "html") }
        templates = loaded
    }

    /// The page with what every page shows: the language, the words, who is signed in,
    /// the form token and the navigation.
    func render(_ page: Page, _ context: [String: Any], language: Language, session: WorkspaceSession?,
                account: Account?, current: String? = nil) -> String {
        let words = WorkspaceWords(language: language)
        var base: [String: Any] = [
            "lang": language.rawValue,
            "t": words.table,
            "csrf": session?.csrf ?? "",
            "languages": [(Language.fi, "Suomeksi"), (.sv, "På svenska"), (.en, "In English")].map { code, name in
                ["code": code.rawValue, "name": name, "current": code == language]
            },
            "paths": WorkspacePaths.table,
        ]
        if let account {
            base["account"] = ["id": account.id, "role": words.role(account.role), "isCoordinator": account.isCoordinator]
            base["hasNav"] = true
            base["nav"] = [
                ["href": WorkspacePaths.plan, "label": words.table["plan"]!, "current": current == "plan"],
                ["href": WorkspacePaths.monthRoot, "label": words.table["monthView"]!, "current": current == "month"],
                ["href": WorkspacePaths.wheel, "label": words.table["wheel"]!, "current": current == "wheel"],
                ["href": WorkspacePaths.actions, "label": words.table["actions"]!, "current": current == "actions"],
                ["href": WorkspacePaths.report, "label": words.table["report"]!, "current": current == "report"],
                ["href": WorkspacePaths.person(account.person), "label": words.table["myPage"]!,
                 "current": current == "me"],
            ] + (account.isCoordinator
                ? [["href": WorkspacePaths.rules, "label": words.table["rules"]!, "current": current == "rules"],
                   ["href": WorkspacePaths.accounts, "label": words.table["accounts"]!, "current": current == "accounts"],
                   ["href": WorkspacePaths.invitations, "label": words.table["invitationsNav"]!,
                    "current": current == "invitations"],
                   ["href": WorkspacePaths.audit, "label": words.table["audit"]!, "current": current == "audit"]] : [])
        }
        return templates[page]!.render(base.merging(context) { _, new in new })
    }
}

/// The workspace's addresses: the one table the routes and the pages use.
public enum WorkspacePaths {
    public static let root = "/workspace"
    public static let signIn = "/workspace/signin"
    public static let signOut = "/workspace/signout"
    public static let language = "/workspace/language"
    public static let plan = "/workspace"
    public static let meetings = "/workspace/meetings"
    public static let move = "/workspace/move"
    public static let cancel = "/workspace/cancel"
    public static let restore = "/workspace/restore"
    public static let audit = "/workspace/audit"
    public static let minutesRoot = "/workspace/minutes"
    public static let people = "/workspace/people"
    public static let networks = "/workspace/networks"
    public static let actions = "/workspace/actions"
    public static let closeAction = "/workspace/actions/close"
    public static let reopenAction = "/workspace/actions/reopen"
    public static let issueToken = "/workspace/tokens/issue"
    public static let revokeToken = "/workspace/tokens/revoke"

    public static let monthRoot = "/workspace/month"
    public static let wheel = "/workspace/wheel"
    public static let addAgendaItem = "/workspace/agenda/add"
    public static let removeAgendaItem = "/workspace/agenda/remove"
    public static let proposal = "/workspace/agenda/proposal"
    public static let invitations = "/workspace/invitations"
    public static let accounts = "/workspace/accounts"
    public static let removeAccount = "/workspace/accounts/remove"
    public static let report = "/workspace/report"
    public static let reportFile = "/workspace/report/file"
    public static let taskDone = "/workspace/tasks/done"
    public static let taskReopen = "/workspace/tasks/reopen"

    public static func report(year: Int, networks: [String] = []) -> String {
        report + "?year=\(year)" + networks.map { "&network=" + $0 }.joined()
    }

    public static func reportFile(year: Int, networks: [String], format: ReportRenderer.Format) -> String {
        reportFile + "?year=\(year)" + networks.map { "&network=" + $0 }.joined() + "&format=" + format.rawValue
    }

    public static func month(year: Int, month: Int, network: String? = nil) -> String {
        monthRoot + "?year=\(year)&month=\(month)" + (network.map { "&network=" + $0 } ?? "")
    }

    public static let rules = "/workspace/rules"
    public static let ruleEdit = "/workspace/rules/edit"
    public static let ruleCheck = "/workspace/rules/check"
    public static let ruleSave = "/workspace/rules/save"
    public static let newNetwork = "/workspace/rules/new"

    public static func editRule(_ file: String, version: Int? = nil) -> String {
        ruleEdit + "?file=" + file + (version.map { "&version=\($0)" } ?? "")
    }

    public static func person(_ id: String) -> String { people + "/" + id }
    public static func network(_ id: String) -> String { networks + "/" + id }
    public static let document = "/workspace/document"

    public static func meeting(_ key: String) -> String { meetings + "/" + key }

    /// The whole addresses of a meeting's agenda (Word) and page at a server's `base`.
    public static func links(_ base: String) -> MeetingLinks {
        let base = base.hasSuffix("/") ? String(base.dropLast()) : base
        return MeetingLinks(agenda: { base + document($0, .agenda, .docx) }, page: { base + meeting($0) })
    }
    public static func minutes(_ key: String) -> String { minutesRoot + "/" + key }

    /// An agenda draft or minutes template of a meeting, made on request in the page's language.
    public static func document(_ key: String, _ kind: DocumentKind, _ format: DocumentFormat) -> String {
        "\(document)?key=\(key)&kind=\(kind.rawValue)&format=\(format.rawValue)"
    }

    /// The Word document converted to PDF by LibreOffice (offered when it is installed).
    public static func pdf(_ key: String, _ kind: DocumentKind) -> String {
        "\(document)?key=\(key)&kind=\(kind.rawValue)&format=pdf"
    }

    /// For the templates (`{{paths.move}}`).
    static var table: [String: String] {
        ["signIn": signIn, "signOut": signOut, "language": language, "plan": plan, "move": move, "cancel": cancel,
         "restore": restore, "audit": audit, "minutes": minutesRoot,
         "actions": actions, "closeAction": closeAction, "reopenAction": reopenAction, "issueToken": issueToken,
         "revokeToken": revokeToken, "rules": rules, "ruleCheck": ruleCheck, "ruleSave": ruleSave,
         "newNetwork": newNetwork, "month": monthRoot, "accounts": accounts, "removeAccount": removeAccount,
         "addAgendaItem": addAgendaItem, "removeAgendaItem": removeAgendaItem, "wheel": wheel, "proposal": proposal,
         "invitations": invitations, "report": report, "reportFile": reportFile, "taskDone": taskDone,
         "taskReopen": taskReopen]
    }
}
