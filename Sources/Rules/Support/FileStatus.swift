import Foundation

/// A file's size and modification time, from stat(2) itself.
///
/// FileManager's attributes also look up the owner's and the group's names, reading
/// /etc/passwd and /etc/group on every call: a build asks about thousands of feeds, the
/// server about every file it serves, and its watcher about every rule file each second.
public struct FileStatus: Sendable, Equatable {
    /// Bytes.
    public let size: Int
    /// Seconds since 1970, with the file system's fraction.
    public let modified: Double

    /// The file at `path` (a link followed); nil when there is none.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1_000_000_000
    }
}
