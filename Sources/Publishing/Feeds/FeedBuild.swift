import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// The feed part of `vuosikello build`: reconcile the plan with what the feeds last
/// said, write the feeds that changed, and store the new state. The state is stored
/// while the feeds are written; either may finish first, because a feed that is
/// missing or stale on disk is found (by its size and fingerprint) and written again
/// by the next build.
public struct FeedBuild {
    public struct Result: Sendable {
        public var written: [String]
        public var unchanged: Int
        public var events: Int
        public var removed: Int
        /// Seconds spent in each phase, for the benchmark.
        public var timings: [String: Double]
    }

    public let rules: RuleSet
    public let language: Language
    /// The time of this build, seconds since 1970 UTC.
    public let now: Int
    public let folder: String

    public init(rules: RuleSet, language: Language, now: Int, folder: String) {
        self.rules = rules
        self.language = language
        self.now = now
        self.folder = folder
    }

    public func run(_ plan: Plan, database: ProjectDatabase, firstYear: Int) throws -> Result {
        let started = Date()
        let state = try database.publishedEvents()
        let previous = try database.baseline()
        let loaded = Date().timeIntervalSince(started)
        let publication = FeedPublisher(rules: rules, language: language, now: now, folder: folder)
            .prepare(plan, state: state, feeds: try database.publishedFeeds(), firstYear: firstYear)
        let slots = ProjectDatabase.baselineSlots(plan)
        let saveStarted = Date()
        let saving = Background { try database.saveEvents(publication.records, plan: slots, previous: previous) }
        let written = try publication.write()
        try saving.wait()
        try database.saveFeeds(written)
        var timings = publication.timings
        timings["state-read"] = loaded
        timings["write+save"] = Date().timeIntervalSince(saveStarted)
        return Result(written: written.map(\.path), unchanged: publication.unchanged, events: publication.events,
                      removed: publication.removed, timings: timings)
    }
}
