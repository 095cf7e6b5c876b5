import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TestSupport
@testable import Publishing
@testable import Rules
@testable import Storage

/// A copy of the example served in process with the workspace, two accounts
/// (`koordinaattori`, a coordinator; `pj-ero`, chair of `ero-mikkeli`) and a browser-like
/// client that keeps its cookie and sends the CSRF token of the last page it read.
struct WorkspaceFixture {
    static let today = Day(iso: "2026-11-29")!
    static let passwords = ["koordinaattori": "salasana-123", "pj-ero": "salasana-456"]

    let folder: String
    let routes: SiteRoutes
    let workspace: WorkspaceRoutes

    static func with(secureCookies: Bool = false, mail: MailSettings? = nil,
                     _ body: @escaping @Sendable (WorkspaceFixture, any TestClientProtocol) async throws -> Void) async throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = try ProjectDatabase(path: folder + "/vuosikello.sqlite")
        // A low bcrypt cost keeps the tests quick; the hash is the same kind.
        for (id, role, networks) in [("koordinaattori", Account.Role.coordinator, [String]()), ("pj-ero", .chair, ["ero-mikkeli"])] {
            try database.save(Account(id: id, role: role, networks: networks, personID: id == "koordinaattori" ? id : nil,
                                      passwordHash: Passwords.hash(passwords[id]!, cost: 4), createdAt: "2026-11-01T00:00:00Z"),
                              by: "test")
        }
        let builder = SiteBuilder(rulesFolder: folder, databasePath: nil, out: folder + "/public", language: .fi)
        let watcher = try SiteWatcher(builder: builder) { (today, 1_795_000_000) }
        let workspace = WorkspaceRoutes(watcher: watcher, database: database, sessions: try SessionStore(),
                                        secureCookies: secureCookies,
                                        mail: mail.map { MailSettings(sendmail: $0.sendmail, sender: $0.sender,
                                                                      baseURL: $0.baseURL, out: folder + "/public") })
        let routes = SiteRoutes(watcher: watcher, baseURL: nil, workspace: workspace)
        let fixture = WorkspaceFixture(folder: folder, routes: routes, workspace: workspace)
        try await Application(router: routes.router()).test(.router) { client in try await body(fixture, client) }
    }
}

/// A browser in a test: one cookie jar, the last page's CSRF token.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookie: String?
    var csrf: String?
    var lastPage = ""

    init(_ client: any TestClientProtocol) { self.client = client }

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        var location: String? { headers[.location] }
    }

    @discardableResult
    func get(_ uri: String) async throws -> Page {
        let response = try await client.execute(uri: uri, method: .get, headers: headers(), body: nil)
        return remember(response)
    }

    /// Posts a form; the CSRF token of the last page read is added unless `csrf` is false.
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)], csrf: Bool = true) async throws -> Page {
        var all = fields
        if csrf, let token = self.csrf { all.append(("_csrf", token)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(uri: uri, method: .post, headers: headers,
                                                body: ByteBuffer(string: body))
        return remember(response)
    }

    @discardableResult
    func signIn(_ account: String, password: String? = nil) async throws -> Page {
        try await get(WorkspacePaths.signIn)
        return try await post(WorkspacePaths.signIn, [("account", account),
                                                      ("password", password ?? WorkspaceFixture.passwords[account]!),
                                                      ("next", WorkspacePaths.plan)])
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    private func headers() -> HTTPFields {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        return headers
    }

    private func remember(_ response: TestResponse) -> Page {
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";").first.map(String.init) ?? ""
            // An expired cookie is kept: a browser would drop it, a test checks it no longer works.
            cookie = pair
        }
        let body = String(buffer: response.body)
        if let range = body.range(of: "name=\"_csrf\" value=\"") {
            csrf = String(body[range.upperBound...].prefix { $0 != "\"" })
        }
        lastPage = body
        return Page(status: response.status, headers: response.headers, body: body)
    }
}
