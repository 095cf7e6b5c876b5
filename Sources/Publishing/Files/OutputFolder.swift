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
    @discardableResult
    public static func sweep(_ folder: String) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var removed = 0
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard isTemporary(name) else { continue }
            if (try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(relative))) != nil {
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
