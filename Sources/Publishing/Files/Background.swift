import Dispatch

/// Work on another thread, joined with `wait`, which rethrows its error.
public final class Background: @unchecked Sendable {
    private let group = DispatchGroup()
    private var failure: Error?

    public init(_ work: @escaping @Sendable () throws -> Void) {
        group.enter()
        DispatchQueue.global().async {
            do { try work() } catch { self.failure = error }
            self.group.leave()
        }
    }

    public func wait() throws {
        group.wait()
        if let failure { throw failure }
    }
}
