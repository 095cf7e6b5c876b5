import Foundation
import Rendering

/// Where messages leave: a sendmail-compatible program, or (for `--dry-run`) a folder of
/// `.eml` files.
public protocol MailTransport: Sendable {
    /// Hands one message over for delivery to `recipient`, the envelope sender `sender`.
    /// Throws `MailTransportFailure` with the program's own words when it refuses.
    func send(_ message: Data, sender: String, recipient: String, name: String) throws
}

public struct MailTransportFailure: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// A sendmail-compatible program: what Debian's msmtp-mta, Postfix and Exim install as
/// `/usr/sbin/sendmail`. The program queues or relays the message (msmtp speaks SMTP with
/// STARTTLS and a password from its own file or a keyring); a zero exit status means it
/// took the message. Chosen over an SMTP client of our own because the people who run
/// the server already configure exactly this for every other program on the machine
/// (cron, unattended-upgrades), relays, TLS and passwords stay in their hands and files,
/// and a queueing MTA retries a slow relay by itself.
public struct SendmailTransport: MailTransport {
    /// The program and its own arguments, e.g. `["/usr/sbin/sendmail"]` or `["msmtp", "-C", "/etc/msmtprc"]`.
    public let command: [String]
    /// A program that has not answered in this many seconds is stopped, and the message counts as failed.
    public let timeout: Double

    public init(command: [String], timeout: Double = 120) {
        self.command = command
        self.timeout = timeout
    }

    /// Splits `VUOSIKELLO_SENDMAIL`-style text ("msmtp -C /etc/msmtprc") into words.
    public static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// Whether the program exists, for a clear message before anything is queued.
    public var isAvailable: Bool { command.first.flatMap { ExternalProgram.find($0) } != nil }

    public func send(_ message: Data, sender: String, recipient: String, name: String) throws {
        guard let program = command.first, let path = ExternalProgram.find(program) else {
            throw MailTransportFailure(description: "\(command.first ?? "sendmail"): not found")
        }
        // The message goes in from a file written whole first: a program killed half-way
        // can never hand the mail program half a message (which it would send as it is).
        let spool = NSTemporaryDirectory() + "vuosikello-mail-" + UUID().uuidString
        guard FileManager.default.createFile(atPath: spool, contents: message, attributes: [.posixPermissions: 0o600]),
              let input = FileHandle(forReadingAtPath: spool) else {
            throw MailTransportFailure(description: "\(spool): cannot write the message")
        }
        defer {
            try? input.close()
            try? FileManager.default.removeItem(atPath: spool)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        // -i: a line with a lone dot does not end the message; -f: the envelope sender;
        // the recipient after --, never read from the headers.
        process.arguments = Array(command.dropFirst()) + ["-i", "-f", sender, "--", recipient]
        // What the program says goes to a file: no pipe to drain while it runs.
        let errors = spool + ".err"
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errors) }
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: errors)
        try process.run()
        guard ExternalProgram.finish(process, within: timeout) else {
            throw MailTransportFailure(description: "\(program): no answer in \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0 else {
            let said = String(decoding: FileManager.default.contents(atPath: errors) ?? Data(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw MailTransportFailure(description: "\(program) (\(process.terminationStatus)): "
                                       + (said.isEmpty ? "refused the message" : said))
        }
    }
}

/// `--dry-run`: each message written as `<name>.eml` into a folder, whole or not at all.
public struct EMLFolderTransport: MailTransport {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    public func send(_ message: Data, sender: String, recipient: String, name: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try AtomicFile.write(message, to: (folder as NSString).appendingPathComponent(name + ".eml"))
    }
}
