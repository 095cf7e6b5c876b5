import Foundation

/// Acts one at a time, each published before the next is checked: two people moving
/// meetings at once cannot both take the same free time.
final class ActQueue: Sendable {
    private let queue = DispatchQueue(label: "vuosikello.acts")

    /// Runs `act` on the current site, then rebuilds the site so feeds, wheels and pages show it.
    @discardableResult
    func perform<T: Sendable>(_ watcher: SiteWatcher, rulesWritten: Bool = false,
                              _ act: @escaping @Sendable (Site) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                do {
                    let result = try act(watcher.current)
                    _ = watcher.rebuildNow(rulesWritten: rulesWritten)
                    continuation.resume(returning: result)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}
