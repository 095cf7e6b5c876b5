import Foundation
import TestSupport

/// A real SMTP server (Python's aiosmtpd, STARTTLS and AUTH required) on a free loopback
/// port, and Debian's msmtp configured to send through it with a password file: the
/// chain an IT department would set up, for `vuosikello invite`.
final class SMTPFixture {
    let folder = NSTemporaryDirectory() + "vuosikello-smtp-" + UUID().uuidString
    let process = Process()
    let port: Int
    let password = "salasana-\(UUID().uuidString.prefix(8))"

    /// - Parameter delay: seconds the server waits before answering each message's DATA.
    init(delay: Double = 0) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        port = try RadicaleFixture.freePort()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [Peer.python, Peer.script("smtp_peer.py"), "serve", folder, String(port), "vuosikello",
                             password, String(delay)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        guard ServerFixture.eventually(30, { FileManager.default.fileExists(atPath: folder + "/ready") }) else {
            throw ServerFixture.Failure(message: "the SMTP peer did not start (pip install aiosmtpd)")
        }
        try password.write(toFile: folder + "/password", atomically: true, encoding: .utf8)
        try """
        defaults
        tls on
        tls_starttls on
        tls_trust_file \(folder)/cert.pem
        auth on
        account default
        host 127.0.0.1
        port \(port)
        user vuosikello
        passwordeval cat \(folder)/password
        from vuosikello@esimerkki.invalid
        """.write(toFile: folder + "/msmtprc", atomically: true, encoding: .utf8)
        chmod(folder + "/msmtprc", 0o600)
    }

    /// `--sendmail`'s value.
    var sendmail: String { "msmtp -C \(folder)/msmtprc" }

    /// How many messages the server has received.
    var received: Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/mail")) ?? []).filter { $0.hasSuffix(".eml") }.count
    }

    /// Every message received, parsed by Python's email and icalendar, with the feeds given.
    func read(feeds: [String] = []) throws -> (messages: [[String: Any]], feeds: [String: [String: [String: Any]]]) {
        let json = try Peer.json("smtp_peer.py", ["read", folder] + feeds)
        return (json["messages"] as? [[String: Any]] ?? [], json["feeds"] as? [String: [String: [String: Any]]] ?? [:])
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: folder)
    }
}

extension CLI {
    /// A copy of the example in which every person has an e-mail address
    /// (`<id>@esimerkki.invalid`) but those in `without` (or all but `only`); `refused` get one the SMTP peer refuses.
    static func copyOfExampleWithAddresses(without: Set<String> = [], only: Set<String>? = nil,
                                           refused: Set<String> = []) throws -> String {
        let folder = try copyOfExample()
        let path = folder + "/people.yaml"
        var lines: [String] = []
        for line in try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n") {
            lines.append(line)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("  "), !line.hasPrefix("   "), trimmed.hasSuffix(":"), !trimmed.hasPrefix("#") else { continue }
            let id = String(trimmed.dropLast())
            if without.contains(id) || !(only?.contains(id) ?? true) { continue }
            lines.append("    email: \(refused.contains(id) ? "hylkaa-" : "")\(id)@esimerkki.invalid")
        }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }
}
