import Foundation
import Testing
import TestSupport
import Workloads

@Suite("The command line", .serialized)
struct CLITests {
    @Test("check on the shipped example: ok with a one-line summary")
    func checkExample() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try CLI.run(["check", folder])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("ok: 27 verkostoa"))
        #expect(r.out.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/vuosikello.sqlite"))
        let en = try CLI.run(["check", folder, "--lang", "en"])
        #expect(en.out.hasPrefix("ok: 27 networks"))
    }

    @Test("check lists every problem as file:line:column: message and exits 1, without a stack trace")
    func checkBroken() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/networks/ero-mikkeli.yaml"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "  mode: live", with: "  mood: live")
            .replacingOccurrences(of: "person: ero-mikkeli-jasen-2", with: "person: ero-mikkeli-jasen-9")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", folder, "--lang", "en"])
        #expect(r.status == 1)
        let lines = r.err.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.contains { $0.hasPrefix(file + ":") && $0.contains("unknown key 'mood'. Did you mean 'mode'?") })
        #expect(lines.contains { $0.range(of: #"ero-mikkeli\.yaml:\d+:\d+: unknown person 'ero-mikkeli-jasen-9'"#,
                                          options: .regularExpression) != nil })
        #expect(r.out.isEmpty)
        #expect(!r.err.contains("Fatal error") && !r.err.contains("Stack"))
    }

    @Test("An empty folder, a missing folder and a file of junk each give one clear message")
    func junk() throws {
        let empty = NSTemporaryDirectory() + "vuosikello-empty-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let r1 = try CLI.run(["check", empty, "--lang", "en"])
        #expect(r1.status == 1 && r1.err.contains("has no network rule files"))
        let r2 = try CLI.run(["check", empty + "/nope", "--lang", "en"])
        #expect(r2.status == 1 && r2.err.contains("does not exist"))
        try FileManager.default.createDirectory(atPath: empty + "/networks", withIntermediateDirectories: true)
        try Data([0xFF, 0xFE, 0x00, 0x41, 0x9C]).write(to: URL(fileURLWithPath: empty + "/networks/x.yaml"))
        let r3 = try CLI.run(["check", empty, "--lang", "en"])
        #expect(r3.status == 1)
        #expect(r3.err.hasPrefix(empty + "/networks/x.yaml:1:1: "))
        #expect(r3.err.split(separator: "\n").count == 1)
    }

    @Test("plan --format json prints one JSON object; the same state gives the same bytes")
    func planJSON() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let a = try CLI.run(["plan", folder, "--from", "2026", "--to", "2029", "--format", "json"])
        #expect(a.status == 0, "\(a.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(a.out.utf8)) as? [String: Any])
        #expect((object["meetings"] as? [Any])?.count ?? 0 > 400)
        #expect(FileManager.default.fileExists(atPath: folder + "/vuosikello.sqlite"))
        let b = try CLI.run(["plan", folder, "--from", "2026", "--to", "2029", "--format", "json"])
        #expect(b.out == a.out)
        let csv = try CLI.run(["plan", folder, "--format", "csv", "--network", "johtoryhma"])
        #expect(csv.status == 0 && csv.out.contains("johtoryhma/2026/01"))
        let written = try CLI.run(["plan", folder, "--format", "json", "--output", folder + "/out/plan.json"])
        #expect(written.status == 0 && written.out.isEmpty)
        #expect(try String(contentsOfFile: folder + "/out/plan.json", encoding: .utf8) == a.out)
        let unknown = try CLI.run(["plan", folder, "--network", "johtoryma", "--lang", "en"])
        #expect(unknown.status == 1 && unknown.err.contains("Did you mean 'johtoryhma'?"))
    }

    @Test("A rule that cannot be met: explained, exit 1, and nothing written")
    func unmetRule() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A first successful plan creates the database.
        #expect(try CLI.run(["plan", folder, "--format", "json"]).status == 0)
        let dbPath = folder + "/vuosikello.sqlite"
        let before = try Data(contentsOf: URL(fileURLWithPath: dbPath))
        try CLI.addCompetingNetworks(to: folder)
        let r = try CLI.run(["plan", folder, "--from", "2026", "--to", "2026", "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.out.contains("Rules that could not be met"))
        #expect(r.out.contains("kiire-") && r.out.contains("koordinaattori is already in another meeting"))
        #expect(r.err.contains("nothing was saved"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: dbPath)) == before)
        // An earlier output file is left exactly as it was, and no temporary file stays behind.
        let outFile = folder + "/out/plan.json"
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        try "earlier".write(toFile: outFile, atomically: true, encoding: .utf8)
        let failed = try CLI.run(["plan", folder, "--from", "2026", "--to", "2026", "--format", "json", "--output", outFile])
        #expect(failed.status == 1 && failed.out.isEmpty)
        #expect(try String(contentsOfFile: outFile, encoding: .utf8) == "earlier")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out") == ["plan.json"])
        let check = try CLI.run(["check", folder, "--from", "2026", "--to", "2026"])
        #expect(check.status == 1)
    }

    @Test("move, cancel and restore are kept in the database and honoured by every later plan")
    func moveCancelRestore() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func meeting(_ key: String) throws -> [String: Any] {
            let r = try CLI.run(["plan", folder, "--format", "json", "--dry-run"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
            return try #require((object["meetings"] as? [[String: Any]])?.first { $0["key"] as? String == key })
        }
        let key = "ero-mikkeli/2026/jan-feb"
        let original = try meeting(key)
        let opts = ["--rules", folder, "--lang", "en"]

        // Onto Epiphany: refused, nothing stored.
        let refused = try CLI.run(["move", key, "2026-01-06", "10:00"] + opts)
        #expect(refused.status == 1 && refused.err.contains("Epiphany") && refused.err.contains("--force"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/vuosikello.sqlite"))

        let moved = try CLI.run(["move", key, "2026-02-17", "10:00"] + opts)
        #expect(moved.status == 0, "\(moved.err)")
        #expect(moved.out.contains("moved \(key): 17.2.2026 10.00–12.00"))
        var now = try meeting(key)
        #expect(now["status"] as? String == "moved")
        #expect(now["start"] as? String == "2026-02-17T10:00:00+02:00")

        #expect(try CLI.run(["cancel", key] + opts).status == 0)
        now = try meeting(key)
        #expect(now["status"] as? String == "cancelled")

        let changes = try CLI.run(["changes"] + opts)
        #expect(changes.out.contains(key) && changes.out.contains("cancelled"))

        #expect(try CLI.run(["restore", key] + opts).status == 0)
        now = try meeting(key)
        #expect(now["status"] as? String == "planned")
        #expect(now["start"] as? String == original["start"] as? String)
        let again = try CLI.run(["restore", key] + opts)
        #expect(again.status == 0 && again.out.contains("neither moved nor cancelled"))


        let typo = try CLI.run(["move", "ero-mikkeli/2026/jan-fep", "2026-02-17"] + opts)
        #expect(typo.status == 1 && typo.err.contains("Did you mean 'ero-mikkeli/2026/jan-feb'?"))
        let badDate = try CLI.run(["move", key, "2026-02-30"] + opts)
        #expect(badDate.status == 1 && badDate.err.contains("is not a date"))

        // Undoing needs no rules: it works while a rule file is broken.
        #expect(try CLI.run(["cancel", key] + opts).status == 0)
        try "title: [".write(toFile: folder + "/networks/ero-mikkeli.yaml", atomically: true, encoding: .utf8)
        let undo = try CLI.run(["restore", key] + opts)
        #expect(undo.status == 0 && undo.out.contains("restored \(key)"))
    }

    @Test("The rules folder is found from the current folder when --rules is not given")
    func findsRules() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try CLI.run(["changes", "--lang", "en"], in: folder)
        #expect(r.status == 0 && r.out.contains("no moves or cancellations"))
        let nowhere = try CLI.run(["changes", "--lang", "en"], in: NSTemporaryDirectory())
        #expect(nowhere.status != 0 && nowhere.err.contains("--rules"))
    }

    @Test("holidays lists a year's Finnish public holidays")
    func holidays() throws {
        let r = try CLI.run(["holidays", "2027", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.out.contains("2027-03-26  Good Friday"))
        #expect(r.out.split(separator: "\n").count == 15)
    }
}

@Suite("The synthetic benchmark workload")
struct WorkloadTests {
    @Test("A small synthetic workload is valid rules and plans without problems")
    func smallWorkloadPlans() throws {
        let folder = NSTemporaryDirectory() + "vuosikello-synthetic-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SyntheticWorkload(regions: 2, networksPerRegion: 16, years: 2).write(to: folder)
        let check = try CLI.run(["check", folder, "--lang", "en"])
        #expect(check.status == 0, "\(check.err)")
        #expect(check.out.hasPrefix("ok: 32 networks"))
        let run = try CLI.run(["bench-run", folder, "--from", "2026", "--to", "2027"])
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Double])
        #expect(figures["problems"] == 0)
        #expect((figures["meetings"] ?? 0) > 300)
    }

    @Test("bench runs end to end on a small workload and ends with every target beside its figure")
    func benchRuns() throws {
        let work = NSTemporaryDirectory() + "vuosikello-bench-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: work) }
        let run = try CLI.run(["bench", "--regions", "2", "--networks", "3", "--years", "2", "--repeats", "1",
                               "--work", work, "--example", Example.folder])
        #expect(run.status == 0, "\(run.err)")
        let edit = try #require(run.out.split(separator: "\n").first { $0.hasPrefix("one-network edit") }, "\(run.out)")
        #expect(!edit.hasSuffix(" 0 files rewritten"), "the edited network's feeds are written again: \(edit)")
        let targets = run.out.components(separatedBy: "\ntargets").last?.split(separator: "\n").dropFirst() ?? []
        #expect(targets.count == 9, "\(targets)")
        #expect(targets.allSatisfy { $0.hasSuffix(" met") || $0.hasSuffix("NOT MET") }, "\(targets)")
        // Only the workloads are left; every build's folder is removed.
        #expect(try FileManager.default.contentsOfDirectory(atPath: work).sorted() == ["national-1", "national-2"])
    }
}

@Suite("vuosikello build", .serialized)
struct BuildCLITests {
    @Test("build writes every feed, a rebuild writes none, and a narrower period drops no published meeting")
    func build() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/public"
        let env = ["SOURCE_DATE_EPOCH": "1790000000"]
        let first = try CLI.run(["build", folder, "--out", out, "--lang", "en"], env: env)
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("185 feeds written, 0 unchanged"))
        for path in ["feeds/en/all.ics", "feeds/en/public/all.ics", "feeds/en/johtoryhma.ics", "feeds/en/public/johtoryhma.ics",
                     "feeds/en/people/koordinaattori.ics"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + path), "\(path)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: out + "/feeds/en/all.ics"))
        let second = try CLI.run(["build", folder, "--out", out, "--lang", "en"], env: ["SOURCE_DATE_EPOCH": "1790099999"])
        #expect(second.status == 0 && second.out.contains("0 feeds written, 185 unchanged"))
        // Asking for one year still keeps the other published years in the feeds.
        let narrow = try CLI.run(["build", folder, "--out", out, "--from", "2027", "--to", "2027", "--lang", "en"], env: env)
        #expect(narrow.status == 0 && narrow.out.contains("0 feeds written"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/feeds/en/all.ics")) == before)
    }

    @Test("A build with a rule that cannot be met writes no feed and leaves the database as it was")
    func failedBuild() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CLI.addCompetingNetworks(to: folder)
        let r = try CLI.run(["build", folder, "--out", folder + "/public", "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.err.contains("koordinaattori is already in another meeting"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/public"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/vuosikello.sqlite"))
    }

    @Test("A broken imported calendar stops the build with the file and line")
    func brokenImport() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/imports/koordinaattori-outlook.ics"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "DTSTART;VALUE=DATE:20261105", with: "DTSTART;VALUE=DATE:20261135")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["build", folder, "--out", folder + "/public", "--lang", "en"])
        #expect(r.status == 1)
        let line = text.components(separatedBy: "\r\n").firstIndex { $0.contains("20261135") }! + 1
        #expect(r.err.contains("koordinaattori-outlook.ics:\(line):1: the date or time '20261135' does not exist"), "\(r.err)")
    }
}
