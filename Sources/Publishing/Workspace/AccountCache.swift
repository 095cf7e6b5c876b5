import Foundation
import Storage

/// The accounts, read once per site: every request needs its account, and any change to
/// the database (an account added or removed with `vuosikello user` too) rebuilds the
/// site within two seconds, which empties this cache; the workspace's own account changes
/// empty it at once.
final class AccountCache: @unchecked Sendable {
    private let database: ProjectDatabase
    private let watcher: SiteWatcher
    private let lock = NSLock()
    private var site = Date.distantPast
    private var accounts: [String: Account]?

    init(database: ProjectDatabase, watcher: SiteWatcher) {
        self.database = database
        self.watcher = watcher
    }

    func account(_ id: String) throws -> Account? {
        let built = watcher.current.builtAt
        if let cached = lock.withLock({ site == built ? accounts : nil }) { return cached[id] }
        let all = Dictionary(try database.accounts().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        lock.withLock {
            site = built
            accounts = all
        }
        return all[id]
    }

    func forget() { lock.withLock { accounts = nil } }
}
