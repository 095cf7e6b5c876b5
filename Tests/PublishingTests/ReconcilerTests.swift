import Foundation
import Testing
@testable import Publishing
@testable import Rendering
@testable import Rules
@testable import Scheduling
@testable import Storage

/// The reconciler decides each event's version on every core, a block at a time, and
/// joins the decisions in order. These tests make the blocks small, so that the example
/// crosses dozens of them, and hold the outcome to the one a single block gives.
@Suite("Reconciling events in blocks")
struct ReconcilerTests {
    static let firstBuild = 1_790_000_000
    static let laterBuild = 1_790_090_000

    /// The example's events and the words that hash them.
    static func example() -> (events: [FeedEvent], words: FeedText) {
        let rules = FeedFixture.example
        let plan = Project.plan(rules, years: 2026...2027, state: PlanState(today: Day(iso: "2025-01-01")!))
        let renderer = ICalendarRenderer(rules: rules, language: .fi, plan: plan, years: 2026...2027)
        return (FeedEventBuilder(domain: "example.org").events(plan), renderer.words)
    }

    static func reconcile(_ events: [FeedEvent], _ words: FeedText, state: [String: PublishedEventRecord],
                          block: Int) -> EventReconciler.Outcome {
        var reconciler = EventReconciler(now: laterBuild, words: words)
        reconciler.block = block
        return reconciler.reconcile(events, state: state)
    }

    static func expectSame(_ a: EventReconciler.Outcome, _ b: EventReconciler.Outcome) {
        #expect(a.events.map(\.uid) == b.events.map(\.uid))
        #expect(a.stamps == b.stamps)
        #expect(a.prints == b.prints)
        #expect(a.changed == b.changed)
        #expect(a.removed == b.removed)
    }

    @Test("A first build decides the same in blocks of 1, 7 and 64 as in one block")
    func firstBuild() {
        let (events, words) = Self.example()
        let whole = Self.reconcile(events, words, state: [:], block: 16_384)
        #expect(whole.changed.count == events.count - events.filter { $0.parentMeetingKey != nil }.count)
        #expect(whole.stamps.allSatisfy { $0.sequence == 0 })
        for block in [1, 7, 64] {
            Self.expectSame(whole, Self.reconcile(events, words, state: [:], block: block))
        }
    }

    @Test("Against a stored state with changes all through it, every block size finds the same changes")
    func storedChanges() throws {
        let (events, words) = Self.example()
        let first = Self.reconcile(events, words, state: [:], block: 16_384)
        // The stored state as a build made it earlier, with every kind of difference
        // spread over the whole plan: what the feeds showed, a word, the deadlines, a
        // removed event, an event never published, and one the plan no longer has.
        var state: [String: PublishedEventRecord] = [:]
        var altered: (significant: Set<String>, minor: Set<String>, removed: Set<String>, kept: Set<String>) = ([], [], [], [])
        for (n, record) in first.changed.enumerated() {
            var old = record
            old.created = Self.firstBuild
            old.modified = Self.firstBuild
            old.sequence = 2
            switch n % 11 {
            case 3: old.significant &+= 1; altered.significant.insert(old.uid)
            case 5: old.minor &+= 1; altered.minor.insert(old.uid)
            case 7: old.taskPrint &+= 1
            case 9: old.status = "removed"; altered.removed.insert(old.uid)
            case 10: continue
            default: altered.kept.insert(old.uid)
            }
            state[old.uid] = old
        }
        var gone = try #require(first.changed.first)
        gone.uid = "gone@example.org"
        gone.key = "gone/2026-01"
        state[gone.uid] = gone

        let whole = Self.reconcile(events, words, state: state, block: 16_384)
        let stamps = Dictionary(uniqueKeysWithValues: zip(whole.events.map(\.uid), whole.stamps))
        // The test's own expectations, so that a block that joined in the wrong place shows.
        #expect(!altered.significant.isEmpty && !altered.minor.isEmpty && !altered.removed.isEmpty)
        for uid in altered.significant.union(altered.removed) {
            #expect(stamps[uid] == EventStamp(sequence: 3, created: Self.firstBuild, modified: Self.laterBuild))
        }
        for uid in altered.minor { #expect(stamps[uid] == EventStamp(sequence: 2, created: Self.firstBuild, modified: Self.laterBuild)) }
        #expect(whole.removed == 1)
        #expect(whole.changed.contains { $0.uid == gone.uid && $0.status == "removed" })
        let changed = Set(whole.changed.map(\.uid))
        #expect(altered.kept.count > 100 && altered.kept.isDisjoint(with: changed))
        for uid in altered.kept { #expect(stamps[uid] == EventStamp(sequence: 2, created: Self.firstBuild, modified: Self.firstBuild)) }

        for block in [1, 7, 64] {
            Self.expectSame(whole, Self.reconcile(events, words, state: state, block: block))
        }
    }
}
