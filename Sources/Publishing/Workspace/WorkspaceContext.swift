import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore
import Rules
import Storage

/// What a workspace session remembers: who signed in (nil before signing in: the sign-in
/// form needs its CSRF token too), the token every form must carry, the language chosen,
/// and when it was last used (seconds since 1970), for ending it when left idle.
public struct WorkspaceSession: Codable, Sendable, Equatable {
    public var account: String?
    public var csrf: String
    public var language: Language?
    public var lastSeen: Double?

    public init(account: String? = nil, csrf: String = WorkspaceSession.newToken(), language: Language? = nil,
                lastSeen: Double? = nil) {
        self.account = account
        self.csrf = csrf
        self.language = language
        self.lastSeen = lastSeen
    }

    /// 32 random bytes, hex.
    public static func newToken() -> String {
        Hex.string((0..<32).map { _ in UInt8.random(in: 0...255) })
    }
}

/// The request context of every route: the session and signed-in account of the
/// workspace (hummingbird-auth's), the form a POST carried, and the client's address for
/// throttling. The public routes ignore what they do not use.
public struct WorkspaceContext: AuthRequestContext, SessionRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Account?
    public let sessions: SessionContext<WorkspaceSession>
    /// A POST's fields, read once by `FormMiddleware` (after its CSRF check).
    public var form: FormFields
    /// The client's IP address: the peer's, or the one a trusted proxy names
    /// (`ProxyMiddleware`); `-` when there is none (in-process tests).
    public var address: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        sessions = .init()
        form = FormFields()
        address = source.channel.remoteAddress?.ipAddress ?? "-"
    }

    /// The page's language: the session's choice, else the server's.
    func language(default fallback: Language) -> Language { sessions.session?.language ?? fallback }
}
