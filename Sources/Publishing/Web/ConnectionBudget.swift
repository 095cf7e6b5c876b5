import Foundation
import HummingbirdCore

/// How many connections the server holds open at once: below the process's file limit,
/// so that idle or slow clients can never take the handles the rules, the database and
/// the feeds need. At the limit the server stops accepting (new clients wait in the
/// backlog) until idle ones time out, and says so once in the log: the real cause,
/// rather than whatever file then failed to open.
public struct ConnectionBudget: AvailableConnectionsDelegate {
    /// Handles kept for everything but connections: rule files, templates, the database,
    /// feeds being written on every core.
    public static let reserve = 128

    public let maximum: Int
    private let full: @Sendable (Int) -> Void
    private var open = 0

    public init(maximum: Int, full: @escaping @Sendable (Int) -> Void) {
        self.maximum = maximum
        self.full = full
    }

    /// The budget for this process: its open-file limit, first raised to the hard limit
    /// (as far as 65 536), less the reserve.
    public static func forThisProcess(full: @escaping @Sendable (Int) -> Void) -> ConnectionBudget {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        let wanted = min(limit.rlim_max, 65_536)
        if limit.rlim_cur < wanted {
            var raised = limit
            raised.rlim_cur = wanted
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return ConnectionBudget(maximum: max(16, Int(limit.rlim_cur) - reserve), full: full)
    }

    public mutating func connectionOpened() {
        open += 1
        if open == maximum { full(maximum) }
    }

    public mutating func connectionClosed() { open -= 1 }

    public func isAcceptingNewConnections() -> Bool { open < maximum }
}
