import Foundation
import Testing
@testable import Rules

@Suite("Work on every core")
struct ParallelMapTests {
    struct Odd: Error, Equatable { let value: Int }

    @Test("Results come back in order, the last range short, none for nothing")
    func order() {
        #expect(parallelMap(1000) { $0 * 2 } == (0..<1000).map { $0 * 2 })
        #expect(parallelChunks(1001, chunk: 64) { range in range.map { $0 + 1 } } == Array(1...1001))
        #expect(parallelChunks(0, chunk: 64) { range in range.map { $0 } }.isEmpty)
        #expect(parallelChunks(5, chunk: 64) { range in [range.count] } == [5])
    }

    @Test("Filled in place on every core: every element in order, whatever the chunk; none for nothing")
    func inPlace() {
        for (count, chunk) in [(0, 8), (1, 8), (1000, 7), (4096, 4096), (5000, 64)] {
            #expect(parallelArray(count, chunk: chunk) { "item \($0)" } == (0..<count).map { "item \($0)" })
        }
    }

    @Test("A failure is thrown, with its type")
    func failure() {
        #expect(throws: Odd.self) {
            try parallelChunks(100, chunk: 8) { (range: Range<Int>) throws(Odd) -> [Int] in
                if range.contains(41) { throw Odd(value: 41) }
                return Array(range)
            }
        }
    }

    @Test("Two pieces of work at once: both results, the first on the calling thread; either's failure is thrown")
    func twoAtOnce() throws {
        let caller = Thread.current
        let (first, second) = try concurrently({ (Thread.current == caller, (1...100).reduce(0, +)) },
                                               { (1...10).map { $0 * $0 } })
        #expect(first.0 && first.1 == 5050)
        #expect(second.last == 100)
        // The second runs 10 nicer (on Linux a thread's own nice value); the caller's is left as it was.
        @Sendable func nice() -> Int32 { getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
        let before = nice()
        let (callers, others) = try concurrently({ nice() }, { nice() })
        #expect(others == min(19, before + 10) && callers == before && nice() == before)
        #expect(throws: Odd.self) { try concurrently({ 1 }, { () throws -> Int in throw Odd(value: 2) }) }
        #expect(throws: Odd.self) { try concurrently({ () throws -> Int in throw Odd(value: 1) }, { 2 }) }
    }
}
