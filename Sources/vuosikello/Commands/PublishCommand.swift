import ArgumentParser
import Foundation
import Publishing
import Rendering
import Rules
import Storage

/// `vuosikello publish DIR --caldav URL`: a feed's events into a CalDAV calendar.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Put every event of a feed into a CalDAV collection (Nextcloud, Radicale, SOGo, …).",
        discussion: """
        Builds everything as `vuosikello build` does, then makes the collection match the chosen feed, \
        taking its events from the build itself (never from a file read back): \
        one resource per UID, created with If-None-Match: *, replaced with If-Match, deleted when the \
        plan removed the meeting. What the collection last received is remembered in the database, so \
        a second run with nothing changed writes nothing. The collection is created if missing.
        """)

    @Argument(help: "The rules folder, e.g. calendars/etela-savo (default: VUOSIKELLO_RULES, the current folder, or the only folder in calendars/).")
    var folder: String?

    @Option(help: "The collection's URL, e.g. https://cloud.example.fi/remote.php/dav/calendars/USER/vuosikello/.")
    var caldav: String

    @Option(help: "The CalDAV user.")
    var user: String

    @Option(help: "A file holding the password (kept off the command line and out of the shell history).")
    var passwordFile: String

    @Option(help: "Which feed: all (the default), a network's id, or people/PERSON.")
    var feed = "all"

    @Flag(name: .customLong("public"), help: "Use the public variant (no names, e-mail addresses or links).")
    var publicFeed = false

    @OptionGroup var site: SiteOptions

    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    /// Everything up to the network: the feed built, split into resources.
    private struct Prepared {
        var url: URL
        var password: String
        var resources: [CalendarResource]
        var current: Set<String>
        var database: ProjectDatabase
        var name: String
    }

    func run() async throws {
        let lang = context.language
        var prepared: Prepared?
        try guarded(lang) { prepared = try prepare(lang) }
        guard let prepared else { throw ExitCode.failure }
        let client = CalDAVClient(collection: prepared.url, user: user, password: prepared.password)
        let publisher = CalDAVPublisher(client: client, database: prepared.database, name: prepared.name)
        do {
            let report = try await publisher.publish(prepared.resources, current: prepared.current)
            Console.out(Messages.published(report, to: prepared.url.absoluteString, lang) + "\n")
        } catch let failure as CalDAVClient.Failure {
            Console.error(Messages.caldavFailed(failure.description, lang))
            throw ExitCode.failure
        } catch {
            Console.error(Messages.caldavFailed((error as NSError).localizedDescription, lang))
            throw ExitCode.failure
        }
    }

    private func prepare(_ lang: Language) throws -> Prepared {
        guard let url = URL(string: caldav), url.scheme == "http" || url.scheme == "https", url.host != nil else {
            throw ValidationError("--caldav: '\(caldav)' is not an http(s) URL")
        }
        guard let password = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
            Console.error(Messages.unreadable(passwordFile, lang))
            throw Failure()
        }
        let session = try Session(folder: folder, databasePath: database.db, context: context)
        let person = feed.hasPrefix("people/") ? String(feed.dropFirst(7)) : nil
        guard feed == "all" || session.rules.network(feed) != nil || person.map({ session.rules.people[$0] != nil }) == true
        else {
            Console.error(Messages.unknownFeed(feed, lang))
            throw Failure()
        }
        var options = ProjectBuild.Options(out: site.out(rulesGiven: folder != nil), language: lang, today: session.today,
                                           now: Session.now)
        options.keepsUnchangedFeeds = false  // CalDAV needs every event
        let result = try ProjectBuild(project: session.project, rules: session.rules).run(options)
        let paths = OutputPaths(lang)
        let path = person.map(paths.personFeed) ?? paths.networkFeed(feed, isPublic: publicFeed)
        guard let (resources, current) = result.feeds.publication?.resources(feed: path) else {
            Console.error(Messages.unknownFeed(feed, lang))
            throw Failure()
        }
        let name = feed == "all" ? session.rules.calendar.region.text(lang)
            : session.rules.network(feed)?.title.text(lang) ?? feed
        return Prepared(url: url, password: password.trimmingCharacters(in: .newlines), resources: resources,
                        current: current, database: try session.writeDatabase(), name: name)
    }
}
