import ArgumentParser
import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// `vuosikello tasks`: the annual-cycle tasks (surveys, the indicator pack) and whether
/// each is done; the monitoring report counts them.
struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "List the annual-cycle tasks of a year, or mark one done.",
        subcommands: [TasksListCommand.self, TasksDoneCommand.self, TasksReopenCommand.self],
        defaultSubcommand: TasksListCommand.self)
}

struct TasksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a year's tasks, by due date.")

    @Option(help: "The year (default: this year).")
    var year: Int?

    @Option(help: "Only this network's tasks.")
    var network: String?

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func validate() throws { try PeriodOptions.check(year) }

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let documents = try DocumentSession(rules: rules, database: database, context: context, around: year)
            let report = try documents.yearReport(year, networks: network.map { [$0] } ?? [])
            let words = ReportWords(language: lang)
            var out = ""
            for task in report.tasks {
                let state = words.state(task.state) + (task.done.map { " \($0.iso)" } ?? "")
                out += "\(task.due.iso)  \(task.key)  \(task.title)  [\(state)]\n"
            }
            Console.out(out.isEmpty ? words.nothing + "\n" : out)
        }
    }
}

struct TasksDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark a task done today.")

    @Argument(help: "The task's key, as in `vuosikello tasks` (seuranta/2027/perheiden-kysely).")
    var key: String

    @Option(help: "A short note on how it was done.")
    var note: String?

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let documents = try TaskLookup.session(key, rules: rules, database: database, context: context)
            let marked = try documents.session.writeDatabase().markTaskDone(key, on: documents.session.today, note: note)
            Console.out(Messages.taskDone(key, already: !marked, lang) + "\n")
        }
    }
}

struct TasksReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Take back a task's done mark.")

    @Argument(help: "The task's key.")
    var key: String

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let documents = try TaskLookup.session(key, rules: rules, database: database, context: context)
            let reopened = try documents.session.writeDatabase().reopenTask(key)
            guard reopened else {
                Console.error(Messages.taskReopened(key, wasDone: false, lang))
                throw Failure()
            }
            Console.out(Messages.taskReopened(key, wasDone: true, lang) + "\n")
        }
    }
}

/// The plan around a task's year, after checking that the task is in it.
enum TaskLookup {
    static func session(_ key: String, rules: RulesOption, database: DatabaseOption,
                        context: ContextOptions) throws -> DocumentSession {
        let documents = try DocumentSession(rules: rules, database: database, context: context,
                                            around: Meeting.year(ofKey: key))
        let keys = documents.plan.tasks.filter { !$0.isDeadline }.map(\.key)
        guard keys.contains(key) else {
            Console.error(Messages.unknownTask(key, suggestion: Suggestion.closest(to: key, in: keys), context.language))
            throw Failure()
        }
        return documents
    }
}
