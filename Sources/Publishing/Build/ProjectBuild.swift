import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// Everything `vuosikello build` makes, made in one place: `build`, `serve`, `publish`
/// and the benchmark all call `run`, so they cannot drift apart.
///
/// The plan is made for today from the rules and the stored state, over the years asked
/// for widened to every year the feeds have carried (leaving one out would delete its
/// published meetings). Nothing is written unless the plan keeps every rule and every
/// template loads; then the documents, the feeds (their state stored with the plan in
/// one transaction) and the wheels are written into the output folder. Feeds whose every
/// input is as at their last build are kept as they are (`Options.keepsUnchangedFeeds`).
public struct ProjectBuild {
    /// What to build.
    public struct Options: Sendable {
        public var out: String
        public var language: Language
        /// The years asked for; the rules' `period` when nil.
        public var years: ClosedRange<Int>?
        /// Agenda and minutes formats; none for no documents.
        public var documents: [DocumentFormat]
        public var wheels: Bool
        public var today: Day
        /// This build's time, UTC seconds: the DTSTAMP of what changes now.
        public var now: Int
        /// Publish nothing if more than this many published meetings would be cancelled at
        /// once (the server's guard against a rule file caught half-written); nil: no limit.
        public var cancellationLimit: Int?
        /// Asked once everything is planned and checked, before the first file or row is
        /// written; false stops the build (`Superseded`): the server's re-check that the
        /// rule files did not change while it planned.
        public var stillCurrent: (@Sendable () -> Bool)?
        /// The server's address, when known: the feeds' meetings then link to their agenda and page.
        public var baseURL: String?
        /// Whether feeds built from the same rules, stored inputs, today and program may be
        /// kept as they are, unreconciled (`BuiltFeedsRecord`); false where the events
        /// themselves are wanted (CalDAV, invitations, the benchmark's reference writer).
        public var keepsUnchangedFeeds = true

        public init(out: String, language: Language, years: ClosedRange<Int>? = nil,
                    documents: [DocumentFormat] = DocumentFormat.allCases, wheels: Bool = true, today: Day, now: Int,
                    cancellationLimit: Int? = nil, stillCurrent: (@Sendable () -> Bool)? = nil) {
            self.cancellationLimit = cancellationLimit
            self.stillCurrent = stillCurrent
            self.out = out
            self.language = language
            self.years = years
            self.documents = documents
            self.wheels = wheels
            self.today = today
            self.now = now
        }
    }

    public struct Result: Sendable {
        public let plan: Plan
        public let feeds: FeedPublisher.Report
        public let documents: DocumentPublisher.Report?
        public let wheels: Int
        public let uidDomain: String
        /// Seconds spent in each phase, for the benchmark.
        public var timings: [String: Double]
    }

    /// Why nothing was built: rules that cannot be met (a broken template throws its own error).
    public struct Unmet: Error, Sendable {
        public let problems: [Problem]
    }

    /// Why nothing was built: the inputs changed while it was planned (see `Options.stillCurrent`).
    public struct Superseded: Error, Sendable {}

    /// Why nothing was built: it would cancel more published meetings at once than
    /// `Options.cancellationLimit` allows. Confirmed by building without the limit.
    public struct HeldBack: Error, Sendable, Equatable {
        /// The meetings that would be cancelled, by key.
        public let keys: [String]
    }

    public let project: Project
    public let rules: RuleSet

    public init(project: Project, rules: RuleSet) {
        self.project = project
        self.rules = rules
    }

    /// The meetings the feeds last published as taking place that the rules no longer
    /// produce at all (a half-written or removed rule file). A cancellation the coordinator
    /// stored keeps its meeting in the plan, as cancelled, so it never counts here.
    static func newlyCancelled(_ plan: Plan, published: [String: PublishedEventRecord]) -> [String] {
        let planned = Set(plan.meetings.map(\.key))
        return published.values.filter { $0.kind == "meeting" && $0.status == "confirmed" && !planned.contains($0.key) }
            .map(\.key).sorted()
    }

    /// What a build has read and planned before it writes anything.
    private struct Planned {
        var stored: ProjectDatabase?
        var state: PlanState
        var plan: Plan
        var published: [String: PublishedEventRecord]
        var actions: [ActionItem]
        var uidDomain: String
        /// What the feeds are made from now: recorded when they are built.
        var built: BuiltFeedsRecord?
        /// The feeds as last built from the same inputs, still on disk: kept as they are.
        var kept: FeedPublisher.Report?
    }

    private func planned(_ options: Options, keepingFeeds: Bool, time: (String) -> Void) throws -> Planned {
        // Read without writing: a build that stops leaves the database as it was.
        let stored = try ProjectDatabase.openForReading(path: project.databasePath)
        let state = try Project.state(stored, today: options.today)
        let asked = options.years ?? Project.years(from: nil, to: nil, rules: rules, today: options.today)
        let years = FeedPublisher.years(asked, covering: try stored?.publishedYears())
        let domain = Project.uidDomain(rules, stored: try stored?.uidDomain())
        let built = FeedPublisher.built(rules, language: options.language, years: years, state: state,
                                        uidDomain: domain, baseURL: options.baseURL)
        let kept = keepingFeeds
            ? try FeedPublisher.kept(built, stored: stored, language: options.language, folder: options.out) : nil
        time("state-read")
        // What was published is read meanwhile (unless the feeds are kept), on whatever core
        // the scheduler leaves idle. A first build has nothing published: its peak
        // memory is the plan's alone.
        let rules = self.rules, language = options.language, reconciling = kept == nil
        let (plan, (published, actions)) = try concurrently({
            Project.plan(rules, years: years, state: state)
        }, {
            (reconciling ? try stored?.publishedEvents(language) ?? [:] : [:],
             try stored?.actions(includeClosed: true) ?? [])
        })
        time("schedule")
        guard !plan.hasErrors else { throw Unmet(problems: plan.problems) }
        return Planned(stored: stored, state: state, plan: plan, published: published, actions: actions,
                       uidDomain: domain, built: built, kept: kept)
    }

    /// What a build would publish, without writing a file or a row: the plan, and every
    /// event with the SEQUENCE and DTSTAMP the feeds would give it (`invite --dry-run`).
    public func preview(_ options: Options) throws -> (plan: Plan, publication: FeedPublisher.Publication) {
        let planned = try planned(options, keepingFeeds: false) { _ in }
        let publication = FeedPublisher(rules: rules, language: options.language, now: options.now, folder: options.out,
                                        uidDomain: planned.uidDomain, actions: planned.actions,
                                        links: options.baseURL.map(WorkspacePaths.links))
            .prepare(planned.plan, state: planned.published, feeds: [:])
        return (planned.plan, publication)
    }

    public func run(_ options: Options) throws -> Result {
        var timings: [String: Double] = [:]
        var lap = Date()
        func time(_ name: String) {
            timings[name] = Date().timeIntervalSince(lap)
            lap = Date()
        }
        var planned = try planned(options, keepingFeeds: options.keepsUnchangedFeeds, time: time)
        let (stored, state, plan, actions) = (planned.stored, planned.state, planned.plan, planned.actions)
        // Held here alone, so that it is freed where it is let go of (below).
        let published = planned.published
        planned.published = [:]
        if let limit = options.cancellationLimit {
            let cancelled = Self.newlyCancelled(plan, published: published)
            guard cancelled.count <= limit else { throw HeldBack(keys: cancelled) }
        }

        // Every template is loaded before any file changes, so a broken one changes nothing.
        let templates = TemplateLibrary.standard(rulesFolder: project.rulesFolder)
        let wheels = options.wheels
            ? try WheelPublisher(rules: rules, language: options.language, templates: templates, folder: options.out)
            : nil
        let documents = options.documents.isEmpty ? nil
            : MeetingDocuments(rules: rules, language: options.language, plan: plan,
                               actions: actions.filter(\.open), answers: try stored?.allAnswers() ?? [:],
                               proposals: try stored?.proposals() ?? [:],
                               templates: templates)
        try documents?.checkTemplates(formats: options.documents)

        if let stillCurrent = options.stillCurrent, !stillCurrent() { throw Superseded() }
        // One build writes into a folder at a time; it first clears what a killed one left.
        let result = try OutputFolder.holding(options.out) {
            let database = try ProjectDatabase(path: project.databasePath)
            // What the documents and wheels were last made from, so that unchanged ones are not made again.
            let files = documents == nil && wheels == nil ? [:] : try database.publishedFiles()
            let documentReport = try documents.map {
                var publisher = DocumentPublisher(documents: $0, formats: options.documents, folder: options.out)
                publisher.reportFacts = { try ReportFacts.load(database) }
                publisher.published = files
                let report = try publisher.write(plan)
                try database.saveFiles(report.records, removed: report.forgotten)
                return report
            }
            time("documents")
            let domain = planned.uidDomain
            let feeds = try planned.kept
                ?? FeedPublisher(rules: rules, language: options.language, now: options.now, folder: options.out,
                                 uidDomain: domain, actions: actions, links: options.baseURL.map(WorkspacePaths.links))
                .build(plan, state: state, published: published, database: database, built: planned.built)
            time("feeds")
            let wheelsWritten = try wheels?.write(plan, today: options.today, published: files)
            try wheelsWritten.map { try database.saveFiles($0.records, removed: $0.forgotten) }
            let wheelCount = wheelsWritten?.files ?? 0
            time("wheels")
            return Result(plan: plan, feeds: feeds, documents: documentReport, wheels: wheelCount, uidDomain: domain,
                          timings: timings.merging(feeds.timings) { a, _ in a })
        }
        // What was published, as read for reconciling: 300 000 rows at national scale.
        releaseInBackground(consume published)
        return result
    }
}
