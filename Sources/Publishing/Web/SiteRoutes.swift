import Foundation
import HTTPTypes
import Hummingbird
import Rules
import Storage

/// The server's routes, on Hummingbird's Router: the one table of what `vuosikello serve`
/// answers, every response from the current site in memory.
///
/// | path | what |
/// |---|---|
/// | `/`, `/fi`, `/sv`, `/en` | the front page in a language |
/// | `/feeds/public/{file}` | a public feed |
/// | `/feeds/public/archive/{year}/{file}` | a public feed's past year, whole |
/// | `/wheel/**` | the wheels |
/// | `/static/{file}` | styles and script |
/// | `/private/{token}/**` | a private feed, for the token's owner only |
/// | `/answer/{token}` | a member's answer to an invitation (`AnswerRoutes`), no sign-in |
/// | `/workspace/**` | the signed-in workspace (`WorkspaceRoutes`, `WorkspacePaths`) |
///
/// The middleware (`SiteMiddleware.swift`) guards every request before it reaches a route
/// (GET and HEAD, and POST to the workspace; bounded targets and bodies, clean paths, one
/// plain 404) and adds the headers every response carries; a resource answers a
/// conditional request with 304 itself (`SiteResource.isNotModified`), before any body is
/// touched. HEAD is GET without the body (the router's own `autoGenerateHeadEndpoints`).
public struct SiteRoutes: Sendable {
    public let watcher: SiteWatcher
    /// `https://kalenteri.example.fi`, for the subscribe links; else the address the server
    /// listens at (`listening`), or relative links when that is every interface. Never the
    /// request's Host header, which anyone can set.
    public let baseURL: String?
    public let listening = ListeningAddress()
    /// The signed-in workspace under `/workspace`; nil serves the public site only.
    public let workspace: WorkspaceRoutes?
    /// A reverse proxy on this machine forwards the clients (`ProxyMiddleware`).
    public let trustedProxy: Bool
    /// Front pages by language, address and hold-back: three languages, one address.
    private let pages = PerSiteCache<SiteResource>(capacity: 32)

    public init(watcher: SiteWatcher, baseURL: String?, workspace: WorkspaceRoutes? = nil, trustedProxy: Bool = false) {
        self.watcher = watcher
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.workspace = workspace
        self.trustedProxy = trustedProxy
    }

    /// The base URL when it is an https address: then the browser is told to stay on https.
    var httpsBase: String? { Self.isHTTPS(baseURL) ? baseURL : nil }

    /// Whether the site is reached over https: HSTS, the proxy's redirect and Secure cookies.
    public static func isHTTPS(_ baseURL: String?) -> Bool { baseURL?.lowercased().hasPrefix("https://") ?? false }

    public static let answerRoot = "/answer"

    /// The answer link of an invitation, with the answer chosen in the e-mail.
    public static func answer(_ token: String, _ reply: AnswerRecord.Reply) -> String {
        "\(answerRoot)/\(token)?reply=\(reply.rawValue)"
    }

    public func router() -> Router<WorkspaceContext> {
        let router = Router(context: WorkspaceContext.self, options: .autoGenerateHeadEndpoints)
        // Outermost first: every answer, refusals too, gets the common headers.
        router.add(middleware: CommonHeadersMiddleware(strictTransport: httpsBase != nil))
        if trustedProxy { router.add(middleware: ProxyMiddleware(httpsBase: httpsBase)) }
        router.add(middleware: RequestGuardMiddleware())
        for (path, language) in [("/", Language.fi), ("/fi", .fi), ("/sv", .sv), ("/en", .en)] {
            router.get(RouterPath(stringLiteral: path)) { request, _ in
                Self.response(page(watcher.current, language: language), to: request, page: true)
            }
        }
        let file: @Sendable (Request, WorkspaceContext) throws -> Response = { request, _ in
            guard let resource = watcher.current.publicResources[request.uri.path] else { throw HTTPError(.notFound) }
            return Self.response(resource, to: request)
        }
        router.get("/feeds/public/{file}", use: file)
        router.get("/feeds/public/archive/{year}/{file}", use: file)
        router.get("/wheel/**", use: file)
        router.get("/static/{file}", use: file)
        router.get("/private/{token}/**") { request, context in
            let token = try context.parameters.require("token")
            let rest = context.parameters.getCatchAll().joined(separator: "/")
            guard let resource = watcher.current.privateResource(rest, token: token) else { throw HTTPError(.notFound) }
            return Self.response(resource, to: request)
        }
        if let workspace { AnswerRoutes(watcher: watcher, database: workspace.database).add(to: router) }
        workspace?.add(to: router) { [baseURL, listening] in baseURL ?? listening.url ?? "" }
        return router
    }

    /// A resource with its validators, or 304 when the client has it (conditional GET);
    /// the front page also with its Content-Security-Policy.
    static func response(_ resource: SiteResource, to request: Request, page: Bool = false) -> Response {
        if resource.isNotModified(request.headers) {
            return Response(status: .notModified, headers: resource.notModifiedHeaders)
        }
        var headers = resource.okHeaders
        if page {
            headers[.contentSecurityPolicy] = "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: resource.body))
    }

    /// The front page for this language and address, rendered once per site.
    private func page(_ site: Site, language: Language) -> SiteResource {
        let base = baseURL ?? listening.url ?? ""
        let heldBack = watcher.heldBack?.count ?? 0
        return pages.value(for: "\(language.rawValue) \(base) \(heldBack)", site: site.builtAt) {
            SiteResource(bytes: Array(site.renderer.render(site.page, language: language, baseURL: base,
                                                           heldBack: heldBack).utf8),
                         contentType: "text/html; charset=utf-8", lastModified: site.builtAt,
                         cacheControl: "no-cache")
        }
    }
}

/// The address the server listens at, known once it is bound (port 0 picks one).
public struct ListeningAddress: Sendable {
    private let address = Locked<String?>(nil)

    public init() {}

    public var url: String? { address.value }

    /// Records `http://host:port`; a wildcard host (every interface) is no address to link to.
    public func set(host: String, port: Int) {
        guard !["0.0.0.0", "::", "[::]", ""].contains(host) else { return }
        let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        address.value = "http://\(shown):\(port)"
    }
}
