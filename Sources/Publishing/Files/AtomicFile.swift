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

/// A file that appears whole or not at all. Where the system allows (Linux), it is written
/// as an unnamed file in the target's folder (`O_TMPFILE`) and linked in under its name
/// when complete; a file that already exists is replaced by renaming a linked temporary
/// name over it. Elsewhere it is written to a named temporary file beside the target
/// (`.NAME.UUID.tmp`), then renamed. Either way, until `commit` the earlier file is
/// untouched, and rename is atomic on POSIX file systems. (A first build creates thousands
/// of feeds, two threads in the same folders: the unnamed file takes the folder's lock
/// once per file instead of twice, and an interrupted build leaves nothing behind.)
/// Outputs can be rebuilt, so there is no fsync per file; a file that is the only copy (a
/// rule file saved from the browser) is written `durable`: synced before and after it is named.
public final class AtomicFile {
    public let path: String
    private let folder: String
    private let name: String
    /// The temporary name the bytes are written under; nil while the file is unnamed.
    private var temporary: String?
    private let handle: FileHandle
    public let output: BufferedOutput
    private var done = false

    public convenience init(path: String) throws {
        try self.init(path: path, unnamed: true)
    }

    /// - Parameter unnamed: false to use a named temporary file even where an unnamed one
    ///   can be made (for the tests of that way).
    init(path: String, unnamed: Bool) throws {
        self.path = path
        let slash = path.lastIndex(of: "/")
        folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        // One open(2) that creates the file: FileManager.createFile would itself write a
        // temporary file and rename it, and opening again for writing doubles the cost. The
        // folder is made only when the open finds it missing (asking first cost a stat per file).
        var (descriptor, temporary) = Self.create(in: folder, name: name, unnamed: unnamed)
        if descriptor < 0, errno == ENOENT {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: folder, reason: (error as NSError).localizedDescription)
            }
            (descriptor, temporary) = Self.create(in: folder, name: name, unnamed: unnamed)
        }
        guard descriptor >= 0 else { throw OutputError.current(path) }
        self.temporary = temporary
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        output = BufferedOutput(handle)
    }

    /// Opens an unnamed file in `folder` where the system can name it later (through
    /// /proc/self/fd), else a new temporary file beside the target.
    private static func create(in folder: String, name: String,
                               unnamed: Bool) -> (descriptor: Int32, temporary: String?) {
        #if os(Linux)
        if unnamed, canLinkUnnamed {
            let descriptor = open(folder, tmpfile | O_WRONLY | O_CLOEXEC, 0o644)
            // Some file systems have no unnamed files (EOPNOTSUPP; old kernels say EISDIR).
            if descriptor >= 0 || errno == ENOENT { return (descriptor, nil) }
        }
        #endif
        let temporary = temporaryName(in: folder, name: name)
        return (open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644), temporary)
    }

    #if os(Linux)
    /// `O_TMPFILE`, which Glibc's module does not export (a macro of macros).
    private static let tmpfile: Int32 = 0o20000000 | O_DIRECTORY
    /// Whether an unnamed file can be given a name: through its /proc/self/fd link.
    private static let canLinkUnnamed = access("/proc/self/fd", X_OK) == 0
    #endif

    private static func temporaryName(in folder: String, name: String) -> String {
        "\(folder)/.\(name).\(uniqueName()).tmp"
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

    /// - Parameter durable: the bytes reach the disk before the file is named, and the
    ///   name itself (the folder synced) before returning, so a power cut keeps old or new.
    public func commit(durable: Bool = false) throws {
        output.flush()
        if durable, fsync(handle.fileDescriptor) != 0 {
            let error = OutputError.current(path)
            discard()
            throw error
        }
        do {
            try putInPlace()
        } catch {
            discard()
            throw error
        }
        try? handle.close()
        done = true
        if durable {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError.current(folder) }
            defer { close(descriptor) }
            guard fsync(descriptor) == 0 else { throw OutputError.current(folder) }
        }
    }

    /// Puts the written file under `path`: an unnamed file is linked in directly when
    /// nothing has the name yet, else under a temporary name that is renamed over the old file.
    private func putInPlace() throws {
        if temporary == nil {
            let link = "/proc/self/fd/\(handle.fileDescriptor)"
            if linkat(AT_FDCWD, link, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 { return }
            guard errno == EEXIST else { throw OutputError.current(path) }
            let named = Self.temporaryName(in: folder, name: name)
            guard linkat(AT_FDCWD, link, AT_FDCWD, named, AT_SYMLINK_FOLLOW) == 0 else {
                throw OutputError.current(path)
            }
            temporary = named
        }
        guard let temporary, rename(temporary, path) == 0 else { throw OutputError.current(path) }
    }

    public func discard() {
        guard !done else { return }
        try? handle.close()
        if let temporary { unlink(temporary) }
        done = true
    }

    deinit { discard() }
}
