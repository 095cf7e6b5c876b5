import Foundation
import Testing
import TestSupport

/// Every input has a bound: what used to run unbounded (a cadence by the second, a
/// recurrence with a hundred million occurrences, a 50 MB rule file, a Word file that
/// unpacks to gigabytes) is now a clear error with file and line, in seconds. The time and
/// memory each takes are printed, not asserted (speed belongs to the benchmark).
@Suite("Input bounds", .serialized)
struct BoundsTests {
    static func report(_ name: String, _ m: CLI.Measured) {
        print("bound: \(name): exit \(m.result.status), \(String(format: "%.2f", m.seconds)) s, \(m.peakMB) MB peak")
    }

    /// The example with johtoryhma's cadence replaced.
    static func exampleWithCadence(_ cadence: String) throws -> String {
        let folder = try CLI.copyOfExample()
        let path = folder + "/networks/johtoryhma.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = text.replacingOccurrences(of: #"cadence: [^\n]*"#, with: "cadence: \"\(cadence)\"\n  start: 2026-01-05",
                                                options: .regularExpression, range: text.range(of: "cadence:").map {
                                                    $0.lowerBound..<text.endIndex })
        #expect(changed != text)
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    @Test("Cadences that repeat by the second, minute or hour, or too often, are errors at their line", arguments: [
        ("FREQ=SECONDLY", "repeats more than once a day"),
        ("FREQ=MINUTELY;COUNT=100000000", "repeats more than once a day"),
        ("FREQ=HOURLY", "repeats more than once a day"),
        ("FREQ=DAILY;BYHOUR=9,10,11", "repeats more than once a day"),
        ("FREQ=DAILY", "meetings a year; at most 60"),
        ("1000000 per year", "1000000 meetings a year; at most 60"),
    ])
    func cadences(cadence: String, words: String) throws {
        let folder = try Self.exampleWithCadence(cadence)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for command in ["check", "build"] {
            let m = try CLI.measure([command, folder, "--lang", "en", "--documents", "none"].filter {
                command == "build" || !["--documents", "none"].contains($0)
            }, limit: 60)
            Self.report("\(command) cadence \(cadence)", m)
            #expect(!m.killed && m.result.status == 1, "\(m.result.err)")
            #expect(m.result.err.contains("networks/johtoryhma.yaml:") && m.result.err.contains(words), "\(m.result.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/public"))
    }

    @Test("An imported recurrence by the second, or one that expands too far, is an error at its line")
    func imports() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/imports/koordinaattori-outlook.ics"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let event = "BEGIN:VEVENT\r\nUID:x@y\r\nDTSTART:20260105T080000Z\r\nDTEND:20260105T081000Z\r\nRRULE:%@\r\nEND:VEVENT\r\n"
        for (rule, words) in [("FREQ=SECONDLY", "repeats more than once a day"),
                              ("FREQ=MINUTELY;COUNT=100000000", "repeats more than once a day"),
                              ("FREQ=HOURLY;COUNT=100000000", "times a year; at most 400")] {
            let text = original.replacingOccurrences(of: "END:VCALENDAR", with: String(format: event, rule) + "END:VCALENDAR")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let line = text.components(separatedBy: "\r\n").firstIndex(of: "RRULE:" + rule)! + 1
            let m = try CLI.measure(["check", folder, "--lang", "en"], limit: 60)
            Self.report("check import \(rule)", m)
            #expect(!m.killed && m.result.status == 1)
            #expect(m.result.err.contains("koordinaattori-outlook.ics:\(line):") && m.result.err.contains(words),
                    "\(m.result.err)")
        }
    }

    @Test("A 50 MB rule file and a list of a million items are refused before they are read")
    func largeRuleFiles() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/networks/johtoryhma.yaml"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let item = "  - Asia, joka toistuu liian monta kertaa tässä tiedostossa\n"
        let huge = original.replacingOccurrences(
            of: "standingItems:\n", with: "standingItems:\n" + String(repeating: item, count: 50_000_000 / item.utf8.count))
        try huge.write(toFile: path, atomically: false, encoding: .utf8)
        let big = try CLI.measure(["check", folder, "--lang", "en"], limit: 60)
        Self.report("check 50 MB rule file", big)
        #expect(big.result.status == 1 && big.result.err.contains("networks/johtoryhma.yaml:1:1: the file is too large (50 MB)"),
                "\(big.result.err)")

        // Within the size limit, a list longer than 1 000 entries is an error at the entry 1 001.
        let lines = original.replacingOccurrences(of: "standingItems:\n",
                                                  with: "standingItems:\n" + String(repeating: "  - Asia\n", count: 1_500))
        try lines.write(toFile: path, atomically: false, encoding: .utf8)
        let long = try CLI.measure(["build", folder, "--lang", "en"], limit: 60)
        Self.report("build 1 500-item list", long)
        let line = original.components(separatedBy: "\n").firstIndex(of: "standingItems:")! + 1 + 1_001
        #expect(long.result.status == 1 && long.result.err.contains("johtoryhma.yaml:\(line):") &&
                long.result.err.contains("too many entries; at most 1000"), "\(long.result.err)")
        #expect(!long.result.err.contains("Fatal error") && !FileManager.default.fileExists(atPath: folder + "/public"))
    }

    @Test("Minutes: a Word file that unpacks to 200 MB, and a 3 MB text file, are refused before they are read whole")
    func largeMinutes() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bomb = folder + "/pommi.docx"
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
                with z.open('word/document.xml', 'w', force_zip64=True) as f:
                    f.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
                    chunk = b'<w:p><w:r><w:t>' + b'a' * 65536 + b'</w:t></w:r></w:p>'
                    for _ in range(200 * 16):
                        f.write(chunk)
                    f.write(b'</w:body></w:document>')
            """
        _ = try Peer.run(["-c", script, bomb], what: "python zipfile")
        let word = try CLI.measure(["minutes", "record", bomb, "--rules", folder, "--lang", "en"], limit: 60)
        Self.report("minutes record docx unpacking to 200 MB", word)
        #expect(word.result.status == 1 && word.result.err.contains("pommi.docx:1: the file is too large (209 MB)"),
                "\(word.result.err)")
        #expect(word.peakMB < 200, "peak \(word.peakMB) MB")

        let text = folder + "/pitka.md"
        try String(repeating: "Päätös: ei mitään\n", count: 3_000_000 / 18).write(toFile: text, atomically: true, encoding: .utf8)
        let long = try CLI.measure(["minutes", "record", text, "--rules", folder, "--lang", "en"], limit: 60)
        Self.report("minutes record 3 MB text", long)
        #expect(long.result.status == 1 && long.result.err.contains("the file is too large (3 MB)"), "\(long.result.err)")

        // The parser's and the archive's own English stays out of a Finnish message.
        try Data("PK\u{3}\u{4}this is not a zip".utf8).write(to: URL(fileURLWithPath: folder + "/rikki.docx"))
        let broken = try CLI.run(["minutes", "record", folder + "/rikki.docx", "--rules", folder])
        #expect(broken.status == 1 && broken.err.contains("rikki.docx:1: tiedosto ei ole luettava Word-asiakirja"),
                "\(broken.err)")
    }

    @Test("Out of file handles, check names that cause, never 'no network files'; SQLite's words follow ours")
    func causes() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Limits low enough that listing networks/ fails, at whatever count the runtime needs to start.
        // How many descriptors the runtime takes while starting varies from run to run (and the
        // child inherits what the test process holds open then), so the limit that falls exactly
        // on the listing can be missed: a few rounds, until one hits it.
        var outputs: [String] = []
        let found = { outputs.contains { $0.contains("liian monta tiedostoa tai yhteyttä auki") } }
        for limit in Array(4...16) + Array(4...16) + Array(4...16) {
            if found() { break }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
            process.arguments = ["--nofile=\(limit):\(limit)", CLI.binary, "check", folder]
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            outputs.append(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
            process.waitUntilExit()
        }
        #expect(outputs.contains { $0.contains("liian monta tiedostoa tai yhteyttä auki") }, "\(outputs)")
        #expect(!outputs.contains { $0.contains("ei ole yhtään verkoston") || $0.contains("ei voi lukea: ") }, "\(outputs)")

        try Data("not a database, not at all".utf8).write(to: URL(fileURLWithPath: folder + "/vuosikello.sqlite"))
        let damaged = try CLI.run(["check", folder])
        #expect(damaged.status == 1 && damaged.err.hasPrefix("projektin tietokantaa (vuosikello.sqlite) ei voi käyttää: "
                                                             + "tiedosto ei ole tietokanta tai se on vioittunut")
                && damaged.err.contains("; palauta varmuuskopio [SQLite: "), "\(damaged.err)")

        try "people:\n  a: [\n".write(toFile: folder + "/people.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "/vuosikello.sqlite")
        let yaml = try CLI.run(["check", folder])
        let first = yaml.err.components(separatedBy: "\n").first ?? ""
        #expect(first.hasSuffix("people.yaml:3:1: tiedosto ei ole kelvollista YAML-muotoa; tarkista sisennykset ja "
                                + "kaksoispisteet [YAML: did not find expected node content]"), "\(yaml.err)")
    }
}
