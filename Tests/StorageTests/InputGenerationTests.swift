import Foundation
import GRDB
import TestSupport
import Testing
@testable import Rules
@testable import Scheduling
@testable import Storage

@Suite("The stored inputs' generation")
struct InputGenerationTests {
    private func generation(_ db: ProjectDatabase) throws -> Int? {
        try db.writer.read { try InputGeneration.current($0) }
    }

    @Test("Every table raises the generation on every change, or is listed as one no build reads or only builds write")
    func everyTableTracked() throws {
        let db = try ProjectDatabase()
        let (tables, triggers) = try db.writer.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"),
             Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        }
        #expect(tables.count > 20)
        for table in tables where !InputGeneration.untracked.contains(table) {
            for change in ["insert", "update", "delete"] {
                #expect(triggers.contains("\(table)_\(change)_raises_generation"), "\(table) is not tracked: \(change)")
            }
        }
        // The listed tables exist (a renamed table would otherwise slip out of the list unseen).
        for table in InputGeneration.untracked where !["webSession", "signInFailure"].contains(table) {
            #expect(tables.contains(table), "\(table)")
        }
    }

    @Test("A move, a restore and a plan saved outside a build raise it; what a build stores does not")
    func raisedByInputs() throws {
        let db = try ProjectDatabase()
        let start = try #require(try generation(db))
        try db.save(MeetingOverride(key: "a/2026/1", day: Day(iso: "2026-03-12"), start: TimeOfDay(text: "09:00")))
        let moved = try #require(try generation(db))
        #expect(moved > start)
        #expect(try db.restore(key: "a/2026/1"))
        let restored = try #require(try generation(db))
        #expect(restored > moved)
        #expect(try db.planState(today: Day(iso: "2026-01-01")!).generation == restored)

        let rules = Example.rules
        let state = try db.planState(today: Day(iso: "2026-01-01")!)
        let plan = Project.plan(rules, years: 2026...2026, state: state)
        try db.savePublication([], uidDomain: "example.vuosikello", plan: plan, since: state)
        try db.saveFeeds([PublishedFeedRecord(path: "feeds/all.ics", fingerprint: "f", size: 1)])
        #expect(try generation(db) == restored)
        try db.savePlan(plan, since: try db.planState(today: Day(iso: "2026-01-01")!))
        #expect(try generation(db)! > restored)
    }

    @Test("A build's record is made with its feeds, and forgotten when a build stores a new state before writing them")
    func recordWithFeeds() throws {
        let db = try ProjectDatabase()
        let record = BuiltFeedsRecord(language: .fi, print: 42, generation: 0, events: 7)
        try db.saveFeeds([PublishedFeedRecord(path: "feeds/all.ics", fingerprint: "f", size: 1)], built: record)
        #expect(try db.builtFeeds(.fi) == record)
        #expect(try db.builtFeeds(.sv) == nil)
        let state = try db.planState(today: Day(iso: "2026-01-01")!)
        let plan = Project.plan(Example.rules, years: 2026...2026, state: state)
        try db.savePublication([], language: .sv, uidDomain: "example.vuosikello", plan: plan, since: state)
        #expect(try db.builtFeeds(.fi) == record)
        try db.savePublication([], uidDomain: "example.vuosikello", plan: plan, since: state)
        #expect(try db.builtFeeds(.fi) == nil)
    }
}
