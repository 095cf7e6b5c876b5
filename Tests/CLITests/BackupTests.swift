import Foundation
import GRDB
import Testing
import TestSupport
@testable import Storage

/// `vuosikello backup` and `backup restore`, and a database from a newer version refused.
@Suite("Backups and versions of the database", .serialized)
struct BackupTests {
    static let env = ["VUOSIKELLO_TODAY": "2026-11-22"]

    static func run(_ arguments: [String], _ folder: String) throws -> CLI.Result {
        try CLI.run(arguments + ["--rules", folder], env: env)
    }

    @Test("A backup taken while another process writes is whole and consistent; restore brings it back and keeps what it replaced")
    func backupAndRestore() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try Self.run(["move", "johtoryhma/2027/03", "2027-03-17"], folder).status == 0)
        let path = folder + "/vuosikello.sqlite"
        // Another writer adds agenda items, one transaction each, while backups are taken,
        // until the test leaves a stop file.
        let stop = folder + "/stop"
        let writer = Thread {
            let database = try! ProjectDatabase(path: path)
            var n = 0
            while !FileManager.default.fileExists(atPath: stop) {
                n += 1
                try? database.addAgendaItem("Asia \(n)", to: "johtoryhma/2027/05", by: "test")
            }
        }
        writer.start()
        var counts: [Int] = []
        for i in 1...4 {
            let file = folder + "/backup-\(i).sqlite"
            let r = try Self.run(["backup", file], folder)
            #expect(r.status == 0 && r.out.hasPrefix("varmuuskopio kirjoitettu: \(file)"), "\(r.err)")
            let copy = try DatabaseQueue(path: file)
            #expect(try copy.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
            let titles = try copy.read { try String.fetchAll($0, sql: "SELECT title FROM extraAgendaItem ORDER BY id") }
            // Whole transactions only: items 1…n with none missing.
            #expect(titles == (0..<titles.count).map { "Asia \($0 + 1)" })
            counts.append(titles.count)
            #expect(try copy.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM meetingOverride") } == 1)
        }
        _ = FileManager.default.createFile(atPath: stop, contents: nil)
        while !writer.isFinished { usleep(1000) }
        #expect(counts == counts.sorted() && counts.last! > 0, "\(counts)")

        // After the first backup: a cancellation; restoring the backup takes it away.
        let backup = folder + "/backup-1.sqlite"
        #expect(try Self.run(["cancel", "johtoryhma/2027/04"], folder).status == 0)
        let restored = try Self.run(["backup", "restore", backup], folder)
        #expect(restored.status == 0, "\(restored.err)")
        let changes = try Self.run(["changes"], folder).out
        #expect(changes.contains("johtoryhma/2027/03") && !changes.contains("johtoryhma/2027/04"))
        let kept = try #require(try FileManager.default.contentsOfDirectory(atPath: folder)
            .first { $0.hasPrefix("vuosikello.sqlite.before-restore-") })
        let before = try DatabaseQueue(path: folder + "/" + kept)
        #expect(try before.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM meetingOverride WHERE cancelled") } == 1)

        // What is not a backup is refused and changes nothing.
        try "ei tietokanta".write(toFile: folder + "/roskaa.sqlite", atomically: true, encoding: .utf8)
        let junk = try Self.run(["backup", "restore", folder + "/roskaa.sqlite"], folder)
        #expect(junk.status == 1 && junk.err.contains("ei ole Vuosikellon tietokanta; tietokanta ennallaan"))
        #expect(try Self.run(["backup", "restore", folder + "/ei-ole.sqlite"], folder).status == 1)
        #expect(try Self.run(["changes"], folder).out == changes)
    }

    @Test("A database a newer version wrote is refused by every command, untouched; a backup made with this version restores over it")
    func newerRefused() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try Self.run(["move", "johtoryhma/2027/03", "2027-03-17"], folder).status == 0)
        #expect(try Self.run(["backup", folder + "/b.sqlite"], folder).status == 0)
        let path = folder + "/vuosikello.sqlite"
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99: from a newer release')") }
        try queue.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["changes"], ["move", "johtoryhma/2027/05", "2027-05-12"], ["actions"]] {
            let r = try Self.run(arguments, folder)
            #expect(r.status == 1 && r.err.contains("on tehty uudemmalla Vuosikellon versiolla"), "\(arguments): \(r.err)")
        }
        let build = try CLI.run(["build", folder, "--out", folder + "/public"], env: Self.env)
        #expect(build.status == 1 && build.err.contains("uudemmalla Vuosikellon versiolla"), "\(build.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: folder + "/public/feeds"))

        #expect(try Self.run(["backup", "restore", folder + "/b.sqlite"], folder).status == 0)
        #expect(try Self.run(["changes"], folder).out.contains("johtoryhma/2027/03"))
        // This version's schema, every migration it knows and no other.
        #expect(try ProjectDatabase(path: path).schemaVersion() == ProjectDatabase().schemaVersion())
    }
}
