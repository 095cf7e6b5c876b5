import Foundation

/// The output folder a build writes into, held by one build at a time.
///
/// A build takes an exclusive `flock` on `.vuosikello.lock` in the folder (the system
/// releases it even when the process is killed), so `serve` rebuilding and `build` run in
/// another shell take turns instead of interleaving their files. Holding it, the build
/// first removes the temporary files (`.NAME.UUID.tmp`, see `AtomicFile`) that an
/// interrupted run left behind: nobody else can be writing them.
public enum OutputFolder {
    public static let lockName = ".vuosikello.lock"

    /// Runs `body` holding the folder's lock, after sweeping stale temporary files.
    public static func holding<T>(_ folder: String, _ body: () throws -> T) throws -> T {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: folder, reason: (error as NSError).localizedDescription)
        }
        let path = (folder as NSString).appendingPathComponent(lockName)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError.current(path) }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { throw OutputError.current(path) }
        defer { flock(descriptor, LOCK_UN) }
        sweep(folder)
        return try body()
    }

    /// Removes every `.NAME.UUID.tmp` under `folder`; returns how many.
    ///
    /// readdir(3) itself, the entry's type taken from the folder where the file system gives
    /// it: FileManager's enumerator made objects and a stat(2) for each of the hundred
    /// thousand documents and feeds of a national output folder, at every build. Links
    /// are not followed.
    @discardableResult
    public static func sweep(_ folder: String) -> Int {
        guard let directory = opendir(folder) else { return 0 }
        defer { closedir(directory) }
        var removed = 0
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            let path = folder + "/" + name
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                removed += sweep(path)
            } else if isTemporary(name), unlink(path) == 0 {
                removed += 1
            }
        }
        return removed
    }

    /// `.NAME.UUID.tmp`, exactly as `AtomicFile` names them.
    public static func isTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let stem = name.dropLast(4)
        guard let dot = stem.lastIndex(of: ".") else { return false }
        return UUID(uuidString: String(stem[stem.index(after: dot)...])) != nil
    }
}
