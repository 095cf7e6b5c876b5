import ArgumentParser
import Rules
import Scheduling
import Storage

/// `vuosikello restore KEY`: undo a move or cancellation.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Undo a meeting's move or cancellation; it returns to where the plan puts it.",
        discussion: "A meeting that has happened is history: restored only with --force, as a correction.")

    @Argument(help: "The meeting's key.")
    var key: String

    @Flag(help: "Restore a meeting that has already happened (a correction of history).")
    var force = false

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            // No rules are needed to undo a change, so this works even while a rule file is broken.
            let project = try rules.project(database)
            guard let stored = try ProjectDatabase.openForReading(path: project.databasePath),
                  try stored.overrides()[key] != nil else {
                Console.out(Messages.nothingToRestore(key, lang) + "\n")
                return
            }
            let today = context.day(timeZone: "Europe/Helsinki")
            do {
                try MeetingActs.restore(key: key, database: try ProjectDatabase(path: project.databasePath), today: today,
                                        force: force)
            } catch MeetingActs.Refusal.alreadyHeld(let held) {
                Console.error(Messages.alreadyHeld(key, held, lang))
                throw Failure()
            }
            Console.out(Messages.restored(key, lang) + "\n")
        }
    }
}
