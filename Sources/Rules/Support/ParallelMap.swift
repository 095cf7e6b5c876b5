import Dispatch
import Foundation

/// `(0..<count).map(body)` on every core, results in order; the first error is rethrown.
/// Here, in the lowest module, so that every stage (storage, rendering, publishing) shares it.
public func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
    let slots = Slots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        do { slots.store(index, try body(index)) } catch { slots.fail(error) }
    }
    if let error = slots.error { throw error }
    return slots.values.map { $0! }
}

/// Each index is written once, by one thread; the lock orders the writes.
private final class Slots<T>: @unchecked Sendable {
    private(set) var values: [T?]
    private(set) var error: Error?
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ value: T) { lock.withLock { values[index] = value } }

    func fail(_ error: Error) { lock.withLock { if self.error == nil { self.error = error } } }
}
