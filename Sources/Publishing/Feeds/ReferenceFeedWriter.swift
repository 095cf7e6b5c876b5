import Foundation
import Rendering
import Rules

/// The benchmark's yardstick for feeds (issue 16): the files a build wrote, written again
/// by libical alone. Every event the files carry has its fields decided first (untimed:
/// words, stamps, times, as `VEventFields`); `write` then builds and serializes each
/// distinct event of each audience once with the same libical calls the build makes, on
/// every core, and writes each file whole. `bench-run --reference` times `write` and
/// checks that its files hold the build's bytes.
public struct ReferenceFeedWriter {
    private struct File {
        let path: String
        let header: [UInt8]
        let footer: [UInt8]
        /// Indices into `fields`.
        let events: [Int]
    }

    private let files: [File]
    private let fields: [VEventFields]
    private let renderer: ICalendarRenderer

    /// The files a build's publication wrote, with their events' fields.
    public init(_ publication: FeedPublisher.Publication) {
        renderer = publication.renderer
        let events = publication.outcome.events, stamps = publication.outcome.stamps
        var index: [Int: Int] = [:]
        var fields: [VEventFields] = []
        files = publication.pendingFiles.map { spec in
            let audience = Audience.allCases.firstIndex(of: spec.audience)!
            let (header, footer) = publication.renderer.frame(spec.metadata)
            let indices = spec.events.map { i in
                let key = i * Audience.allCases.count + audience
                if let known = index[key] { return known }
                fields.append(publication.renderer.eventFields(events[i], stamp: stamps[i], audience: spec.audience))
                index[key] = fields.count - 1
                return fields.count - 1
            }
            return File(path: spec.path, header: Array(header.utf8), footer: Array(footer.utf8), events: indices)
        }
        self.fields = fields
    }

    /// How many distinct events (of an audience) it serializes.
    public var eventCount: Int { fields.count }

    /// The paths written, relative to the output folder.
    public var paths: [String] { files.map(\.path) }

    /// Writes every file under `folder`; returns the seconds it took.
    public func write(into folder: String) throws -> Double {
        let started = Date()
        let renderer = self.renderer, fields = self.fields, files = self.files
        let texts = parallelChunks(fields.count, chunk: 512) { fields[$0].map(renderer.eventBytes) }
        let directories = Set(files.map { ($0.path as NSString).deletingLastPathComponent })
        for directory in directories.sorted() {
            try FileManager.default.createDirectory(atPath: (folder as NSString).appendingPathComponent(directory),
                                                    withIntermediateDirectories: true)
        }
        _ = try parallelMap(files.count) { f throws(OutputError) in
            let file = files[f]
            let path = (folder as NSString).appendingPathComponent(file.path)
            var bytes = file.header
            for i in file.events { bytes.append(contentsOf: texts[i]) }
            bytes.append(contentsOf: file.footer)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw OutputError.current(path) }
            defer { close(descriptor) }
            let wrote = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard wrote == bytes.count else { throw OutputError.current(path) }
        }
        return Date().timeIntervalSince(started)
    }
}
