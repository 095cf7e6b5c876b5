import Foundation
import GRDB
import Testing
import TestSupport
@testable import Rules
@testable import Scheduling
@testable import Storage

/// Databases written by the release of 22 November 2026 (commit f2ca0d9), before UIDs
/// stopped depending on the rules folder's name: `Tests/Fixtures/release-2026-11/`.
@Suite("Upgrading a database from the previous release")
struct UpgradeTests {
    /// A database made from the fixture's SQL dump.
    static func database(_ dump: String) throws -> (path: String, folder: String) {
        let folder = try Example.temporaryFolder("vuosikello-upgrade")
        let path = folder + "/vuosikello.sqlite"
        let sql = try String(contentsOfFile: Example.fixture("release-2026-11/" + dump), encoding: .utf8)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        return (path, folder)
    }

    static func uids(_ path: String) throws -> [String: String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT uid, status FROM publishedEvent")
                .map { ($0["uid"] as String, $0["status"] as String) })
        }
    }

    @Test("The published UIDs are kept: the old folder-name domain becomes the project's")
    func keepsDomain() throws {
        let (path, folder) = try Self.database("seutu.sql")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try Self.uids(path)
        #expect(before.keys.allSatisfy { $0.hasSuffix("@seutu.vuosikello") } && before.count == 34)
        let db = try ProjectDatabase(path: path)
        #expect(try db.uidDomain() == "seutu.vuosikello")
        let rules = try #require(RuleLoader().load(folder: Example.fixture("release-2026-11/seutu")).rules)
        // Without the database, the region's name would be chosen.
        #expect(Project.uidDomain(rules, stored: nil) == "testiseutu.vuosikello")
        #expect(Project.uidDomain(rules, stored: try db.uidDomain()) == "seutu.vuosikello")
        #expect(try Self.uids(path) == before)
        // The old plan's slots are read, and the overrides table has its new column.
        let state = try db.planState(today: Day(iso: "2026-05-15")!)
        #expect(state.baseline.count == 34 && state.history.meetings.isEmpty)
    }

    @Test("A feed published under two domains keeps the one in force and drops the cancelled copies")
    func dropsDuplicates() throws {
        let (path, folder) = try Self.database("seutu-built-twice.sql")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try Self.uids(path)
        #expect(before.count == 68)
        #expect(before.filter { $0.key.hasSuffix("@seutu.vuosikello") }.allSatisfy { $0.value == "removed" })
        let db = try ProjectDatabase(path: path)
        #expect(try db.uidDomain() == "vuosikello.vuosikello")
        let after = try Self.uids(path)
        #expect(after.count == 34 && after.keys.allSatisfy { $0.hasSuffix("@vuosikello.vuosikello") })
        #expect(after == before.filter { $0.key.hasSuffix("@vuosikello.vuosikello") })
    }
}
