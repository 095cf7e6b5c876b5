import ArgumentParser
import Rules

/// `vuosikello check DIR`: are the rules right, and can they all be met?
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a rules folder: prints 'ok' with a summary, or every problem as file:line:column: message.")

    @Argument(help: "The rules folder, e.g. calendars/etela-savo (default: VUOSIKELLO_RULES, the current folder, or the only folder in calendars/).")
    var folder: String?

    @OptionGroup var period: PeriodOptions
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let session = try Session(folder: folder, databasePath: database.db, context: context)
            let years = session.years(period)
            let plan = session.plan(years, state: try session.state())
            Console.report(plan.problems, lang)
            guard !plan.hasErrors else { throw Failure() }
            let rules = session.rules
            Console.out(Messages.summary(networks: rules.networks.count, people: rules.people.count,
                                         places: rules.places.count, years: years, meetings: plan.meetings.count,
                                         tasks: plan.tasks.count, lang) + "\n")
        }
    }
}
