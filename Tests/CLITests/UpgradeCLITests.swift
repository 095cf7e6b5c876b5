import Foundation
import GRDB
import Testing
import TestSupport

/// A database the previous release wrote and used (`Tests/Fixtures/release-2026-11-29/`),
/// opened by this binary: migrated forward, with its moves, cancellations, minutes, actions,
/// tokens, accounts and published UIDs intact.
@Suite("Upgrading a database in use from the previous release")
struct UpgradeCLITests {
    static let today = ["VUOSIKELLO_TODAY": "2026-09-15"]

    @Test("Migrations run once, and everything recorded or published is still there")
    func upgrades() throws {
        let folder = try Example.temporaryFolder("vuosikello-upgrade")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.removeItem(atPath: folder)
        try FileManager.default.copyItem(atPath: Example.fixture("release-2026-11/seutu"), toPath: folder)
        let path = folder + "/vuosikello.sqlite"
        let dump = try String(contentsOfFile: Example.fixture("release-2026-11-29/seutu-in-use.sql"), encoding: .utf8)
        try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: dump) }
        let migrations = { try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") } }
        let before = try migrations()
        #expect(before.count == 11)

        let changes = try CLI.run(["changes", "--rules", folder, "--lang", "en"], env: Self.today)
        #expect(changes.status == 0, "\(changes.err)")
        #expect(changes.out.contains("ohjausryhma/2026/10 → 20.10.2026") && changes.out.contains("tyoryhma/2026/syksy"), "\(changes.out)")

        let actions = try CLI.run(["actions", "--rules", folder], env: Self.today)
        #expect(actions.out.contains("Koulutuskutsu") && actions.out.contains("31.12.2026"), "\(actions.out)")
        #expect(try CLI.run(["token", "list", "--rules", folder], env: Self.today).out.contains("koordinaattori"))
        #expect(try CLI.run(["user", "list", "--rules", folder], env: Self.today).out.contains("koordinaattori"))
        // The same meetings under the same UIDs for subscribers, none going backwards.
        let build = try CLI.run(["build", folder, "--out", folder + "/public", "--documents", "none"], env: Self.today)
        #expect(build.status == 0, "\(build.err)")
        // The first command that writes brought the schema up to date, the old steps kept.
        let after = try migrations()
        #expect(after.count > before.count && Array(after.prefix(11)) == before, "\(after)")
        let decisions = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT text FROM decision WHERE meetingKey = 'ohjausryhma/2026/03'")
        }
        #expect(decisions == ["Koulutukset järjestetään lokakuussa."])
        let old = try Self.sequences(Example.fixture("release-2026-11-29/ohjausryhma.ics"))
        let new = try Self.sequences(folder + "/public/feeds/ohjausryhma.ics")
        #expect(!old.isEmpty && Set(new.keys) == Set(old.keys))
        #expect(old.allSatisfy { uid, sequence in (new[uid] ?? -1) >= sequence })
        // Running again changes nothing more.
        #expect(try migrations() == after)
    }

    /// UID → SEQUENCE of every event in a feed.
    static func sequences(_ path: String) throws -> [String: Int] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
        var result: [String: Int] = [:]
        var uid: String?
        for line in lines {
            if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
            if line.hasPrefix("SEQUENCE:"), let uid { result[uid] = Int(line.dropFirst(9)) }
            if line == "END:VEVENT" { uid = nil }
        }
        return result
    }
}
