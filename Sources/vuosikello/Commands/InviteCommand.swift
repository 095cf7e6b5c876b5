import ArgumentParser
import Foundation
import Publishing
import Rules
import Storage

/// `vuosikello invite`: each meeting's invitation, as an Outlook-ready iTIP message, to
/// its attendees; every version exactly once.
struct InviteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "Send each meeting's invitation to its attendees by e-mail (iTIP: Outlook, Gmail and Thunderbird add it to the calendar).",
        discussion: """
        Builds the feeds as `build` does, then sends every meeting still to come (up to --until) a \
        METHOD:REQUEST to each attendee with an e-mail address: when the meeting is new to them, when \
        its time, place, mode or title changed (the same UID and SEQUENCE as the feeds), and once more \
        with the agenda draft attached when the agenda deadline has come. A cancelled or removed \
        meeting sends a METHOD:CANCEL to everyone invited. Each message is kept in the database's \
        outbox and goes out exactly once: running this again sends nothing new, a refused message is \
        tried again later (1, 2, 4 … minutes, at most 12 hours apart), and one that was being handed \
        over when the program was killed is reported as uncertain, not sent twice. Mail leaves through \
        a sendmail-compatible program (msmtp, Postfix, Exim). Exit status 1 if a message failed or is uncertain.
        """)

    @Flag(help: "Write the messages as .eml files into --eml instead of sending them; stores nothing.")
    var dryRun = false

    @Option(help: "The folder for --dry-run's .eml files.")
    var eml = "invitations"

    @Option(name: .customLong("network"), help: "Only this network (repeat for more).")
    var networks: [String] = []

    @Option(help: "Invite meetings up to this day, YYYY-MM-DD (default: a year from today).")
    var until: String?

    @OptionGroup var mail: MailOptions

    @Flag(help: "Queue again the messages left uncertain by a run that was killed (check the mail log first).")
    var resendUncertain = false

    @OptionGroup var site: SiteOptions

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func validate() throws {
        if let until, Day(iso: until) == nil { throw ValidationError("--until: '\(until)' is not a date (YYYY-MM-DD)") }
    }

    func run() throws {
        let lang = context.language
        var failed = false
        try guarded(lang) {
            let session = try Session(folder: try rules.folder(), databasePath: database.db, context: context)
            for network in networks { try session.requireNetwork(network) }
            let sender: String, transport: any MailTransport
            if dryRun {
                (sender, transport) = (mail.sender ?? "vuosikello@localhost", EMLFolderTransport(folder: eml))
            } else {
                (sender, transport) = try mail.transport(lang)
            }
            if resendUncertain, !dryRun {
                Console.out(Messages.requeued(try session.writeDatabase().requeueUncertain(), lang) + "\n")
            }
            let today = session.today
            let options = Invitations.Options(
                today: today, now: Session.now, until: until.flatMap(Day.init(iso:)) ?? today.adding(days: 365),
                networks: networks.isEmpty ? nil : Set(networks), language: lang,
                baseURL: site.baseURL(rulesGiven: rules.rules != nil), sender: sender,
                out: site.out(rulesGiven: rules.rules != nil), dryRun: dryRun ? eml : nil)
            failed = try InvitationReport.run(session, options, transport: transport)
        }
        if failed { throw ExitCode.failure }
    }
}
