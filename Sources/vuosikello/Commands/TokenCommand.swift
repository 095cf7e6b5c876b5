import ArgumentParser
import Foundation
import Publishing
import Rules
import Storage

/// `vuosikello token issue PERSON`: the secret address of a person's private feeds.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issue, revoke or list the per-person tokens of the private feeds.",
        subcommands: [TokenIssueCommand.self, TokenRevokeCommand.self, TokenListCommand.self])
}

struct TokenIssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Give a person a new token (replacing any earlier one) and print their private feed addresses.",
        discussion: "The token is shown only now; the database keeps only its SHA-256.")

    @Argument(help: "The person's id in people.yaml.")
    var person: String

    @Option(name: .customLong("base-url"), help: "The server's address, for the printed links (default: VUOSIKELLO_BASE_URL, else http://127.0.0.1:8080).")
    var givenBaseURL: String?

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let session = try Session(folder: try rules.folder(), databasePath: database.db, context: context)
            try session.requirePerson(person)
            let token = FeedToken.generate()
            try session.writeDatabase().saveToken(person: person, hash: FeedToken.storedHash(token))
            let base = SiteOptions.baseURL(given: givenBaseURL, rulesGiven: rules.rules != nil) ?? "http://127.0.0.1:8080"
            var lines = [Messages.tokenIssued(person, lang), "", "  \(base)/private/\(token)/feeds/people/\(person).ics"]
            for network in session.rules.networks where network.members.contains(where: { $0.personID == person }) {
                lines.append("  \(base)/private/\(token)/feeds/\(network.id).ics")
            }
            Console.out(lines.joined(separator: "\n") + "\n")
        }
    }
}

struct TokenRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a person's token and answer links: their private feed addresses and the answer links of invitations sent to them stop working at once.")

    @Argument(help: "The person's id.")
    var person: String

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let project = try rules.project(database)
            let database = try ProjectDatabase(path: project.databasePath)
            // Invitations already sent carry links signed for this person: those stop too.
            try database.revokeAnswerLinks(person: person)
            guard try database.revokeToken(person: person) else {
                Console.error(Messages.noToken(person, lang))
                throw Failure()
            }
            Console.out(Messages.tokenRevoked(person, lang) + "\n")
        }
    }
}

struct TokenListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List who has a token, and since when (never the tokens themselves).")

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let project = try rules.project(database)
        let tokens = try ProjectDatabase.openForReading(path: project.databasePath)?.tokens() ?? []
        Console.out(tokens.map { "\($0.personID)  \($0.issuedAt)\n" }.joined())
    }
}
