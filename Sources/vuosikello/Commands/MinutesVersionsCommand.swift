import ArgumentParser
import Foundation
import Storage

/// `vuosikello minutes versions KEY`: the versions of a meeting's minutes that later
/// recordings replaced, kept so that nothing recorded is ever lost.
struct MinutesVersionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions",
        abstract: "List the earlier versions of a meeting's minutes that corrections replaced.")

    @Argument(help: "The meeting, e.g. johtoryhma/2026/11.")
    var meeting: String

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let project = try rules.project(database)
            let versions = try ProjectDatabase.openForReading(path: project.databasePath)?.minutesVersions(meeting) ?? []
            guard !versions.isEmpty else {
                Console.out(Messages.noMinutesVersions(meeting, lang) + "\n")
                return
            }
            for version in versions { Console.out(Messages.minutesVersion(version, lang) + "\n") }
        }
    }
}

/// `vuosikello minutes restore KEY [NUMBER]`: brings back a replaced version (the latest
/// by default); the minutes it replaces are kept in turn, so a restore can be undone.
struct MinutesRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Bring back an earlier version of a meeting's minutes (the latest replaced one by default).")

    @Argument(help: "The meeting, e.g. johtoryhma/2026/11.")
    var meeting: String

    @Argument(help: "The version number from `vuosikello minutes versions`.")
    var version: Int?

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let project = try rules.project(database)
            let versions = try ProjectDatabase.openForReading(path: project.databasePath)?.minutesVersions(meeting) ?? []
            guard let chosen = version.map({ n in versions.first { $0.number == n } }) ?? versions.last else {
                Console.error(version.map { Messages.noMinutesVersion(meeting, $0, lang) }
                              ?? Messages.noMinutesVersions(meeting, lang))
                throw Failure()
            }
            let database = try ProjectDatabase(path: project.databasePath)
            if let current = try database.recordedMinutes(meeting),
               !MinutesRecordCommand.showChanges(from: current, to: chosen.minutes, lang) { return }
            try database.record(chosen.minutes)
            Console.out(Messages.recorded(chosen.minutes, stored: true, lang) + "\n")
        }
    }
}
