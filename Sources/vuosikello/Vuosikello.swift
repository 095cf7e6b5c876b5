import ArgumentParser
import CBuildInfo
import Foundation

@main
struct Vuosikello: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vuosikello",
        abstract: "Meeting calendars, feeds and agendas for multi-actor networks, from their rules.",
        discussion: """
        Rules live in a folder: calendar.yaml, people.yaml, places.yaml and networks/*.yaml.
        Moves, cancellations and what the plan said about the past are kept in vuosikello.sqlite
        beside the rules (--db to choose). Every command acts on today: meetings before it have
        happened and stay as they were (--today or VUOSIKELLO_TODAY to pretend another day).
        Messages are in Finnish by default; --lang sv or --lang en (or VUOSIKELLO_LANG) to change.
        Options left out are read from VUOSIKELLO_* variables, then from /etc/vuosikello/vuosikello.conf
        (or the file VUOSIKELLO_CONFIG names), where an installed server keeps its settings.
        """,
        version: Vuosikello.version,
        subcommands: [InitCommand.self, NewCommand.self, SchemaCommand.self, CheckCommand.self, PlanCommand.self, BuildCommand.self, MoveCommand.self, CancelCommand.self,
                      RestoreCommand.self, ChangesCommand.self, AgendaCommand.self, MinutesCommand.self,
                      ActionsCommand.self, TasksCommand.self, ReportCommand.self, InviteCommand.self, WheelCommand.self, ServeCommand.self, UserCommand.self, TokenCommand.self, PublishCommand.self,
                      BackupCommand.self, HolidaysCommand.self, BenchCommand.self,
                      BenchRunCommand.self])

    /// The release, and the commit a packaged binary was built from.
    static let release = "0.17.0"
    static var version: String {
        let commit = String(cString: vuosikello_commit())
        return commit.isEmpty ? "\(release) (development build)" : "\(release) (\(commit))"
    }

    /// The settings file is read before the command line is parsed: it gives defaults.
    static func main() async {
        do {
            try await Settings.load()
        } catch {
            Console.error(Messages.settingsUnreadable(path: error.path, reason: error.reason))
            Foundation.exit(1)
        }
        await main(nil)
    }
}
