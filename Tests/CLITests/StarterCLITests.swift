import Foundation
import Testing
import TestSupport
@testable import Rules

/// `vuosikello init`, `new network` and `schema`: a coordinator starts from a folder that
/// checks and plans, and an editor checks the files with the JSON Schemas.
@Suite("Starting a rules folder, and the schemas for editors")
struct StarterCLITests {
    static let env = ["VUOSIKELLO_TODAY": "2026-11-29"]

    static func temporary() throws -> String {
        let folder = NSTemporaryDirectory() + "vuosikello-starter-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Every rule file of a folder.
    static func ruleFiles(_ folder: String) throws -> [String] {
        let top = ["calendar.yaml", "people.yaml", "places.yaml"].map { folder + "/" + $0 }
            .filter { FileManager.default.fileExists(atPath: $0) }
        let networks = try FileManager.default.contentsOfDirectory(atPath: folder + "/networks")
            .filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/networks/" + $0 }
        return top + networks
    }

    /// Problems the JSON Schema validator (Python's jsonschema) finds, by file.
    static func validate(_ files: [String], schemas: String) throws -> [String: [String]] {
        let found = try Peer.json("schema_peer.py", [schemas] + files)
        return found.mapValues { $0 as? [String] ?? ["?"] }
    }

    @Test("init → check → plan from an empty folder; the starter names its schemas; a second init refuses and writes nothing")
    func initChecksAndPlans() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/oma-alue"
        let made = try CLI.run(["init", folder, "--region", "Testiseutu"], env: Self.env)
        #expect(made.status == 0, "\(made.err)")
        #expect(made.err.contains("vuosikello check \(folder)"))
        let check = try CLI.run(["check", folder], env: Self.env)
        #expect(check.status == 0 && check.err.isEmpty, "\(check.out)\(check.err)")
        #expect(check.out.contains("3 verkostoa"), "\(check.out)")
        let plan = try CLI.run(["plan", folder, "--format", "json"], env: Self.env)
        #expect(plan.status == 0, "\(plan.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(plan.out.utf8)) as? [String: Any])
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        #expect(Set(meetings.compactMap { $0["network"] as? String }) == ["johtoryhma", "kehittajaryhma", "verkosto"])
        // Planned from the coming year (it is late November).
        #expect(meetings.allSatisfy { ($0["start"] as? String)?.hasPrefix("2027") == true || ($0["start"] as? String)?.hasPrefix("2028") == true })
        // Finnish comments, English keys, Finnish values, and the schema line.
        let calendar = try String(contentsOfFile: folder + "/calendar.yaml", encoding: .utf8)
        #expect(calendar.hasPrefix("# yaml-language-server: $schema=schema/calendar.schema.json\n"))
        #expect(calendar.contains("region: \"Testiseutu\"") && calendar.contains("# Kuukaudet, joina mikään verkosto"))
        let board = try String(contentsOfFile: folder + "/networks/johtoryhma.yaml", encoding: .utf8)
        #expect(board.hasPrefix("# yaml-language-server: $schema=../schema/network.schema.json\n"))
        #expect(board.contains("cadence: kuukausittain") && board.contains("role: puheenjohtaja"))
        #expect(try Self.validate(try Self.ruleFiles(folder), schemas: folder + "/schema").values.allSatisfy(\.isEmpty))

        let again = try CLI.run(["init", folder], env: Self.env)
        #expect(again.status == 1 && again.err.contains("ole tyhjä"), "\(again.err)")
        #expect(try String(contentsOfFile: folder + "/calendar.yaml", encoding: .utf8) == calendar)
    }

    @Test("new network: a commented starter that checks, or a copy of another network with the new id and title")
    func newNetwork() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/alue"
        #expect(try CLI.run(["init", folder], env: Self.env).status == 0)
        let made = try CLI.run(["new", "network", "lape-juva", "--rules", folder, "--title", "Juvan LAPE-työryhmä"], env: Self.env)
        #expect(made.status == 0, "\(made.err)")
        let text = try String(contentsOfFile: folder + "/networks/lape-juva.yaml", encoding: .utf8)
        #expect(text.contains("id: lape-juva") && text.contains("fi: \"Juvan LAPE-työryhmä\""))
        #expect(text.contains("- person: koordinaattori") && text.contains("cadence: 4 kertaa vuodessa"), "the usual convener")
        let like = try CLI.run(["new", "network", "ero-juva", "--like", "kehittajaryhma", "--rules", folder,
                                "--title", "Juvan kehittäjäryhmä"], env: Self.env)
        #expect(like.status == 0, "\(like.err)")
        let copy = try String(contentsOfFile: folder + "/networks/ero-juva.yaml", encoding: .utf8)
        #expect(copy.contains("id: ero-juva") && copy.contains("Juvan kehittäjäryhmä") && copy.contains("id: tammi-helmi"))
        #expect(!copy.contains("id: kehittajaryhma"))
        let check = try CLI.run(["check", folder], env: Self.env)
        #expect(check.status == 0 && check.out.contains("5 verkostoa"), "\(check.out)\(check.err)")
        // Refused: a taken id, a bad id, an unknown model; nothing written.
        let taken = try CLI.run(["new", "network", "verkosto", "--rules", folder], env: Self.env)
        #expect(taken.status == 1 && taken.err.contains("on jo olemassa"), "\(taken.err)")
        let bad = try CLI.run(["new", "network", "Juva LAPE", "--rules", folder], env: Self.env)
        #expect(bad.status == 1 && bad.err.contains("ei käy verkoston tunnukseksi"), "\(bad.err)")
        let unknown = try CLI.run(["new", "network", "x", "--like", "kehittajaryma", "--rules", folder], env: Self.env)
        #expect(unknown.status == 1 && unknown.err.contains("kehittajaryhma"), "\(unknown.err)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/networks/x.yaml"))
    }

    @Test("The shipped schemas are the generated ones, and accept every shipped and test rule folder")
    func shippedSchemas() throws {
        let shipped = CLI.packageRoot.appendingPathComponent("schema").path
        for file in RuleSchema.files {
            let text = try String(contentsOfFile: shipped + "/" + file.name, encoding: .utf8)
            #expect(text == file.text, "schema/\(file.name) is generated: vuosikello schema .")
        }
        let folders = ["calendars/etela-savo", "Tests/Fixtures/release-2026-11/seutu", "Tests/Fixtures/constructs"]
            .map { CLI.packageRoot.appendingPathComponent($0).path }
        var files: [String] = []
        for folder in folders {
            #expect(RuleLoader().load(folder: folder).errors.isEmpty)
            files += try Self.ruleFiles(folder)
        }
        #expect(files.count > 30)
        let found = try Self.validate(files, schemas: shipped)
        for (file, problems) in found.sorted(by: { $0.key < $1.key }) { #expect(problems.isEmpty, "\(file): \(problems)") }
        // The manual's table of keys is the generated one: every key with its meaning and an example.
        let manual = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let table = try #require(manual.components(separatedBy: "<!-- keys:start -->\n").last?
            .components(separatedBy: "<!-- keys:end -->").first)
        #expect(table == RuleSchema.reference, "docs/rules.md: vuosikello schema --reference")
        for line in RuleSchema.reference.split(separator: "\n") where line.hasPrefix("| `") {
            #expect(!line.hasSuffix("|  |  |") && !line.hasSuffix(" |  |"), "a meaning and an example: \(line)")
        }
        // The example's files name the shipped schemas.
        let example = try String(contentsOfFile: folders[0] + "/networks/johtoryhma.yaml", encoding: .utf8)
        #expect(example.hasPrefix("# yaml-language-server: $schema=../../../schema/network.schema.json"))
    }

    @Test("The folder of other regions' constructs checks and plans: Finnish words, one-off dates, a course around a date, alternating themes, a centre holding two meetings")
    func constructsFolder() throws {
        let folder = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/constructs").path
        try FileManager.default.removeItem(atPath: folder)
        try FileManager.default.copyItem(atPath: source, toPath: folder)
        let plan = try CLI.run(["plan", folder, "--format", "json"], env: Self.env)
        #expect(plan.status == 0, "\(plan.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(plan.out.utf8)) as? [String: Any])
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        func of(_ network: String) -> [[String: Any]] { meetings.filter { $0["network"] as? String == network } }
        #expect(of("seminaarit").compactMap { $0["start"] as? String } == ["2027-09-14T13:00:00+03:00", "2027-10-05T09:00:00+03:00"])
        let course = of("valmennus").compactMap { ($0["start"] as? String)?.prefix(10) }.map(String.init)
        #expect(course.count == 10 && course.prefix(5).allSatisfy { $0 < "2027-03-15" } && course.suffix(5).allSatisfy { $0 > "2027-03-15" })
        #expect(of("valmennus").first?["conveners"] as? [String] == ["ohjaaja-1", "ohjaaja-2"], "two co-leaders")
        let themes = of("ryhma").map { ($0["agenda"] as? [String] ?? []).filter { $0.hasPrefix("Teema") } }
        #expect(themes == [["Teema A"], ["Teema B"], ["Teema A"], ["Teema B"], ["Teema A"], ["Teema B"]])
        // The organisation as it was named on each session's day.
        let early = try CLI.run(["agenda", "valmennus", "--meeting", "valmennus/2027/session-01", "--rules", folder], env: Self.env)
        let late = try CLI.run(["agenda", "valmennus", "--meeting", "valmennus/2027/session-10", "--rules", folder], env: Self.env)
        #expect(early.out.contains("(Kuntayhtymä)") && late.out.contains("(Hyvinvointialue)"), "\(early.out)\(early.err)\(late.out)")
    }

    @Test("What the loader rejects for its shape, the schema rejects too", arguments: [
        ("networks/x.yaml", "title: X\nmeetings:\n  cadense: monthly\n"),                        // unknown key
        ("networks/x.yaml", "title: X\nmeetings:\n  cadence: monthly\n  mode: kaukana\n"),        // not a mode
        ("networks/x.yaml", "title: X\nmeetings:\n  cadence: monthly\nmembers:\n  - {person: koordinaattori, role: boss}\n"),
        ("networks/x.yaml", "meetings:\n  cadence: monthly\n"),                                     // no title
        ("networks/x.yaml", "title: X\nmeetings:\n  cadence: monthly\n  minSpacing: [1, 2]\n"),   // wrong type
        ("networks/x.yaml", "title: X\nmeetings:\n  cadence: monthly\npriority: 1000\n"),         // out of range
        ("networks/x.yaml", "title: X\nmeetings:\n  cadence: monthly\ntasks:\n  - {id: a, title: A, due: 03-01}\n"),
        ("networks/x.yaml", "title: {sv: X}\nmeetings:\n  cadence: monthly\n"),                  // no Finnish title
        ("networks/x.yaml", "title: X\nmeetings:\n  cadence: monthly\n  live: {prefer: [first]}\n"),
        ("networks/x.yaml", "title: X\nmeetings:\n  cadence: monthly\nbody: committee\n"),
        ("people.yaml", "people:\n  koordinaattori:\n    title: K\n    phone: 1\n    mail: k@example.fi\n"),
        ("people.yaml", "people:\n  koordinaattori:\n    maxMeetingsPerDay: 0\n"),
        ("places.yaml", "places:\n  teams:\n    name: Teams\n    link: https://teams.example.org\n"),
        ("calendar.yaml", "region: X\nperiod: {from: 2026}\n"),
        ("calendar.yaml", "region: X\nnoMeetingMonths: jul\nholidays: []\n"),
        ("calendar.yaml", "region: X\nblackouts:\n  - {name: Joulu, from: 12-22, to: 01-06, every: year}\n"),
    ])
    func badShapes(file: String, text: String) throws {
        let folder = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/networks", withIntermediateDirectories: true)
        let good = [
            "calendar.yaml": "region: Testimaa\nperiod: {from: 2026, to: 2027}\n",
            "people.yaml": "people:\n  koordinaattori:\n    title: Koordinaattori\n",
            "places.yaml": "places:\n  teams:\n    name: Teams\n    online: https://teams.example.org/x\n",
        ]
        for (name, content) in good where name != file { try content.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        try text.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        #expect(!RuleLoader().load(folder: folder).errors.isEmpty, "the loader rejects it")
        let found = try Self.validate([folder + "/" + file], schemas: CLI.packageRoot.appendingPathComponent("schema").path)
        #expect(found[folder + "/" + file]?.isEmpty == false, "the schema rejects it too")
    }
}
