import Dispatch
import Foundation

/// `(0..<count).map(body)` on every core, results in order; the first error is rethrown
/// (typed, so a body that cannot fail needs no `try`).
/// Here, in the lowest module, so that every stage (storage, rendering, publishing) shares it.
public func parallelMap<T: Sendable, Failure: Error>(_ count: Int, _ body: @Sendable (Int) throws(Failure) -> T)
    throws(Failure) -> [T] {
    let slots = Slots<T, Failure>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        do throws(Failure) { slots.store(index, try body(index)) } catch { slots.fail(error) }
    }
    if let error = slots.error { throw error }
    return slots.values.map { $0! }
}

/// Each index is written once, by one thread; the lock orders the writes.
private final class Slots<T, Failure: Error>: @unchecked Sendable {
    private(set) var values: [T?]
    private(set) var error: Failure?
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ value: T) { lock.withLock { values[index] = value } }

    func fail(_ error: Failure) { lock.withLock { if self.error == nil { self.error = error } } }
}
