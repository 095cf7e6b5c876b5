import ArgumentParser
import Foundation
import Publishing
import Rendering
import Rules
import Scheduling
import Storage

/// `vuosikello build DIR --out public/`: every feed, document and wheel, ready to publish.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write the iCalendar feeds (per network, internal and public; all networks; per person), every meeting's agenda and minutes template, and the annual wheels.",
        discussion: """
        Writes feeds/<network>.ics (with organizer and attendees), feeds/public/<network>.ics (no names, \
        e-mail addresses or links), feeds/all.ics, feeds/public/all.ics and feeds/people/<person>.ics. \
        A meeting keeps its UID for ever, wherever the rules folder is; SEQUENCE rises when its time, \
        place, mode, title or status changes; a meeting gone from the rules stays in the feeds as \
        cancelled; one that has happened stays as it was. The same rules, state and today give the \
        same bytes, and unchanged feeds are not rewritten. The years always include every year the \
        feeds have carried, so that no published meeting silently disappears. Agenda drafts and \
        minutes templates go to documents/<network>/ (--documents chooses the formats; other formats \
        are left alone); the wheels to wheel/. A rule that cannot be met or a broken template stops \
        the build before anything is written.
        """)

    @Argument(help: "The rules folder, e.g. calendars/etela-savo (default: VUOSIKELLO_RULES, the current folder, or the only folder in calendars/).")
    var folder: String?

    @OptionGroup var period: PeriodOptions

    /// With a base URL the members' feeds link each meeting's agenda and page.
    @OptionGroup var site: SiteOptions

    @Option(help: "Document formats to write under documents/ (comma-separated: md, html, docx), or none.")
    var documents = "md,html,docx"

    @Flag(help: "Then send the invitations that became due, as `vuosikello invite` does (needs --mail-from or VUOSIKELLO_MAIL_FROM).")
    var invite = false

    @OptionGroup var mail: MailOptions

    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    var documentFormats: [DocumentFormat] {
        get throws {
            if documents == "none" { return [] }
            return try documents.split(separator: ",").map { name in
                guard let format = DocumentFormat(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("--documents: '\(name)' is not md, html, docx or none")
                }
                return format
            }
        }
    }

    func validate() throws { _ = try documentFormats }

    func run() throws {
        let lang = context.language
        var failed = false
        try guarded(lang) {
            // Checked before anything is built: a missing sender or mail program stops it all.
            let mailing = invite ? try mail.transport(lang) : nil
            let session = try Session(folder: folder, databasePath: database.db, context: context)
            let out = site.out(rulesGiven: folder != nil)
            var options = ProjectBuild.Options(out: out, language: lang, years: session.years(period),
                                               documents: try documentFormats, today: session.today, now: Session.now)
            options.baseURL = site.baseURL(rulesGiven: folder != nil)
            let result = try ProjectBuild(project: session.project, rules: session.rules).run(options)
            Console.report(result.plan.problems, lang)
            let feeds = result.feeds
            Console.out(Messages.built(folder: out, written: feeds.feeds.count, unchanged: feeds.unchanged,
                                       meetings: result.plan.meetings.count, tasks: result.plan.tasks.count,
                                       removed: feeds.removed, lang) + "\n")
            if let report = result.documents { Console.out(Messages.documentsWritten(report, lang) + "\n") }
            Console.out(Messages.wheelsWritten(result.wheels, lang) + "\n")
            releaseInBackground(consume result)  // the process ends sooner than a national plan is freed
            if let (sender, transport) = mailing {
                let invitations = Invitations.Options(today: session.today, now: Session.now,
                                                      until: session.today.adding(days: 365), language: lang,
                                                      baseURL: options.baseURL, sender: sender, out: out)
                failed = try InvitationReport.run(session, invitations, transport: transport)
            }
        }
        if failed { throw ExitCode.failure }
    }
}
