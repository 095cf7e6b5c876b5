import Foundation
import Rules

/// Turns many records into lines on every core, in order, a batch at a time: the
/// output is the same bytes as a serial loop, and memory holds one batch, not the
/// whole document.
struct ParallelEncoder {
    let chunk = 1024

    func encode<Item: Sendable>(_ items: [Item], as line: @escaping @Sendable (Item) -> String,
                                each: (String) -> Void) {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let batch = chunk * cores * 2
        var start = 0
        while start < items.count {
            let end = min(items.count, start + batch)
            // Ranges of the array itself: a copy of each batch copied every item.
            let offset = start
            for text in parallelChunks(end - start, chunk: chunk, { range in
                items[(offset + range.lowerBound)..<(offset + range.upperBound)].map(line)
            }) { each(text) }
            start = end
        }
    }
}
