import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Publishing
import Rendering
import Rules

/// `vuosikello serve DIR --port 8080`: the feeds, wheels and front page over HTTP.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the front page, the public feeds and wheels, and private feeds behind per-person tokens.",
        discussion: """
        The site is built by the same build as `vuosikello build` (feeds, documents and wheels into \
        --out) and served from memory. Rule, \
        template and database changes (a move, a new token) are picked up within two seconds, without a \
        restart. Private feeds are at /private/TOKEN/feeds/people/PERSON.ics and \
        /private/TOKEN/feeds/NETWORK.ics; see `vuosikello token`.
        """)

    @Argument(help: "The rules folder, e.g. calendars/etela-savo.")
    var folder: String

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(help: "The address to listen on; 0.0.0.0 for every interface.")
    var host = "127.0.0.1"

    @Option(help: "The address people reach the server at, for the subscribe links (default: from each request).")
    var baseURL: String?

    @Option(help: "The folder the site is built into.")
    var out = "public"

    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    /// Hummingbird's own log, in English, only for what needs attention (or as
    /// `LOG_LEVEL=info` asks); the server speaks to the coordinator in their language.
    static var logger: Logger {
        var logger = Logger(label: "Vuosikello")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .warning
        return logger
    }

    func run() async throws {
        let lang = context.language
        let builder = SiteBuilder(rulesFolder: folder, databasePath: database.db, out: out, language: lang)
        let watcher: SiteWatcher
        do {
            // The region's time zone, read once: "today" turns at its midnight.
            let timeZone = RuleLoader().load(folder: folder).rules?.calendar.timeZone ?? "Europe/Helsinki"
            let context = self.context
            watcher = try SiteWatcher(builder: builder) { (context.day(timeZone: timeZone), Session.now) }
        } catch let failure as SiteBuilder.Failure {
            for message in failure.messages { Console.error(message) }
            throw ExitCode.failure
        } catch let error as TemplateError {
            Console.error(error.message(lang))
            throw ExitCode.failure
        }
        let app = Application(
            responder: SiteResponder(watcher: watcher, baseURL: baseURL),
            server: .http1(configuration: .init(idleTimeout: .seconds(75))),
            configuration: .init(address: .hostname(host, port: port), serverName: "Vuosikello"),
            onServerRunning: { channel in
                Console.out(Messages.serving(host: host, port: channel.localAddress?.port ?? port, lang) + "\n")
            },
            logger: Self.logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            group.addTask {
                await watcher.watch { outcome in
                    switch outcome {
                    case .rebuilt: Console.error(Messages.siteRebuilt(lang))
                    case .failed(let messages):
                        for message in messages { Console.error(message) }
                        Console.error(Messages.siteKept(lang))
                    case .unchanged: break
                    }
                }
            }
            // The server ends on SIGINT or SIGTERM; then the watcher stops too.
            try await group.next()
            group.cancelAll()
        }
    }
}
