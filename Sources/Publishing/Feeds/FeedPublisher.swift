import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// Publishes a plan's iCalendar feeds into an output folder.
///
/// SEQUENCE and DTSTAMP come from the stored state of every event, so that the same
/// plan gives byte-identical files; a feed whose content is unchanged (by fingerprint,
/// and still on disk) is not even rendered, so an unchanged rebuild rewrites no file.
/// An event that several feeds carry is serialized by libical once per audience; the
/// work is spread over every core, and every file is written whole or not at all.
public struct FeedPublisher {
    public struct Report: Sendable {
        /// Event states to store (new, changed, removed).
        public var records: [PublishedEventRecord]
        /// Feeds written this time.
        public var feeds: [PublishedFeedRecord]
        public var unchanged: Int
        public var events: Int
        public var removed: Int
        /// Seconds spent in each phase, for the benchmark.
        public var timings: [String: Double] = [:]
        /// Every event of every feed in memory, for CalDAV; nil when the feeds were kept as
        /// they were built (`ProjectBuild.Options.keepsUnchangedFeeds`).
        public var publication: Publication?

        public var written: [String] { feeds.map(\.path) }
    }

    public let rules: RuleSet
    public let language: Language
    /// The time of this build, seconds since 1970 UTC: the DTSTAMP of what changes now.
    public let now: Int
    public let folder: String
    /// The UIDs' domain, fixed for the project (`Project.uidDomain`).
    public let uidDomain: String
    /// Recorded action items, open and closed: on meetings' descriptions and in owners' feeds.
    public let actions: [ActionItem]
    public let links: MeetingLinks?

    public init(rules: RuleSet, language: Language, now: Int, folder: String, uidDomain: String,
                actions: [ActionItem] = [], links: MeetingLinks? = nil) {
        self.actions = actions
        self.links = links
        self.rules = rules
        self.language = language
        self.now = now
        self.folder = folder
        self.uidDomain = uidDomain
    }

    /// Everything up to the files: which events changed (the states to store) and which
    /// feeds must be written. The states may be stored while `write` runs.
    public final class Publication: @unchecked Sendable {
        let records: [PublishedEventRecord]
        let unchanged: Int
        let events: Int
        let removed: Int
        fileprivate let pending: [(spec: FeedSpec, fingerprint: String)]
        /// Every feed whole (the files carry the window, CalDAV all).
        fileprivate let specs: [FeedSpec]
        let outcome: EventReconciler.Outcome
        let renderer: ICalendarRenderer
        fileprivate let publisher: FeedPublisher
        fileprivate var clock: PhaseClock

        fileprivate init(records: [PublishedEventRecord], unchanged: Int, events: Int, removed: Int,
                         pending: [(spec: FeedSpec, fingerprint: String)], specs: [FeedSpec],
                         outcome: EventReconciler.Outcome, renderer: ICalendarRenderer, publisher: FeedPublisher,
                         clock: PhaseClock) {
            self.records = records
            self.unchanged = unchanged
            self.events = events
            self.removed = removed
            self.pending = pending
            self.specs = specs
            self.outcome = outcome
            self.renderer = renderer
            self.publisher = publisher
            self.clock = clock
        }

        /// Seconds spent in each phase so far, for the benchmark.
        var timings: [String: Double] { clock.laps }

        /// The feed files this build writes (or wrote).
        var pendingFiles: [FeedSpec] { pending.map(\.spec) }

        /// The UIDs' domain.
        var uidDomain: String { publisher.uidDomain }

        /// The events of the feed at `path`, each as its own calendar object (for CalDAV),
        /// built from the events in memory; and the UIDs among them that the plan still
        /// has (the others are meetings removed from the rules, kept in feeds as cancelled).
        /// A CalDAV collection keeps every event: the window is for subscribed files.
        public func resources(feed path: String) -> (resources: [CalendarResource], current: Set<String>)? {
            guard let spec = specs.first(where: { $0.path == path }) else { return nil }
            var resources: [CalendarResource] = []
            var current = Set<String>()
            for i in spec.events {
                let event = outcome.events[i]
                resources.append(renderer.resource(event, stamp: outcome.stamps[i], audience: spec.audience))
                if case .removed = event.source { continue }
                current.insert(event.uid)
            }
            return (resources, current)
        }

        /// Writes the feeds that changed, one audience at a time (so that only one
        /// audience's texts are held at once); returns what was written.
        func write() throws -> [PublishedFeedRecord] {
            var written: [PublishedFeedRecord] = []
            for audience in Audience.allCases {
                written += try publisher.write(pending.filter { $0.spec.audience == audience }, audience: audience,
                                               outcome: outcome, renderer: renderer, clock: &clock)
            }
            return written.sorted { $0.path < $1.path }
        }
    }

    /// The feed work of a build (see `ProjectBuild`): reconcile the plan with what the
    /// feeds last said (`published`), store the new state with the plan in one
    /// transaction, and write the feeds that changed. Should writing fail after the state
    /// is stored, the next build finds the missing or stale feed (by its size and
    /// fingerprint) and writes it. (Storing while writing, on another thread, saved no
    /// time on two cores and cost some 70 MB of peak memory at national scale.)
    public func build(_ plan: Plan, state: PlanState, published: [String: PublishedEventRecord],
                      database: ProjectDatabase, built: BuiltFeedsRecord? = nil) throws -> Report {
        var clock = PhaseClock()
        let publication = prepare(plan, state: published, feeds: try database.publishedFeeds())
        let domain = uidDomain
        try database.savePublication(publication.records, language: language, uidDomain: domain, plan: plan,
                                     since: state)
        publication.clock.lap("save")
        let written = try publication.write()
        try database.saveFeeds(written, built: built.map { record in
            var record = record
            record.events = publication.events
            return record
        })
        clock.lap("write+save")
        return Report(records: publication.records, feeds: written, unchanged: publication.unchanged,
                      events: publication.events, removed: publication.removed,
                      timings: publication.timings.merging(clock.laps) { a, _ in a }, publication: publication)
    }

    func prepare(_ plan: Plan, state: [String: PublishedEventRecord],
                 feeds: [String: PublishedFeedRecord]) -> Publication {
        var clock = PhaseClock()
        let current = FeedEventBuilder(domain: uidDomain).events(plan, actions: actions)
        let renderer = ICalendarRenderer(rules: rules, language: language, plan: plan,
                                         years: plan.firstYear...max(plan.firstYear, plan.lastYear),
                                         actions: actions, links: links)
        clock.lap("events")
        let outcome = EventReconciler(now: now, words: renderer.words).reconcile(current, state: state)
        clock.lap("reconcile")
        let layout = FeedLayout(rules: rules, language: language, words: renderer.words)
        let specs = layout.specs(for: outcome.events)
        let files = layout.published(specs, events: outcome.events, today: plan.today)
        clock.lap("layout")

        var pending: [(spec: FeedSpec, fingerprint: String)] = []
        var unchanged = 0
        for spec in files {
            let fingerprint = self.fingerprint(spec, prints: outcome.prints, frame: renderer.framePrint)
            if let old = feeds[spec.path], old.fingerprint == fingerprint, old.isOnDisk(in: folder) {
                unchanged += 1
            } else {
                pending.append((spec, fingerprint))
            }
        }
        clock.lap("fingerprints")
        return Publication(records: outcome.changed, unchanged: unchanged, events: outcome.events.count,
                           removed: outcome.removed, pending: pending, specs: specs, outcome: outcome,
                           renderer: renderer, publisher: self, clock: clock)
    }

    /// The years to plan for a build: those asked for, widened to every year of a meeting
    /// the feeds have carried (`ProjectDatabase.publishedYears`), so that a build never
    /// leaves a published meeting out (leaving it out would delete it from members' calendars).
    public static func years(_ asked: ClosedRange<Int>, covering published: ClosedRange<Int>?) -> ClosedRange<Int> {
        guard let published else { return asked }
        return min(asked.lowerBound, published.lowerBound)...max(asked.upperBound, published.upperBound)
    }

    // MARK: Writing

    /// Events that several feeds carry are serialized first, once; then the feeds are
    /// written, each by one core, a deadline (which only its owner's feed carries)
    /// serialized as its feed is written.
    fileprivate func write(_ pending: [(spec: FeedSpec, fingerprint: String)], audience: Audience,
                       outcome: EventReconciler.Outcome, renderer: ICalendarRenderer,
                       clock: inout PhaseClock) throws -> [PublishedFeedRecord] {
        guard !pending.isEmpty else { return [] }
        let events = outcome.events, stamps = outcome.stamps
        var needed = [Bool](repeating: false, count: events.count)
        for (spec, _) in pending {
            for i in spec.events where events[i].parentMeetingKey == nil { needed[i] = true }
        }
        let indices = needed.indices.filter { needed[$0] }
        let texts = parallelChunks(indices.count, chunk: 512) { range in
            indices[range].map { renderer.eventBytes(events[$0], stamp: stamps[$0], audience: audience) }
        }
        var cachedTexts = [[UInt8]?](repeating: nil, count: events.count)
        for (k, i) in indices.enumerated() { cachedTexts[i] = texts[k] }
        clock.lap("render-\(audience)")
        let folder = self.folder, shared = cachedTexts
        defer { clock.lap("write-\(audience)") }
        return try parallelMap(pending.count) { p in
            let (spec, fingerprint) = pending[p]
            let (header, footer) = renderer.frame(spec.metadata)
            let file = try AtomicFile(path: (folder as NSString).appendingPathComponent(spec.path))
            let out = file.output
            out.write(header)
            for i in spec.events {
                out.write(bytes: shared[i] ?? renderer.eventBytes(events[i], stamp: stamps[i], audience: audience))
            }
            out.write(footer)
            let size = out.bytes
            try file.commit()
            return PublishedFeedRecord(path: spec.path, fingerprint: fingerprint, size: size)
        }
    }

    private func fingerprint(_ spec: FeedSpec, prints: [Signature], frame: String) -> String {
        var s = Signature()
        for text in [spec.metadata.name, spec.metadata.description, spec.metadata.color, spec.audience.rawValue, frame] {
            s.add(text)
        }
        for i in spec.events { s.add(Int(bitPattern: UInt(prints[i].value))) }
        return s.description
    }
}

/// Seconds between laps, by name, and the process's peak memory (MB) at each lap.
struct PhaseClock {
    private var last = Date()
    private(set) var laps: [String: Double] = [:]

    mutating func lap(_ name: String) {
        let now = Date()
        laps[name, default: 0] += now.timeIntervalSince(last)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        laps["peakMB." + name] = Double(usage.ru_maxrss) / 1024
        last = now
    }
}
