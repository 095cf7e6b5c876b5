import ArgumentParser
import Foundation
import Publishing
import Rules
import Storage

/// `vuosikello user add ID --role chair --network ero-mikkeli`: accounts of the browser workspace.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, change, remove or list the accounts that sign in to the workspace (`serve`, /workspace).",
        discussion: """
        A coordinator may do everything; a chair, secretary or convener acts on the networks given with \
        --network only. Passwords are kept as bcrypt hashes. Every change is in the audit log.
        """,
        subcommands: [UserAddCommand.self, UserRemoveCommand.self, UserListCommand.self])
}

struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an account, or change one (its role, networks and password).",
        discussion: """
        The password is asked twice when run in a terminal; otherwise it is read from the first line of \
        standard input (`printf '%s\\n' "$PASSWORD" | vuosikello user add …`). At least 10 characters.
        """)

    @Argument(help: "The sign-in name; the person's id in people.yaml makes \"my meetings\" work.")
    var id: String

    @Option(help: "coordinator, chair, secretary or convener.")
    var role: Account.Role

    @Option(name: .customLong("network"), help: "A network the account acts on (repeat for several).")
    var networks: [String] = []

    @Option(help: "The person in people.yaml (default: the same id, when there is such a person).")
    var person: String?

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            guard Account.isValidID(id) else {
                Console.error(Messages.invalidAccountID(id, lang))
                throw Failure()
            }
            let session = try Session(folder: try rules.folder(), databasePath: database.db, context: context)
            for network in networks { try session.requireNetwork(network) }
            if let person { try session.requirePerson(person) }
            guard role == .coordinator || !networks.isEmpty else {
                Console.error(Messages.networksNeeded(role.rawValue, lang))
                throw Failure()
            }
            let password = try readPassword(lang)
            let account = Account(id: id, role: role, networks: role == .coordinator ? [] : networks,
                                  personID: person ?? (session.rules.people[id] != nil ? id : nil),
                                  passwordHash: Passwords.hash(password),
                                  createdAt: ISO8601DateFormatter().string(from: Date()))
            try session.writeDatabase().save(account, by: AuditEntry.commandLine)
            Console.out(Messages.accountSaved(id, role: role.rawValue, networks: account.networks, lang) + "\n")
        }
    }

    private func readPassword(_ lang: Language) throws -> String {
        let password: String
        if isatty(STDIN_FILENO) != 0 {
            let first = String(cString: getpass(Messages.passwordPrompt(again: false, lang)))
            let second = String(cString: getpass(Messages.passwordPrompt(again: true, lang)))
            guard first == second else {
                Console.error(Messages.passwordsDiffer(lang))
                throw Failure()
            }
            password = first
        } else {
            password = readLine(strippingNewline: true) ?? ""
        }
        guard password.count >= Passwords.minimumLength else {
            Console.error(Messages.passwordTooShort(Passwords.minimumLength, lang))
            throw Failure()
        }
        return password
    }
}

extension Account.Role: ExpressibleByArgument {}

struct UserRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove an account; it is signed out at once.")

    @Argument(help: "The sign-in name.")
    var id: String

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let project = try rules.project(database)
            guard try ProjectDatabase(path: project.databasePath).removeAccount(id, by: AuditEntry.commandLine) else {
                Console.error(Messages.noAccount(id, lang))
                throw Failure()
            }
            Console.out(Messages.accountRemoved(id, lang) + "\n")
        }
    }
}

struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the accounts with their roles and networks (never passwords).")

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let project = try rules.project(database)
        let accounts = try ProjectDatabase.openForReading(path: project.databasePath)?.accounts() ?? []
        Console.out(accounts.map { account in
            ([account.id, account.role.rawValue] + account.networks).joined(separator: "  ") + "\n"
        }.joined())
    }
}
