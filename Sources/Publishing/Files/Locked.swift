import Foundation

/// A value shared between threads behind a lock (the package supports macOS 14, where
/// `Synchronization.Mutex` is not available).
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    /// Uses the value (a reference type that is not thread-safe, say) while holding the lock.
    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T { try lock.withLock { try body(&stored) } }
}
