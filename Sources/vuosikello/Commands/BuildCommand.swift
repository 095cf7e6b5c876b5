import ArgumentParser
import Foundation
import Publishing
import Rendering
import Rules
import Scheduling
import Storage

/// `vuosikello build DIR --out public/`: every feed, ready to publish.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write the iCalendar feeds (per network, internal and public; all networks; per person) and every meeting's agenda and minutes template.",
        discussion: """
        Writes feeds/<network>.ics (with organizer and attendees), feeds/public/<network>.ics (no names, \
        e-mail addresses or links), feeds/all.ics, feeds/public/all.ics and feeds/people/<person>.ics. \
        A meeting keeps its UID for ever; SEQUENCE rises when its time, place, mode, title or status \
        changes; a meeting gone from the rules stays in the feeds as cancelled. The same rules and state \
        give the same bytes, and unchanged feeds are not rewritten. The years always include every year \
        the feeds have carried, so that no published meeting silently disappears. Agenda drafts and \
        minutes templates go to documents/<network>/ (--documents chooses the formats); a broken \
        template stops the build before anything is written.
        """)

    @Argument(help: "The rules folder, e.g. calendars/etela-savo.")
    var folder: String

    @OptionGroup var period: PeriodOptions

    @Option(help: "The output folder.")
    var out = "public"

    @Option(help: "Document formats to write under documents/ (comma-separated: md, html, docx), or none.")
    var documents = "md,html,docx"

    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

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
        let lang = language.language
        try guarded(lang) {
            let session = try Session(folder: folder, databasePath: database.db, language: lang)
            let stored = try session.readDatabase()
            let state = try stored?.publishedEvents() ?? [:]
            let years = FeedPublisher.years(session.years(period), covering: state)
            let plan = try session.plan(years, database: stored)
            Console.report(plan.problems, lang)
            guard !plan.hasErrors else {
                Console.error(Messages.notSaved(lang))
                throw Failure()
            }
            let formats = try documentFormats
            let database = try session.writeDatabase()
            let templates = TemplateLibrary.standard(rulesFolder: folder)
            // Templates first: a broken one stops the build before any file changes.
            let wheels = try WheelPublisher(rules: session.rules, language: lang, templates: templates, folder: out)
            var documentReport: DocumentPublisher.Report?
            if !formats.isEmpty {
                let documents = MeetingDocuments(rules: session.rules, language: lang, plan: plan,
                                                 actions: try database.actions(),
                                                 templates: templates)
                documentReport = try DocumentPublisher(documents: documents, formats: formats, folder: out).write(plan)
            }
            let result = try FeedPublisher(rules: session.rules, language: lang, now: Session.now, folder: out)
                .build(plan, database: database, firstYear: years.lowerBound)
            Console.out(Messages.built(folder: out, written: result.feeds.count, unchanged: result.unchanged,
                                       meetings: plan.meetings.count, tasks: plan.tasks.count,
                                       removed: result.removed, lang) + "\n")
            if let documentReport { Console.out(Messages.documentsWritten(documentReport, lang) + "\n") }
            let wheelCount = try wheels.write(plan, today: session.today)
            Console.out(Messages.wheelsWritten(wheelCount, lang) + "\n")
        }
    }
}
