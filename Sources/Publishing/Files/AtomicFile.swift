import Foundation

/// A file that could not be written, with the system's reason ("Is a directory").
public struct OutputError: Error, Sendable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    static func current(_ path: String) -> OutputError {
        OutputError(path: path, reason: String(cString: strerror(errno)))
    }
}

/// A file that appears whole or not at all: written to a temporary file beside the
/// target, then renamed over it (rename is atomic on POSIX file systems). Until
/// `commit`, the earlier file is untouched. Outputs can be rebuilt, so there is no
/// fsync per file (a build writes thousands of feeds); a file that is the only copy (a
/// rule file saved from the browser) is written `durable`: synced before and after the rename.
public final class AtomicFile {
    public let path: String
    private let temporary: String
    private let handle: FileHandle
    public let output: BufferedOutput
    private var done = false

    public init(path: String) throws {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temporary = "\(folder)/.\(name).\(Self.uniqueName()).tmp"
        // One open(2) that creates the file: FileManager.createFile would itself write a
        // temporary file and rename it, and opening again for writing doubles the cost. The
        // folder is made only when the open finds it missing (asking first cost a stat per file).
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT, !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: folder, reason: (error as NSError).localizedDescription)
            }
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw OutputError.current(path) }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        output = BufferedOutput(handle)
    }

    /// A UUID from the system's random source (getrandom(2)): Foundation's `UUID()` opens
    /// `/dev/urandom` on every call, a build's thousands of feeds thousands of times.
    private static func uniqueName() -> String {
        var random = SystemRandomNumberGenerator()
        let bytes = withUnsafeBytes(of: (random.next() as UInt64, random.next() as UInt64)) { Array($0) }
        // Version 4, variant 1, as UUID() makes them.
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6] & 0x0F | 0x40, bytes[7],
                           bytes[8] & 0x3F | 0x80, bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14],
                           bytes[15])).uuidString
    }

    /// Writes `data` to `path` whole, unless the file already holds exactly these bytes.
    /// Returns whether it wrote.
    @discardableResult
    public static func write(_ data: Data, to path: String, durable: Bool = false) throws -> Bool {
        if let existing = FileManager.default.contents(atPath: path), existing == data { return false }
        let file = try AtomicFile(path: path)
        file.output.write(bytes: data)
        try file.commit(durable: durable)
        return true
    }

    /// Removes the temporary files (`.NAME.UUID.tmp`) an interrupted write of `path` left
    /// beside it: for the single files commands write (`-o FILE`); a build's output folder
    /// is swept whole by `OutputFolder`.
    public static func clearLeftovers(of path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path, prefix = "." + url.lastPathComponent + "."
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(prefix) && OutputFolder.isTemporary(name) {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    /// - Parameter durable: the bytes reach the disk before the rename, and the rename
    ///   itself (the folder synced) before returning, so a power cut keeps old or new.
    public func commit(durable: Bool = false) throws {
        output.flush()
        if durable, fsync(handle.fileDescriptor) != 0 {
            let error = OutputError.current(path)
            discard()
            throw error
        }
        try handle.close()
        guard rename(temporary, path) == 0 else {
            let error = OutputError.current(path)
            discard()
            throw error
        }
        done = true
        if durable {
            let folder = (path as NSString).deletingLastPathComponent
            let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError.current(folder) }
            defer { close(descriptor) }
            guard fsync(descriptor) == 0 else { throw OutputError.current(folder) }
        }
    }

    public func discard() {
        guard !done else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
        done = true
    }

    deinit { discard() }
}
