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
            let session = try Session(folder: try rules.folder(), databasePath: database.db, language: lang)
            guard let database = try session.readDatabase(), try database.overrides()[key] != nil else {
                Console.out(Messages.nothingToRestore(key, lang) + "\n")
                return
            }
            try session.writeDatabase().restore(key: key)
            Console.out(Messages.restored(key, lang) + "\n")
        }
    }
}
