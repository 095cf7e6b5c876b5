import Foundation

/// Rendered workspace pages of the current site, by request, account, language and
/// session: the busiest pages (the plan, a meeting, a month) are read far more often than
/// anything changes. A new site (after any act or change) starts an empty cache.
final class WorkspacePageCache: @unchecked Sendable {
    /// Enough for every page a few dozen people look at between two changes.
    static let capacity = 500

    private let lock = NSLock()
    private var site = Date.distantPast
    private var pages: [String: String] = [:]

    func page(for key: String, site built: Date) -> String? {
        lock.withLock { site == built ? pages[key] : nil }
    }

    func store(_ html: String, for key: String, site built: Date) {
        lock.withLock {
            if site != built {
                site = built
                pages = [:]
            }
            if pages.count >= Self.capacity { pages = [:] }
            pages[key] = html
        }
    }
}
