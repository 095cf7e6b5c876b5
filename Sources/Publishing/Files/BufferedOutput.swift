import Foundation

/// Standard output in 64 KiB writes, for outputs too large to build in memory first.
public final class BufferedOutput: TextOutputStream {
    private var buffer = Data()
    private let handle: FileHandle?
    public private(set) var bytes = 0

    /// With no handle, only counts what would be written (for the benchmark).
    public init(_ handle: FileHandle? = .standardOutput) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    public func write(_ string: String) {
        bytes += string.utf8.count
        guard handle != nil else { return }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Bytes as they are (UTF-8 text, or a binary file).
    public func write(bytes: some Sequence<UInt8>) {
        let before = buffer.count
        buffer.append(contentsOf: bytes)
        self.bytes += buffer.count - before
        guard handle != nil else { return buffer.removeAll(keepingCapacity: true) }
        if buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        guard let handle, !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
