import Foundation
import HTTPTypes
import Hummingbird

/// Refuses what the site never serves, before any route sees it: methods other than GET
/// and HEAD (405; the workspace's forms and the answer page also POST), targets over 2 KB (414), bodies over
/// 4 KB outside the workspace (413; its forms are read by `FormMiddleware`), and paths that are not
/// made of letters, digits, `/`, `.`, `-` and `_` or hold `..` or `//` (so no encoding of
/// a traversal can even be looked up). Every not-found, whether or not something exists
/// near it, is the same plain 404, so probing reveals nothing.
struct RequestGuardMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext

    static let maximumTarget = 2048
    static let maximumBody = 4096

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        let inWorkspace = request.uri.path == WorkspacePaths.root || request.uri.path.hasPrefix(WorkspacePaths.root + "/")
        let posts = inWorkspace || request.uri.path.hasPrefix(SiteRoutes.answerRoot + "/")
        guard request.method == .get || request.method == .head || (request.method == .post && posts) else {
            return Self.plain(.methodNotAllowed, "405", extra: [.allow: posts ? "GET, HEAD, POST" : "GET, HEAD"])
        }
        guard request.uri.string.utf8.count <= Self.maximumTarget else { return Self.plain(.uriTooLong, "414") }
        var request = request
        if !inWorkspace, request.headers[.contentLength].map({ $0 != "0" }) ?? false || request.headers[.transferEncoding] != nil {
            do {
                // Kept in the request, so that the answer page can read its small form.
                _ = try await request.collectBody(upTo: Self.maximumBody)
            } catch {
                return Self.plain(.contentTooLarge, "413")
            }
        }
        guard Self.isClean(request.uri.path) else { return Self.notFound }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return Self.notFound
        }
    }

    /// Letters, digits, `/ . - _` only; no `..`, no `//`. Percent-encoded paths are
    /// refused outright: no name the site serves needs one.
    static func isClean(_ path: String) -> Bool {
        // One pass over the bytes (no Foundation search: this runs on every request).
        var previous: UInt8 = 0
        for (index, byte) in path.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "/"):
                if previous == UInt8(ascii: "/") { return false }
            case UInt8(ascii: "."):
                if previous == UInt8(ascii: ".") { return false }
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                break
            default:
                return false
            }
            if index == 0, byte != UInt8(ascii: "/") { return false }
            previous = byte
        }
        return previous != 0
    }

    static var notFound: Response { plain(.notFound, "404 – Ei löydy · Hittades inte · Not found\n") }

    static func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// What every response carries: no content sniffing, and no Referer (so a private feed's
/// token never leaks through a link).
struct CommonHeadersMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext

    /// The site is reached over https (its base URL): browsers are told to keep to it
    /// (HSTS, a year; browsers heed it only when it arrives over https, i.e. through the proxy).
    var strictTransport = false

    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "no-referrer"
        if strictTransport { response.headers[.strictTransportSecurity] = "max-age=31536000" }
        return response
    }
}
