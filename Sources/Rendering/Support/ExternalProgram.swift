import Foundation

/// The machine's own programs we hand work to (LibreOffice, the mail program): one search
/// for them, and one way to wait for one with a time limit.
public enum ExternalProgram {
    /// The program's path: as given when it has a slash, else the first on PATH or in the
    /// folders Debian puts such programs in that a service's PATH may lack.
    public static func find(_ name: String, also extra: [String] = []) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/sbin", "/usr/lib"] + extra
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Waits for a started process; one still running after `seconds` is stopped. False then.
    public static func finish(_ process: Process, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        let inTime = !process.isRunning
        if !inTime { process.terminate() }
        process.waitUntilExit()
        return inTime
    }
}
