import Dispatch
import Foundation

/// Encodes many records with JSONEncoder on every core, in order, a batch at a time:
/// the output is the same bytes as a serial loop, and memory holds one batch, not the
/// whole document.
struct ParallelEncoder {
    let chunk = 1024

    func encode<Item: Sendable, Record: Encodable & Sendable>(_ items: [Item], as record: @escaping @Sendable (Item) -> Record,
                                                  each: (String) -> Void) throws {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let batch = chunk * cores * 2
        var start = 0
        while start < items.count {
            let end = min(items.count, start + batch)
            let slice = Array(items[start..<end])
            let results = Results(count: (slice.count + chunk - 1) / chunk)
            let chunkSize = chunk
            DispatchQueue.concurrentPerform(iterations: results.count) { c in
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                var lines: [String] = []
                do {
                    for item in slice[(c * chunkSize)..<min(slice.count, (c + 1) * chunkSize)] {
                        lines.append(String(decoding: try encoder.encode(record(item)), as: UTF8.self))
                    }
                    results.store(c, lines)
                } catch {
                    results.fail(error)
                }
            }
            if let error = results.error { throw error }
            for lines in results.lines { for line in lines { each(line) } }
            start = end
        }
    }

    /// Each chunk writes only its own slot; the lock guards the first error.
    private final class Results: @unchecked Sendable {
        private(set) var lines: [[String]]
        private(set) var error: Error?
        private let lock = NSLock()

        init(count: Int) { lines = Array(repeating: [], count: count) }
        var count: Int { lines.count }

        func store(_ index: Int, _ value: [String]) {
            lock.lock()
            lines[index] = value
            lock.unlock()
        }

        func fail(_ error: Error) {
            lock.lock()
            if self.error == nil { self.error = error }
            lock.unlock()
        }
    }
}
