import ArgumentParser
import Publishing
import Rendering
import Rules
import Scheduling

/// `vuosikello plan DIR --from 2026 --to 2029`: every network's meeting calendar.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan every network's meetings and tasks for the given years.",
        discussion: """
        The plan honours the moves and cancellations in the database and keeps meetings where the \
        previous plan put them unless their rules changed or a hard conflict forces a move. Meetings \
        before today (--today) have happened: they stay as they were planned, and nothing new is put \
        there. The plan is then remembered (use --dry-run to leave the database untouched). If a rule \
        cannot be met, the plan is printed with the reasons, nothing is saved, and the exit status is 1.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @Argument(help: "The rules folder, e.g. calendars/etela-savo (default: VUOSIKELLO_RULES, the current folder, or the only folder in calendars/).")
    var folder: String?

    @OptionGroup var period: PeriodOptions

    @Option(help: "Output format: text (a readable table per network), json or csv.")
    var format: Format = .text

    @Option(name: .customLong("network"), help: "Show only this network (repeatable).")
    var networks: [String] = []

    @Option(name: [.short, .long], help: "Write to this file (whole or not at all) instead of the terminal.")
    var output: String?

    @Flag(help: "Do not remember this plan in the database.")
    var dryRun = false

    @Flag(help: "Show only what this plan changes against what the feeds last published (added, moved, re-moded, cancelled meetings, and the feeds and people it reaches); remembers nothing.")
    var diff = false

    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let session = try Session(folder: folder, databasePath: database.db, context: context)
            for id in networks { try session.requireNetwork(id) }
            let state = try session.state()
            let plan = session.plan(session.years(period), state: state)
            let filter = networks.isEmpty ? nil : Set(networks)
            if diff {
                try showDiff(plan, session: session, networks: filter)
                return
            }
            guard !(plan.hasErrors && output != nil) else {
                // With --output, a plan that breaks a rule leaves the earlier file as it was.
                Console.report(plan.problems, lang)
                Console.error(Messages.notSaved(lang))
                throw Failure()
            }
            if let output { AtomicFile.clearLeftovers(of: output) }
            let file = try output.map { try AtomicFile(path: $0) }
            let sink = file?.output ?? BufferedOutput()
            var stream = sink
            switch format {
            case .text: stream.write(PlanText(rules: session.rules, language: lang).render(plan, networks: filter))
            case .json: PlanJSON(rules: session.rules, language: lang).write(plan, networks: filter, to: &stream)
            case .csv: stream.write(try PlanCSV(rules: session.rules, language: lang).render(plan, networks: filter))
            }
            if let file { try file.commit() } else { sink.flush() }
            if format != .text || file != nil { Console.report(plan.problems, lang) }
            guard !plan.hasErrors else {
                Console.error(Messages.notSaved(lang))
                throw Failure()
            }
            if !dryRun { try session.writeDatabase().savePlan(plan, since: state) }
        }
    }

    /// The preview the workspace shows before a rule edit is saved, against the published feeds.
    private func showDiff(_ plan: Plan, session: Session, networks: Set<String>?) throws {
        let lang = session.language
        let years = plan.firstYear...plan.lastYear
        // The feeds in this language, else the Finnish ones: the meetings are the same in every language.
        let database = try session.readDatabase()
        var state = try database?.publishedEvents(lang) ?? [:]
        if state.isEmpty, lang != .fi { state = try database?.publishedEvents(.fi) ?? [:] }
        let published = state.values.compactMap(\.diffEntry)
        let keep = { (entry: PlanDiff.Entry) in years.contains(entry.day.year) && networks.map { $0.contains(entry.networkID) } ?? true }
        let changes = PlanDiff(before: published.filter(keep), after: plan.meetings.map(PlanDiff.Entry.init).filter(keep),
                               today: session.today)
        Console.report(plan.problems, lang)
        Console.out(PlanDiffText(rules: session.rules, language: lang).lines(changes).joined(separator: "\n") + "\n")
        if plan.hasErrors { throw Failure() }
    }
}
