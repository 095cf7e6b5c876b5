import Foundation
import Testing
import TestSupport

@Suite("Correcting recorded minutes", .serialized)
struct CorrectionCLITests {
    static let today = ["VUOSIKELLO_TODAY": "2026-11-22"]

    /// The first empty `field` line of a template, filled in.
    static func fill(_ text: String, _ field: String, _ value: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if let i = lines.firstIndex(of: field) { lines[i] = field + " " + value }
        return lines.joined(separator: "\n")
    }

    static func run(_ arguments: [String], _ folder: String) throws -> CLI.Result {
        try CLI.run(arguments + ["--rules", folder, "--lang", "en"], env: today)
    }

    @Test("A corrected file shows what it changes and replaces the record only with --replace; a blank template wipes nothing")
    func correct() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Minutes of the October meeting record an action; the November ones close it.
        let october = try Self.run(["minutes", "--meeting", "johtoryhma/2026/10"], folder).out
        var text = october.replacingOccurrences(of: "- [ ] koordinaattori", with: "- [x] koordinaattori")
        text = Self.fill(text, "Action:", "Kootaan tilannekatsaus | koordinaattori | 2026-11-30")
        try text.write(toFile: folder + "/lokakuu.md", atomically: true, encoding: .utf8)
        let recorded = try Self.run(["minutes", "record", folder + "/lokakuu.md"], folder)
        #expect(recorded.status == 0 && recorded.out.contains("new actions 1"), "\(recorded.out)\(recorded.err)")

        let blank = try Self.run(["minutes", "--meeting", "johtoryhma/2026/11"], folder).out
        try blank.write(toFile: folder + "/tyhja.md", atomically: true, encoding: .utf8)
        var november = blank.replacingOccurrences(of: "- [ ] koordinaattori", with: "- [x] koordinaattori")
            .replacingOccurrences(of: "- [ ] #1 ", with: "- [x] #1 ")
        november = Self.fill(november, "Decision:", "Merkittiin tiedoksi.")
        try november.write(toFile: folder + "/marraskuu.md", atomically: true, encoding: .utf8)
        let first = try Self.run(["minutes", "record", folder + "/marraskuu.md"], folder)
        #expect(first.status == 0 && first.out.contains("decisions 1") && first.out.contains("closed 1"), "\(first.out)\(first.err)")
        #expect(try Self.run(["actions"], folder).out == "no open action items\n")

        // Recording the same file again changes nothing.
        let same = try Self.run(["minutes", "record", folder + "/marraskuu.md"], folder)
        #expect(same.status == 0 && same.out.contains("nothing changes"), "\(same.out)")

        // The blank template picked by mistake is refused, even with --replace (it used to wipe
        // the record: 0 decisions, #1 open again), and in Finnish names what was kept.
        let wipe = try Self.run(["minutes", "record", folder + "/tyhja.md", "--replace"], folder)
        #expect(wipe.status == 1, "\(wipe.out)")
        #expect(wipe.err.contains("the file records nothing") && wipe.err.contains("the earlier record is unchanged"),
                "\(wipe.err)")
        let finnish = try CLI.run(["minutes", "record", folder + "/tyhja.md", "--rules", folder], env: Self.today)
        #expect(finnish.status == 1 && finnish.err.contains("tiedostossa ei ole kirjauksia")
                && finnish.err.contains("aiemmat kirjaukset ennallaan"), "\(finnish.err)")
        #expect(try Self.run(["actions"], folder).out == "no open action items\n")
        #expect(try Self.run(["minutes", "versions", "johtoryhma/2026/11"], folder).out.contains("never replaced"))

        // A corrected file that no longer closes #1, recorded with --replace: #1 is open again.
        let corrected = november.replacingOccurrences(of: "- [x] #1 ", with: "- [ ] #1 ")
        try corrected.write(toFile: folder + "/korjattu.md", atomically: true, encoding: .utf8)
        let dry = try Self.run(["minutes", "record", folder + "/korjattu.md"], folder)
        #expect(dry.status == 1 && dry.out.contains("~ #1 is open again"))
        let replaced = try Self.run(["minutes", "record", folder + "/korjattu.md", "--replace"], folder)
        #expect(replaced.status == 0 && replaced.out.contains("recorded johtoryhma/2026/11"), "\(replaced.err)")
        #expect(try Self.run(["actions"], folder).out.contains("#1"))
        // The replaced version is kept, and restoring it closes #1 once more (a closed action may be
        // named again); the restore is itself undoable, as version 2.
        let versions = try Self.run(["minutes", "versions", "johtoryhma/2026/11"], folder)
        #expect(versions.out.hasPrefix("1: recorded ") && versions.out.contains("decisions 1, actions 0, closed 1"),
                "\(versions.out)")
        let back = try Self.run(["minutes", "restore", "johtoryhma/2026/11"], folder)
        #expect(back.status == 0 && back.out.contains("~ #1 is marked done"), "\(back.out)\(back.err)")
        #expect(try Self.run(["actions"], folder).out == "no open action items\n")
        let again = try Self.run(["minutes", "versions", "johtoryhma/2026/11"], folder).out
        #expect(again.contains("2: recorded ") && again.contains("closed 0"), "\(again)")
        #expect(try Self.run(["minutes", "restore", "johtoryhma/2026/11", "7"], folder).status == 1)
    }

    @Test("Minutes of a meeting still to come are stored with a warning")
    func futureMinutes() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try Self.run(["minutes", "--meeting", "johtoryhma/2027/01"], folder).out
            .replacingOccurrences(of: "- [ ] koordinaattori", with: "- [x] koordinaattori")
        try template.write(toFile: folder + "/tuleva.md", atomically: true, encoding: .utf8)
        let r = try Self.run(["minutes", "record", folder + "/tuleva.md"], folder)
        #expect(r.status == 0 && r.err.contains("warning: johtoryhma/2027/01: minutes are recorded although the meeting is only on"),
                "\(r.err)")
        let check = try CLI.run(["check", folder, "--lang", "en"], env: Self.today)
        #expect(check.status == 0 && check.err.contains("johtoryhma/2027/01: minutes are recorded although"), "\(check.err)")
    }
}
