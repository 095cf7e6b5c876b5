import ArgumentParser
import Foundation
import Publishing
import Rules

/// How invitations leave, for `invite`, `build --invite` and `serve`: the sender and the
/// sendmail-compatible program, each also from the environment.
struct MailOptions: ParsableArguments {
    @Option(name: .customLong("mail-from"),
            help: "The sender's address, e.g. vuosikello@perhekeskus.example.fi (default: VUOSIKELLO_MAIL_FROM).")
    var from: String?

    @Option(help: "The sendmail-compatible program and its arguments (default: VUOSIKELLO_SENDMAIL, else sendmail).")
    var sendmail: String?

    /// The sender, if one is given and looks like an address.
    var sender: String? {
        (from ?? Settings.string(.mailFrom)).flatMap { $0.contains("@") ? $0 : nil }
    }

    var command: [String] { SendmailTransport.words(sendmail ?? Settings.string(.sendmail) ?? "sendmail") }

    /// The transport, or a clear error when the sender or the program is missing.
    func transport(_ language: Language) throws -> (sender: String, transport: SendmailTransport) {
        guard let sender else {
            Console.error(Messages.noSender(language))
            throw Failure()
        }
        let transport = SendmailTransport(command: command)
        guard transport.isAvailable else {
            Console.error(Messages.noSendmail(command.first ?? "sendmail", language))
            throw Failure()
        }
        return (sender, transport)
    }
}

/// Runs the invitations and says what happened; true when a message failed or is uncertain.
enum InvitationReport {
    static func run(_ session: Session, _ options: Invitations.Options, transport: any MailTransport) throws -> Bool {
        let lang = session.language
        let report = try Invitations(project: session.project, rules: session.rules).run(options, transport: transport)
        Console.out(Messages.invited(report, dryRun: options.dryRun, lang) + "\n")
        for (person, keys) in report.withoutAddress.sorted(by: { $0.key < $1.key }) {
            Console.out(Messages.noAddress(person, meetings: Set(keys).count, lang) + "\n")
        }
        for (message, error) in report.failed { Console.error(Messages.sendFailed(message, error, lang)) }
        for message in report.abandoned { Console.error(Messages.abandoned(message, lang)) }
        if !report.uncertain.isEmpty { Console.error(Messages.uncertain(report.uncertain, lang)) }
        return !report.failed.isEmpty || !report.uncertain.isEmpty
    }
}
