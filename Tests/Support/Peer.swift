import Foundation

/// The Python peers the command-line tests talk to (Tests/Peers, Radicale, raw
/// sockets), run with VUOSIKELLO_PYTHON, the interpreter scripts/setup installed them
/// for, or else python3.
public enum Peer {
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
        public init(message: String) { self.message = message }
    }

    public static var python: String { ProcessInfo.processInfo.environment["VUOSIKELLO_PYTHON"] ?? "python3" }

    public static func script(_ name: String) -> String { CLI.packageRoot.appendingPathComponent("Tests/Peers/" + name).path }

    /// Runs Python with `arguments` and returns its standard output; `what` names the
    /// peer (and how to install it) if it fails.
    public static func run(_ arguments: [String], what: String) throws -> Data {
        try runProgram("/usr/bin/env", [python] + arguments, what: what)
    }

    /// Runs any program (openssl, nginx's checks) the same way.
    public static func runProgram(_ path: String, _ arguments: [String], what: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        // Standard error goes to a file, so a chatty peer cannot block on a full pipe.
        let errors = NSTemporaryDirectory() + "vuosikello-peer-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errors) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: errors)
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let problem = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            throw Failure(message: "\(what) failed: \(problem)")
        }
        return data
    }

    /// A peer script under Tests/Peers that prints one JSON object.
    public static func json(_ name: String, _ arguments: [String]) throws -> [String: Any] {
        let data = try run([script(name)] + arguments, what: name)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(message: "\(name) printed no JSON object")
        }
        return object
    }
}
