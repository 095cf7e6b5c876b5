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
/// one transaction) and the wheels are written into the output folder.
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

        public init(out: String, language: Language, years: ClosedRange<Int>? = nil,
                    documents: [DocumentFormat] = DocumentFormat.allCases, wheels: Bool = true, today: Day, now: Int) {
            self.out = out
            self.language = language
            self.years = years
            self.documents = documents
            self.wheels = wheels
            self.today = today
            self.now = now
        }
    }

    public struct Result {
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

    public let project: Project
    public let rules: RuleSet

    public init(project: Project, rules: RuleSet) {
        self.project = project
        self.rules = rules
    }

    public func run(_ options: Options) throws -> Result {
        var timings: [String: Double] = [:]
        var lap = Date()
        func time(_ name: String) {
            timings[name] = Date().timeIntervalSince(lap)
            lap = Date()
        }
        // Read without writing: a build that stops leaves the database as it was.
        let stored = try ProjectDatabase.openForReading(path: project.databasePath)
        let state = try Project.state(stored, today: options.today)
        let asked = options.years ?? Project.years(from: nil, to: nil, rules: rules, today: options.today)
        let years = FeedPublisher.years(asked, covering: try stored?.publishedYears())
        time("state-read")
        let plan = Project.plan(rules, years: years, state: state)
        time("schedule")
        guard !plan.hasErrors else { throw Unmet(problems: plan.problems) }
        // Read after planning, so that the two largest things are never in memory together.
        let published = try stored?.publishedEvents(options.language) ?? [:]

        // Every template is loaded before any file changes, so a broken one changes nothing.
        let templates = TemplateLibrary.standard(rulesFolder: project.rulesFolder)
        let wheels = options.wheels
            ? try WheelPublisher(rules: rules, language: options.language, templates: templates, folder: options.out)
            : nil
        let documents = options.documents.isEmpty ? nil
            : MeetingDocuments(rules: rules, language: options.language, plan: plan,
                               actions: try stored?.actions() ?? [], templates: templates)
        try documents?.checkTemplates(formats: options.documents)

        // One build writes into a folder at a time; it first clears what a killed one left.
        return try OutputFolder.holding(options.out) {
            let database = try ProjectDatabase(path: project.databasePath)
            let documentReport = try documents.map {
                try DocumentPublisher(documents: $0, formats: options.documents, folder: options.out).write(plan)
            }
            time("documents")
            let domain = Project.uidDomain(rules, stored: try database.uidDomain())
            let feeds = try FeedPublisher(rules: rules, language: options.language, now: options.now, folder: options.out,
                                          uidDomain: domain)
                .build(plan, state: state, published: published, database: database)
            time("feeds")
            let wheelCount = try wheels?.write(plan, today: options.today) ?? 0
            time("wheels")
            return Result(plan: plan, feeds: feeds, documents: documentReport, wheels: wheelCount, uidDomain: domain,
                          timings: timings.merging(feeds.timings) { a, _ in a })
        }
    }
}
