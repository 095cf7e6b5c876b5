import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// `vuosikello invite` and the workspace's "send invitations", in one place: build (the
/// same `ProjectBuild`, so the invitations' SEQUENCE is the feeds'), queue what has not
/// gone out (`InvitationPlanner`) in one transaction, then hand every due message to the
/// mail program, oldest first, each claimed before and marked after.
public struct Invitations {
    public struct Options: Sendable {
        public var today: Day
        public var now: Int
        /// Meetings up to this day are invited (later ones when the day comes nearer).
        public var until: Day
        /// Only these networks; nil for all.
        public var networks: Set<String>?
        public var language: Language
        /// The server's address, for the answer links and the links to the agenda and page.
        public var baseURL: String?
        /// The envelope sender and the From address ("Name via Vuosikello").
        public var sender: String
        /// The feeds' output folder (the build writes there).
        public var out: String
        /// Write `.eml` files into this folder instead of queueing and sending; stores nothing.
        public var dryRun: String?

        public init(today: Day, now: Int, until: Day, networks: Set<String>? = nil, language: Language,
                    baseURL: String?, sender: String, out: String, dryRun: String? = nil) {
            self.today = today
            self.now = now
            self.until = until
            self.networks = networks
            self.language = language
            self.baseURL = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            self.sender = sender
            self.out = out
            self.dryRun = dryRun
        }
    }

    public struct Report: Sendable {
        public var queued = 0
        public var written = 0
        public var sent = 0
        /// Messages refused this time, with the mail program's words; tried again later.
        public var failed: [(message: OutboxMessage, error: String)] = []
        public var abandoned: [OutboxMessage] = []
        /// Left `sending` by a run that died: maybe delivered, not sent again by themselves.
        public var uncertain: [OutboxMessage] = []
        /// Attendees without an e-mail address, with the meetings they were not invited to.
        public var withoutAddress: [String: [String]] = [:]
        /// Messages still waiting for their next attempt.
        public var waiting = 0
    }

    public let project: Project
    public let rules: RuleSet

    public init(project: Project, rules: RuleSet) {
        self.project = project
        self.rules = rules
    }

    /// The languages invitations are written in, each with the test of which networks'
    /// meetings it writes: a network's own `language`, and the options' for meetings of
    /// networks no longer in the rules.
    private func languages(_ options: Options) -> [(Language, @Sendable (String) -> Bool)] {
        let wanted = rules.networks.filter { options.networks?.contains($0.id) ?? true }
        let byID = Dictionary(uniqueKeysWithValues: rules.networks.map { ($0.id, $0.language) })
        let fallback = options.language
        let used = Set(wanted.map(\.language)).union([fallback])
        return Language.allCases.filter(used.contains).map { language in
            (language, { id in (byID[id] ?? fallback) == language })
        }
    }

    private func buildOptions(_ options: Options, _ language: Language) -> ProjectBuild.Options {
        var build = ProjectBuild.Options(out: options.out, language: language, documents: [], wheels: false,
                                         today: options.today, now: options.now)
        build.baseURL = options.baseURL
        build.keepsUnchangedFeeds = false  // the messages are composed from the events
        return build
    }

    public func run(_ options: Options, transport: any MailTransport) throws -> Report {
        let projectBuild = ProjectBuild(project: project, rules: rules)
        if options.dryRun != nil {
            let database = try ProjectDatabase.openForReading(path: project.databasePath)
            var report = Report()
            let outbox = try database?.outboxEntries() ?? [:]
            // The links of a dry run work once the project has its key (after the first real run).
            let key = try database?.storedAnswerSigningKey() ?? Array(repeating: 0, count: 32)
            for (language, include) in languages(options) {
                let (plan, publication) = try projectBuild.preview(buildOptions(options, language))
                let messages = try compose(plan: plan, publication: publication, language: language, include: include,
                                           options: options, outbox: outbox, signingKey: key,
                                           generation: { try database?.answerLinkGeneration(person: $0) ?? 0 },
                                           report: &report)
                for message in messages.messages {
                    try transport.send(message.message, sender: options.sender, recipient: message.address,
                                       name: Self.fileName(message))
                }
                report.written += messages.messages.count
            }
            return report
        }
        return try Self.exclusive(project.databasePath) {
            var report = Report()
            var composed: [OutboxMessage] = [], withdrawn: [OutboxWithdrawal] = []
            for (language, include) in languages(options) {
                let result = try projectBuild.run(buildOptions(options, language))
                let database = try ProjectDatabase(path: project.databasePath)
                guard let publication = result.feeds.publication else { continue }
                let messages = try compose(plan: result.plan, publication: publication, language: language,
                                           include: include, options: options, outbox: try database.outboxEntries(),
                                           signingKey: try database.answerSigningKey(),
                                           generation: { try database.answerLinkGeneration(person: $0) }, report: &report)
                composed += messages.messages
                withdrawn += messages.withdrawn
            }
            let database = try ProjectDatabase(path: project.databasePath)
            // Only one `invite` runs at a time (the lock): a message still `sending` was left by one that died.
            try database.markInterruptedUncertain()
            report.queued = try database.enqueue(composed, withdrawing: withdrawn,
                                                 at: Date(timeIntervalSince1970: TimeInterval(options.now)))
            try send(database, options: options, transport: transport, report: &report)
            return report
        }
    }

    /// Hands every due message to the transport; a refusal waits for its backoff.
    private func send(_ database: ProjectDatabase, options: Options, transport: MailTransport,
                      report: inout Report) throws {
        for id in try database.dueMessages(now: options.now, networks: options.networks) {
            guard let message = try database.claim(id) else { continue }
            do {
                try transport.send(message.message, sender: options.sender, recipient: message.address,
                                   name: Self.fileName(message))
                try database.markSent(id, at: Int(Date().timeIntervalSince1970))
                report.sent += 1
            } catch {
                let words = (error as? MailTransportFailure)?.description ?? String(describing: error)
                try database.markFailed(id, error: words, at: options.now)
                report.failed.append((message, words))
            }
        }
        let left = try database.outboxMessages(in: [.uncertain, .abandoned, .failed])
        report.uncertain = left.filter { $0.state == .uncertain }
        report.abandoned = left.filter { $0.state == .abandoned && $0.attempts > 0 }
        report.waiting = left.filter { $0.state == .failed }.count
    }

    // MARK: Composing

    private func compose(plan: Plan, publication: FeedPublisher.Publication, language: Language,
                         include: @escaping @Sendable (String) -> Bool, options: Options,
                         outbox: [String: [OutboxEntry]], signingKey: [UInt8], generation: @escaping (String) throws -> Int,
                         report: inout Report) throws -> (messages: [OutboxMessage], withdrawn: [OutboxWithdrawal]) {
        let composer = try InvitationComposer(rules: rules, project: project, plan: plan, publication: publication,
                                              language: language, options: options, signingKey: signingKey,
                                              generation: generation)
        let wanted = options.networks
        let planner = InvitationPlanner(today: options.today, until: options.until,
                                        include: { include($0) && (wanted?.contains($0) ?? true) },
                                        agendaDue: InvitationPlanner.agendaDeadlines(plan))
        let (items, withdrawn) = planner.items(events: publication.outcome.events, stamps: publication.outcome.stamps,
                                               words: publication.renderer.words, outbox: outbox)
        var messages: [OutboxMessage] = []
        for item in items {
            guard let email = rules.people[item.personID]?.email else {
                if item.stage != .cancellation {
                    report.withoutAddress[item.personID, default: []].append(publication.outcome.events[item.event].key)
                }
                continue
            }
            messages.append(try composer.message(item, to: email))
        }
        return (messages, withdrawn)
    }

    /// `johtoryhma.2027.03-1-invitation-koordinaattori`: a file name for `--dry-run`.
    static func fileName(_ message: OutboxMessage) -> String {
        message.meetingKey.replacingOccurrences(of: "/", with: ".") + "-\(message.sequence)-\(message.stage.rawValue)-"
            + message.personID
    }

    /// Runs `body` holding an exclusive lock beside the database, so that two `invite`s
    /// (a command and the workspace) never send at once; the second waits.
    static func exclusive<T>(_ databasePath: String, _ body: () throws -> T) throws -> T {
        let path = databasePath + ".invite.lock"
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        flock(fd, LOCK_EX)
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
