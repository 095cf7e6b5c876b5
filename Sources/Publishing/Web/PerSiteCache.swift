import Foundation

/// What is made from the current site and kept until the next one: the rendered front
/// pages, the rendered workspace pages, the accounts. Every change (an act, a rule file,
/// the database) builds a new site, and the first use after it starts the cache afresh.
final class PerSiteCache<Value>: @unchecked Sendable {
    /// More entries than this empties the cache (so it never grows without bound).
    let capacity: Int
    private let lock = NSLock()
    private var site = Date.distantPast
    private var values: [String: Value] = [:]

    init(capacity: Int) { self.capacity = capacity }

    func value(for key: String, site built: Date) -> Value? {
        lock.withLock { site == built ? values[key] : nil }
    }

    func store(_ value: Value, for key: String, site built: Date) {
        lock.withLock {
            if site != built {
                site = built
                values = [:]
            }
            if values.count >= capacity { values = [:] }
            values[key] = value
        }
    }

    /// The value kept for `key`, else the one `make` makes now (and keeps).
    func value(for key: String, site built: Date, make: () throws -> Value) rethrows -> Value {
        if let kept = value(for: key, site: built) { return kept }
        let made = try make()
        store(made, for: key, site: built)
        return made
    }

    func removeAll() { lock.withLock { values = [:] } }
}
