import Foundation

/// Where a program the machine provides is (LibreOffice, the mail program): one search
/// for every caller, over PATH and the folders Debian puts such programs in that a
/// service's PATH may lack.
public enum ProgramPath {
    public static func find(_ name: String, also extra: [String] = []) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/sbin", "/usr/lib"] + extra
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
