import ArgumentParser
import Rules
import Scheduling
import Storage

/// `vuosikello restore KEY`: undo a move or cancellation.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Undo a meeting's move or cancellation; it returns to where the plan puts it.")

    @Argument(help: "The meeting's key.")
    var key: String

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        try guarded(lang) {
            // No rules are needed to undo a change, so this works even while a rule file is broken.
            let project = Project(rulesFolder: try rules.folder(), databasePath: database.db)
            guard let stored = try ProjectDatabase.openForReading(path: project.databasePath),
                  try stored.overrides()[key] != nil else {
                Console.out(Messages.nothingToRestore(key, lang) + "\n")
                return
            }
            try ProjectDatabase(path: project.databasePath).restore(key: key)
            Console.out(Messages.restored(key, lang) + "\n")
        }
    }
}
