import Foundation

/// A file that appears whole or not at all: written to a temporary file beside the
/// target, then renamed over it. Until `commit`, the earlier file is untouched.
final class AtomicFile {
    let path: String
    private let temporary: String
    private let handle: FileHandle
    let output: BufferedOutput
    private var done = false

    init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        temporary = (folder as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        self.handle = handle
        output = BufferedOutput(handle)
    }

    func commit() throws {
        output.flush()
        try handle.synchronize()
        try handle.close()
        guard rename(temporary, path) == 0 else {
            discard()
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        done = true
    }

    func discard() {
        guard !done else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
        done = true
    }

    deinit { discard() }
}
