import Foundation
import Testing
import TestSupport

/// A `vuosikello serve` process on a free port, for the tests, and curl as its client
/// (`--path-as-is`, so that traversal attempts reach the server unnormalised).
final class ServerFixture: @unchecked Sendable {
    let folder: String
    let process = Process()
    private let output = Pipe()
    private let lock = NSLock()
    private var text = ""
    private(set) var port = 0

    /// - Parameter fileLimit: the open-file limit to run the server under (with `prlimit`).
    init(folder: String, arguments: [String] = [], env: [String: String] = [:], in directory: String? = nil,
         fileLimit: Int? = nil) throws {
        self.folder = folder
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let serve = ["serve", folder, "--port", "0", "--out", folder + "/public"] + arguments
        if let fileLimit {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
            process.arguments = ["--nofile=\(fileLimit):\(fileLimit)", CLI.binary] + serve
        } else {
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = serve
        }
        var environment = ProcessInfo.processInfo.environment
        environment["VUOSIKELLO_TODAY"] = "2026-11-22"
        environment["VUOSIKELLO_CONFIG"] = "none"
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = String(decoding: handle.availableData, as: UTF8.self)
            self?.lock.withLock { self?.text += chunk }
        }
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if let found = lock.withLock({ Self.port(in: text) }) {
                port = found
                return
            }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(message: "the server did not start: \(log)")
    }

    var log: String { lock.withLock { text } }
    var base: String { "http://127.0.0.1:\(port)" }

    /// The port from the "serving on http://HOST:PORT/" line.
    static func port(in text: String) -> Int? {
        guard let range = text.range(of: #"http://[^ /]*:[0-9]+/"#, options: .regularExpression) else { return nil }
        let address = text[range].dropLast()
        return Int(address[address.index(after: address.lastIndex(of: ":")!)...])
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        output.fileHandleForReading.readabilityHandler = nil
    }

    deinit { stop() }

    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// One request with curl; `arguments` go before the URL.
    func curl(_ path: String, _ arguments: [String] = []) throws -> Reply {
        try Self.curl(base + path, arguments)
    }

    static func curl(_ url: String, _ arguments: [String] = []) throws -> Reply {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let headerFile = NSTemporaryDirectory() + "vuosikello-headers-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: headerFile) }
        process.arguments = ["curl", "-s", "--path-as-is", "--max-time", "20", "-D", headerFile, "-o", "-"] + arguments + [url]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let body = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let raw = (try? String(contentsOfFile: headerFile, encoding: .utf8)) ?? ""
        // The last response's head (curl writes every one, e.g. after 100 Continue).
        let head = raw.components(separatedBy: "\r\n\r\n").filter { !$0.isEmpty }.last ?? ""
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.isEmpty ? "" : lines.removeFirst()
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: status, headers: headers, body: body)
    }

    /// Sends bytes that need not be HTTP at all over a plain socket (Python's, since
    /// curl would fix them up) and returns the first line of the answer, if any.
    func raw(_ bytes: String) throws -> String {
        let script = """
            import socket, sys
            s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
            s.sendall(sys.argv[2].encode("latin-1"))
            s.shutdown(socket.SHUT_WR)
            data = b""
            try:
                while chunk := s.recv(4096):
                    data += chunk
            except (socket.timeout, ConnectionResetError):
                pass
            print(data.split(b"\\r\\n")[0].decode("latin-1"))
            """
        let answer = try Peer.run(["-c", script, String(port), bytes], what: "raw socket")
        return String(decoding: answer, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until `condition` holds (the server looks for changes every second).
    static func eventually(_ seconds: Double = 20, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.25)
        }
        return try condition()
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
