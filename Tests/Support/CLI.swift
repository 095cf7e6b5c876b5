import Foundation

/// Runs the real `vuosikello` binary, as a coordinator would.
public enum CLI {
    public struct Result: Sendable {
        public let status: Int32
        public let out: String
        public let err: String
    }

    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary next to the test bundle, or `VUOSIKELLO_BIN`.
    public static var binary: String {
        if let path = ProcessInfo.processInfo.environment["VUOSIKELLO_BIN"] { return path }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("vuosikello").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/vuosikello").path
    }

    /// The day the tests act on unless they say otherwise (`--today` or `env`): the start of
    /// the example's first year, so that nothing in it has happened yet and no test depends
    /// on the machine's clock.
    public static let defaultToday = "2026-01-01"

    /// This process's environment without the user's language and rules folder, acting on
    /// `defaultToday`, with `env` on top.
    static func environment(_ env: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        // No settings from the machine: neither its variables nor an installed server's file.
        for key in ["LANG", "RULES", "OUT", "HOST", "PORT", "BASE_URL", "MAIL_FROM", "SENDMAIL", "TRUSTED_PROXY"] {
            environment.removeValue(forKey: "VUOSIKELLO_" + key)
        }
        environment["VUOSIKELLO_CONFIG"] = "none"
        environment["VUOSIKELLO_TODAY"] = defaultToday
        for (k, v) in env { environment[k] = v }
        return environment
    }

    /// - Parameters:
    ///   - input: what the command reads from standard input (a password), if anything.
    ///   - program: another copy of the binary to run instead (a new version, to the build).
    public static func run(_ arguments: [String], in directory: String? = nil, env: [String: String] = [:],
                           input: String? = nil, program: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program ?? binary)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = environment(env)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errData, as: UTF8.self))
    }

    /// A run's figures: wall time and peak memory, printed by the tests that bound input
    /// (never asserted on: speed belongs to the benchmark).
    public struct Measured: Sendable {
        public let result: Result
        public let seconds: Double
        public let peakMB: Int
        /// Whether it had to be killed after the time given.
        public let killed: Bool
    }

    /// Runs the binary under `/usr/bin/time`, killed (by `timeout`) after `limit` seconds so
    /// that a regression that hangs fails the test instead of the whole run.
    public static func measure(_ arguments: [String], env: [String: String] = [:], limit: Double = 120) throws -> Measured {
        let figures = NSTemporaryDirectory() + "vuosikello-time-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: figures) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%e %M", "-o", figures, "/usr/bin/timeout", "-s", "KILL", String(Int(limit)), binary]
            + arguments
        process.environment = environment(env)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let start = Date()
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        let words = ((try? String(contentsOfFile: figures, encoding: .utf8)) ?? "").split(whereSeparator: \.isWhitespace)
        let peak = words.count >= 2 ? (Int(words[words.count - 1]) ?? 0) / 1024 : 0
        return Measured(result: Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                                       err: String(decoding: errData, as: UTF8.self)),
                        seconds: seconds, peakMB: peak, killed: process.terminationStatus == 137)
    }

    /// Six networks that all need the coordinator in one week of five working days:
    /// one of them cannot be placed.
    public static func addCompetingNetworks(to folder: String) throws {
        for i in 1...6 {
            try """
            title: Kiireinen \(i)
            members:
              - {person: koordinaattori, role: convener}
            meetings:
              online: teams-koordinaattori
              windows:
                - {id: viikko, from: 03-09, to: 03-13}
            """.write(toFile: folder + "/networks/kiire-\(i).yaml", atomically: true, encoding: .utf8)
        }
    }

    /// A private copy of the shipped example to change.
    public static func copyOfExample() throws -> String {
        let target = NSTemporaryDirectory() + "vuosikello-cli-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: packageRoot.appendingPathComponent("calendars/etela-savo").path,
                                         toPath: target)
        try? FileManager.default.removeItem(atPath: target + "/vuosikello.sqlite")
        return target
    }
}
