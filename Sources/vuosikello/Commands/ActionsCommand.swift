import ArgumentParser
import Rendering
import Rules
import Storage

/// `vuosikello actions`: the action items recorded from minutes.
struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "List the action items recorded from minutes, or close one.",
        subcommands: [ActionsListCommand.self, ActionsCloseCommand.self],
        defaultSubcommand: ActionsListCommand.self)
}

struct ActionsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List open action items (the default), oldest due date first.")

    @Option(help: "Only this person's items (a person id).")
    var person: String?

    @Option(help: "Only this network's items.")
    var network: String?

    @Flag(help: "Include closed items.")
    var all = false

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let session = try Session(folder: try rules.folder(), databasePath: database.db, context: context)
            if let person { try session.requirePerson(person) }
            if let network { try session.requireNetwork(network) }
            let items = try session.readDatabase()?.actions(network: network, owner: person, includeClosed: all) ?? []
            Console.out(ActionList(rules: session.rules, language: lang, today: session.today).render(items))
        }
    }
}

struct ActionsCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Mark an action item done; it no longer appears on agendas.")

    @Argument(help: "The item's number, as in `vuosikello actions` (#12 → 12).")
    var id: String

    @Option(help: "A short note on how it was done.")
    var note: String?

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            guard let number = Int64(id.hasPrefix("#") ? String(id.dropFirst()) : id) else {
                Console.error(Messages.noOpenAction(id, lang))
                throw Failure()
            }
            let project = try rules.project(database)
            guard try ProjectDatabase(path: project.databasePath).closeAction(number, note: note) else {
                Console.error(Messages.noOpenAction(id, lang))
                throw Failure()
            }
            Console.out(Messages.closedAction(number, lang) + "\n")
        }
    }
}
