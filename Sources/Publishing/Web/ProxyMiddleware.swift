import Foundation
import HTTPTypes
import Hummingbird

/// Behind a reverse proxy on the same machine (nginx, Caddy; `serve --trusted-proxy`),
/// every connection comes from loopback, so the client is the one the proxy names: the last
/// address of `X-Forwarded-For` (the one the proxy itself appended) becomes the address the
/// sign-in throttle counts. A request the proxy forwarded from plain HTTP
/// (`X-Forwarded-Proto: http`) is sent to the https base URL instead of being answered, so
/// no form, cookie or token ever travels in the clear. Without the flag both headers are
/// ignored: anyone can send them.
struct ProxyMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext

    /// `https://kalenteri.example.fi`, when the site's base URL is https.
    let httpsBase: String?

    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        guard Self.isLoopback(context.address) else { return try await next(request, context) }
        if let httpsBase, request.headers[Self.forwardedProto]?.lowercased() == "http" {
            // 308 keeps the method; the target is the request's own path on the https site.
            return Response(status: .permanentRedirect,
                            headers: [.location: httpsBase + request.uri.string, .cacheControl: "no-store"])
        }
        var context = context
        if let client = request.headers[values: Self.forwardedFor]
            .flatMap({ $0.split(separator: ",") })
            .last?.trimmingCharacters(in: .whitespaces), !client.isEmpty {
            context.address = client
        }
        return try await next(request, context)
    }

    static func isLoopback(_ address: String) -> Bool {
        address == "::1" || address.hasPrefix("127.") || address.hasPrefix("::ffff:127.")
    }
}
