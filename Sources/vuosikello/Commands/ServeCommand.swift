import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Publishing
import Rendering
import Rules
import Storage

/// `vuosikello serve DIR --port 8080`: the feeds, wheels and front page over HTTP.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the front page, the public feeds and wheels, and private feeds behind per-person tokens.",
        discussion: """
        The site is built by the same build as `vuosikello build` (feeds, documents and wheels into \
        --out) and served from memory. Database changes (a move, a new token) are picked up within two \
        seconds, rule and template files once they have been unchanged for two seconds, without a \
        restart. A change that would cancel more than five published meetings at once is held back \
        (in the log and on the front page) until `vuosikello build` confirms it. Idle connections close \
        after ten seconds. Private feeds are at /private/TOKEN/feeds/people/PERSON.ics and \
        /private/TOKEN/feeds/NETWORK.ics; see `vuosikello token`. The workspace for coordinators, chairs \
        and secretaries is at /workspace (accounts: `vuosikello user add`); its session cookie is Secure \
        when --base-url is an https address.
        """)

    @Argument(help: "The rules folder, e.g. calendars/etela-savo (default: VUOSIKELLO_RULES, the current folder, or the only folder in calendars/).")
    var folder: String?

    @Option(name: .customLong("port"), help: "The port to listen on, 0 for any free port (default: VUOSIKELLO_PORT, else 8080).")
    var givenPort: Int?

    @Option(name: .customLong("host"), help: "The address to listen on, 0.0.0.0 for every interface (default: VUOSIKELLO_HOST, else 127.0.0.1).")
    var givenHost: String?

    /// Without a base URL the links use the listening address, or are relative to the page
    /// when listening on every interface.
    @OptionGroup var site: SiteOptions

    @Flag(name: .customLong("trusted-proxy"), help: "A reverse proxy on this machine (nginx, Caddy) forwards the clients: their addresses are read from X-Forwarded-For, and a request it forwarded from plain HTTP is redirected to the https base URL (default: VUOSIKELLO_TRUSTED_PROXY=yes).")
    var givenTrustedProxy = false

    var port: Int { givenPort ?? Settings.int(.port) ?? 8080 }
    var host: String { givenHost ?? Settings.string(.host) ?? "127.0.0.1" }
    var baseURL: String? { site.baseURL(rulesGiven: folder != nil) }
    var out: String { site.out(rulesGiven: folder != nil) }
    var trustedProxy: Bool { givenTrustedProxy || Settings.flag(.trustedProxy) }

    @Option(help: "Seconds a rebuild may take before it would write; a slower one is abandoned and the last good site kept.")
    var rebuildLimit: Double = 60

    /// The workspace sends invitations only when a sender is given.
    @OptionGroup var mail: MailOptions

    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    /// Hummingbird's own log, in English, only for what needs attention (or as
    /// `LOG_LEVEL=info` asks); the server speaks to the coordinator in their language.
    static var logger: Logger {
        var logger = Logger(label: "Vuosikello")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .warning
        return logger
    }

    /// Mail for the workspace's "send invitations", when a sender is given.
    var mailSettings: MailSettings? {
        mail.sender.map {
            MailSettings(sendmail: mail.command, sender: $0,
                         baseURL: baseURL, out: out)
        }
    }

    func run() async throws {
        let lang = context.language
        let folder = try RulesOption.folder(given: self.folder)
        let builder = SiteBuilder(rulesFolder: folder, databasePath: database.db, out: out, language: lang,
                                  baseURL: baseURL)
        let watcher: SiteWatcher
        do {
            // The region's time zone, read once: "today" turns at its midnight.
            let timeZone = RuleLoader().load(folder: folder).rules?.calendar.timeZone ?? "Europe/Helsinki"
            let context = self.context
            watcher = try SiteWatcher(builder: builder, rebuildLimit: rebuildLimit) {
                (context.day(timeZone: timeZone), Session.now)
            }
        } catch let failure as SiteBuilder.Failure {
            for message in failure.messages { Console.error(message) }
            throw ExitCode.failure
        } catch let error as TemplateError {
            Console.error(error.message(lang))
            throw ExitCode.failure
        }
        // The workspace: accounts and the audit log in the project database, sessions beside it.
        let databasePath = builder.project.databasePath
        let workspace = WorkspaceRoutes(watcher: watcher, database: try ProjectDatabase(path: databasePath),
                                        sessions: try SessionStore(path: SessionStore.path(besides: databasePath)),
                                        secureCookies: SiteRoutes.isHTTPS(baseURL),
                                        mail: mailSettings)
        let routes = SiteRoutes(watcher: watcher, baseURL: baseURL, workspace: workspace, trustedProxy: trustedProxy)
        let budget = ConnectionBudget.forThisProcess { maximum in Console.error(Messages.connectionsFull(maximum, lang)) }
        let host = self.host, port = self.port
        let app = Application(
            router: routes.router(),
            // Idle and slow clients (no whole request within the timeout) are closed.
            server: .http1(configuration: .init(idleTimeout: .seconds(10))),
            configuration: .init(address: .hostname(host, port: port), serverName: "Vuosikello",
                                 availableConnectionsDelegate: budget),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                routes.listening.set(host: host, port: bound)
                Console.out(Messages.serving(host: host, port: bound, lang) + "\n")
            },
            logger: Self.logger)
        // The watcher runs beside the server, not under it: when SIGTERM ends the server, the
        // command returns at once, even mid-rebuild (files are written whole, the database in
        // transactions, so an interrupted rebuild loses nothing).
        let watching = Task.detached {
            await watcher.watch(log: { outcome in
                switch outcome {
                case .rebuilt: Console.error(Messages.siteRebuilt(lang))
                case .failed(let messages):
                    for message in messages { Console.error(message) }
                    Console.error(Messages.siteKept(lang))
                case .heldBack(let keys): Console.error(Messages.siteHeldBack(keys, lang))
                case .abandoned(let seconds): Console.error(Messages.siteAbandoned(seconds, lang))
                case .unchanged, .waiting: break
                }
            }, slow: { seconds in Console.error(Messages.siteSlow(seconds, lang)) })
        }
        defer { watching.cancel() }
        try await app.runService()
    }
}
