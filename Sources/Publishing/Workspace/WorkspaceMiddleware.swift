import Foundation
import HTTPTypes
import Hummingbird
import Storage

/// Sends whoever is not signed in to the sign-in page, remembering where they were going.
struct SignInRequiredMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        guard context.identity == nil else { return try await next(request, context) }
        let target = request.method == .get ? request.uri.path : WorkspacePaths.plan
        return WorkspaceResponses.redirect(WorkspacePaths.signIn + "?next="
            + (target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
    }
}

/// Reads a POST's form (up to `maximumBody`) and refuses it with 403 unless it carries the
/// session's CSRF token, so no other site can make a signed-in browser act.
/// Ends a signed-in session left unused for two hours (a laptop left open in a meeting
/// room), besides its fixed eight. When it was last used is written at most every five
/// minutes, so that reading pages does not mean writing the sessions file each time.
struct IdleSessionMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext
    static let idleLimit = 2 * 60 * 60.0, granularity = 5 * 60.0

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        if let session = context.sessions.session, session.account != nil {
            let now = Date().timeIntervalSince1970
            if let seen = session.lastSeen, now - seen > Self.idleLimit {
                context.sessions.clearSession()
            } else if session.lastSeen.map({ now - $0 > Self.granularity }) ?? true {
                context.sessions.withLockedSession { $0?.lastSeen = now }
            }
        }
        return try await next(request, context)
    }
}

struct FormMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext

    static let maximumBody = 1 << 20
    let language: @Sendable (WorkspaceContext) -> String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        guard request.method == .post else { return try await next(request, context) }
        var request = request
        var context = context
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maximumBody)
        } catch {
            return RequestGuardMiddleware.plain(.contentTooLarge, "413")
        }
        guard let form = try? FormFields(String(buffer: body)),
              let expected = context.sessions.session?.csrf, let sent = form["_csrf"],
              FeedToken.constantTimeEqual(Array(expected.utf8), Array(sent.utf8)) else {
            return WorkspaceResponses.plain(.forbidden, language(context))
        }
        context.form = form
        return try await next(request, context)
    }
}

/// The workspace's pages are private and change with every act: never stored by a cache,
/// and under a policy that allows forms to post only here.
struct WorkspaceHeadersMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        var response = try await next(request, context)
        response.headers[.cacheControl] = "no-store"
        if response.headers[.contentType]?.hasPrefix("text/html") == true, response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = "default-src 'none'; img-src 'self'; style-src 'self'; "
                + "script-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        }
        return response
    }
}

/// Responses every workspace route uses.
enum WorkspaceResponses {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        html(ByteBuffer(string: text), status: status)
    }

    static func html(_ body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: body))
    }

    /// 303 See Other: after a form, the browser fetches the page with GET.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        RequestGuardMiddleware.plain(status, text + "\n")
    }

    /// A document made on request (an agenda, minutes, the monitoring report): HTML shown
    /// in the browser with its own styles only, every other format downloaded under `name`.
    static func file(_ data: Data, name: String) -> Response {
        let type: String
        switch (name as NSString).pathExtension {
        case "html": type = "text/html; charset=utf-8"
        case "md": type = "text/markdown; charset=utf-8"
        case "csv": type = "text/csv; charset=utf-8"
        case "json": type = "application/json"
        case "pdf": type = "application/pdf"
        default: type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        }
        let inline = type.hasPrefix("text/html")
        return Response(status: .ok,
                        headers: [.contentType: type,
                                  .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'",
                                  .contentDisposition: (inline ? "inline" : "attachment") + "; filename=\"\(name)\""],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
