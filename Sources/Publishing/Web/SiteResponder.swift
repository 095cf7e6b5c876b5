import Foundation
import HTTPTypes
import Hummingbird
import Rules

/// Answers every request of `vuosikello serve` from the current site in memory.
///
/// Only GET and HEAD; only paths made of letters, digits, `/`, `.`, `-` and `_`, with
/// no `..` or `//` (so no encoding of a traversal can even be looked up); anything
/// unknown is the same plain 404, whether or not something exists near it. Private
/// feeds are at `/private/<token>/feeds/...`, for the token's owner only. Responses
/// carry a strong ETag and Last-Modified, and conditional requests get 304.
public struct SiteResponder: HTTPResponder {
    public typealias Context = BasicRequestContext

    public let watcher: SiteWatcher
    /// `https://kalenteri.example.fi`, for the subscribe links; else the address the server
    /// listens at (`listening`), or relative links when that is every interface. Never the
    /// request's Host header, which anyone can set.
    public let baseURL: String?
    public let listening = ListeningAddress()
    private let pages = PageCache()

    public static let maximumTarget = 2048
    public static let maximumBody = 4096

    public init(watcher: SiteWatcher, baseURL: String?) {
        self.watcher = watcher
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "405", extra: [.allow: "GET, HEAD"])
        }
        guard request.uri.string.utf8.count <= Self.maximumTarget else { return plain(.uriTooLong, "414") }
        if request.headers[.contentLength].map({ $0 != "0" }) ?? false || request.headers[.transferEncoding] != nil {
            do {
                _ = try await request.body.collect(upTo: Self.maximumBody)
            } catch {
                return plain(.contentTooLarge, "413")
            }
        }
        let path = request.uri.path
        guard Self.isClean(path) else { return notFound() }
        let site = watcher.current
        switch path {
        case "/", "/fi", "/sv", "/en":
            let language: Language = path == "/sv" ? .sv : path == "/en" ? .en : .fi
            return send(page(site, language: language), request, security: true)
        default:
            if let resource = site.publicResources[path] { return send(resource, request) }
            let parts = path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
            if parts.count == 3, parts[0].isEmpty, parts[1] == "private" {
                let rest = parts[2].split(separator: "/", maxSplits: 1)
                if rest.count == 2, let resource = site.privateResource(String(rest[1]), token: String(rest[0])) {
                    return send(resource, request)
                }
            }
            return notFound()
        }
    }

    /// Letters, digits, `/ . - _` only; no `..`, no `//`. Percent-encoded paths are
    /// refused outright: no name the site serves needs one.
    public static func isClean(_ path: String) -> Bool {
        guard path.hasPrefix("/"), !path.contains(".."), !path.contains("//") else { return false }
        return path.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-"),
                 UInt8(ascii: "_"):
                return true
            default:
                return false
            }
        }
    }

    // MARK: Responses

    private func send(_ resource: SiteResource, _ request: Request, security: Bool = false) -> Response {
        var headers: HTTPFields = [
            .eTag: resource.etag,
            .lastModified: resource.lastModifiedText,
            .cacheControl: resource.cacheControl,
            .xContentTypeOptions: "nosniff",
            Self.referrerPolicy: "no-referrer",
        ]
        if security {
            headers[.contentSecurityPolicy] = "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        }
        if Self.notModified(request, resource) { return Response(status: .notModified, headers: headers) }
        headers[.contentType] = resource.contentType
        headers[.contentLength] = String(resource.size)
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: resource.body)
        return Response(status: .ok, headers: headers, body: body)
    }

    /// RFC 9110 13.1.2: If-None-Match (weak comparison) wins over If-Modified-Since.
    static func notModified(_ request: Request, _ resource: SiteResource) -> Bool {
        if let tags = request.headers[.ifNoneMatch] {
            let bare = resource.etag
            return tags.split(separator: ",").contains { tag in
                let t = tag.trimmingCharacters(in: .whitespaces)
                return t == "*" || t == bare || t == "W/" + bare
            }
        }
        if let since = request.headers[.ifModifiedSince], let date = HTTPDate.parse(since) {
            return resource.lastModified <= date
        }
        return false
    }

    private func notFound() -> Response {
        plain(.notFound, "404 – Ei löydy · Hittades inte · Not found\n")
    }

    private func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .xContentTypeOptions: "nosniff",
                                   .cacheControl: "no-store"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    /// The front page for this language and address, rendered once per site.
    private func page(_ site: Site, language: Language) -> SiteResource {
        let base = baseURL ?? listening.url ?? ""
        let heldBack = watcher.heldBack?.count ?? 0
        return pages.page(site: site, key: "\(language.rawValue) \(base) \(heldBack)") {
            SiteResource(bytes: Array(site.renderer.render(site.page, language: language, baseURL: base,
                                                           heldBack: heldBack).utf8),
                         contentType: "text/html; charset=utf-8", lastModified: site.builtAt,
                         cacheControl: "no-cache")
        }
    }
}

/// Rendered front pages of the current site, by language and address; a new site
/// starts a new cache.
final class PageCache: @unchecked Sendable {
    private let lock = NSLock()
    private var built = Date.distantPast
    private var pages: [String: SiteResource] = [:]

    func page(site: Site, key: String, render: () -> SiteResource) -> SiteResource {
        lock.lock()
        defer { lock.unlock() }
        if built != site.builtAt {
            built = site.builtAt
            pages = [:]
        }
        if let page = pages[key] { return page }
        // Three languages and one address.
        if pages.count > 32 { pages = [:] }
        let page = render()
        pages[key] = page
        return page
    }
}

/// The address the server listens at, known once it is bound (port 0 picks one).
public final class ListeningAddress: @unchecked Sendable {
    private let lock = NSLock()
    private var value: String?

    public init() {}

    public var url: String? { lock.withLock { value } }

    /// Records `http://host:port`; a wildcard host (every interface) is no address to link to.
    public func set(host: String, port: Int) {
        guard !["0.0.0.0", "::", "[::]", ""].contains(host) else { return }
        let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        lock.withLock { value = "http://\(shown):\(port)" }
    }
}
