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

/// `0..<count` cut into ranges of `chunk`, each turned into results by `body` on every
/// core, the results joined in order: for work too small per item to hand out one by
/// one, or that sets something up once per range (an encoder, a decoder).
public func parallelChunks<T: Sendable, Failure: Error>(_ count: Int, chunk: Int,
                                                        _ body: @Sendable (Range<Int>) throws(Failure) -> [T])
    throws(Failure) -> [T] {
    try parallelMap((count + chunk - 1) / chunk) { (c: Int) throws(Failure) -> [T] in
        try body((c * chunk)..<min(count, (c + 1) * chunk))
    }.flatMap { $0 }
}

/// `(0..<count).map(body)` on every core, `chunk` items at a time, each written in place
/// into the one array returned: no per-chunk arrays joined afterwards, so that a national
/// plan's 300 000 events are never held twice.
public func parallelArray<T: Sendable>(_ count: Int, chunk: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
        let slots = Uninitialized(base: buffer.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
            for i in (c * chunk)..<min(count, (c + 1) * chunk) { slots.base.advanced(by: i).initialize(to: body(i)) }
        }
        initialized = count
    }
}

/// The array's storage as `parallelArray` fills it: each element is written once, by one thread.
private struct Uninitialized<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

/// `first()` and `second()` at once: `first` on the calling thread, `second` on a thread
/// of its own at a lower priority (nice 10 more), so that where `first` spreads over every core
/// (the scheduler's preparation) `second` takes little from it, and fills the time `first`
/// runs on one core (the scheduler's passes). Not idle priority: that would all but stop
/// `second` while anything else on the machine keeps the cores busy. The calling thread
/// keeps the main work, so that what it allocates lives in that thread's malloc arena,
/// beside everything the caller goes on to do with it.
public func concurrently<A: Sendable, B: Sendable>(_ first: () throws -> A,
                                                   _ second: @escaping @Sendable () throws -> B) throws -> (A, B) {
    let other = Pair<B>()
    let done = DispatchSemaphore(value: 0)
    // Its own thread, not one of Dispatch's: a priority set on a pooled thread would outlive
    // the work. (On Linux a nice value is the calling thread's alone.)
    let thread = Thread {
        let own = __priority_which_t(PRIO_PROCESS.rawValue)
        setpriority(own, 0, min(19, getpriority(own, 0) + 10))
        other.set(Result { try second() })
        done.signal()
    }
    thread.start()
    let mine = Result { try first() }
    done.wait()
    return (try mine.get(), try other.get())
}

/// The other thread's result of `concurrently`, written once.
private final class Pair<B>: @unchecked Sendable {
    private var value: Result<B, any Error>?
    private let lock = NSLock()

    func set(_ result: Result<B, any Error>) { lock.withLock { value = result } }
    func get() throws -> B { try lock.withLock { try value!.get() } }
}
