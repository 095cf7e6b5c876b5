import ArgumentParser
import Foundation
import Rules
import Storage

/// `vuosikello backup FILE` and `vuosikello backup restore FILE`: the project database,
/// copied whole while everything keeps running, and brought back.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Back up the project database (safe while serve runs), or restore a backup.",
        subcommands: [BackupCreateCommand.self, BackupRestoreCommand.self],
        defaultSubcommand: BackupCreateCommand.self)
}

struct BackupCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Copy the project database into FILE with SQLite's online backup.",
        discussion: """
        Everything the rules cannot say is in the database: moves and cancellations, what the plan \
        said about the past, the feeds' published state (UIDs and SEQUENCE), recorded minutes and \
        actions, accounts, the audit log, the invitations' outbox and answers. The copy is consistent \
        even while `serve` and other commands write, and FILE is written whole or left as it was.
        """)

    @Argument(help: "The backup file to write, e.g. /var/backups/vuosikello-2027-01-10.sqlite.")
    var file: String

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let project = try rules.project(database)
            guard let stored = try ProjectDatabase.openForReading(path: project.databasePath) else {
                Console.error(Messages.noDatabase(project.databasePath, lang))
                throw Failure()
            }
            let size = try stored.backup(to: file)
            Console.out(Messages.backedUp(file, bytes: size, lang) + "\n")
        }
    }
}

struct BackupRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the project database's content with a backup.",
        discussion: """
        The backup must be a Vuosikello database this version can read (an older one is upgraded). \
        What it replaces is kept first beside the database (vuosikello.sqlite.before-restore-…). \
        Run the next build (or let serve notice within seconds) to publish the restored state.
        """)

    @Argument(help: "The backup file.")
    var file: String

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let project = try rules.project(database)
            guard FileManager.default.fileExists(atPath: file) else {
                Console.error(Messages.noBackup(file, lang))
                throw Failure()
            }
            let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
            let keep = project.databasePath + ".before-restore-" + stamp
            do {
                // Opened as it is: a backup may replace a database a newer version wrote.
                try ProjectDatabase(replacing: project.databasePath).restore(from: file, keeping: keep)
            } catch is NotAProjectDatabase {
                Console.error(Messages.notABackup(file, lang))
                throw Failure()
            }
            Console.out(Messages.restoredBackup(file, kept: keep, lang) + "\n")
        }
    }
}
