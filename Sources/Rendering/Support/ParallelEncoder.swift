import Dispatch
import Foundation
import Rules

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
            let chunkSize = chunk
            let chunks = try parallelMap((slice.count + chunk - 1) / chunk) { c in
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                return try slice[(c * chunkSize)..<min(slice.count, (c + 1) * chunkSize)].map {
                    String(decoding: try encoder.encode(record($0)), as: UTF8.self)
                }
            }
            for lines in chunks { for line in lines { each(line) } }
            start = end
        }
    }
}
