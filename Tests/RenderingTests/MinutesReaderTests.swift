import Foundation
import Testing
@testable import Rendering
@testable import Rules
@testable import Scheduling
@testable import Storage

@Suite("Reading filled-in minutes")
struct MinutesReaderTests {
    static let key = "johtoryhma/2026/03"
    static var meetings: [String: Meeting] {
        Dictionary(DocumentFixture.plan.meetings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The minutes template of the March leadership-group meeting, with one earlier action open.
    static func template() throws -> String {
        let earlier = DocumentFixture.plan.meetings(of: "johtoryhma")[1].key
        let open = DocumentFixture.action(7, at: earlier, network: "johtoryhma", owner: "koordinaattori", due: "2026-03-31")
        return try DocumentFixture.text(.minutes, key, actions: [open])
    }

    static func read(_ text: String) -> (minutes: RecordedMinutes?, problems: [MinutesProblem]) {
        MinutesReader(rules: DocumentFixture.rules).read(MinutesFile.lines(text: text), file: "poytakirja.md",
                                                         meetings: meetings, openActions: [7])
    }

    /// Replaces the first `old` after the heading starting with `heading`.
    static func fill(_ text: String, after heading: String, _ old: String, _ new: String) throws -> String {
        let start = try #require(text.range(of: heading))
        let range = try #require(text.range(of: old, range: start.upperBound..<text.endIndex))
        return text.replacingCharacters(in: range, with: new)
    }

    static func line(of fragment: String, in text: String) -> Int {
        (MinutesFile.lines(text: text).first { $0.text.contains(fragment) }?.number) ?? -1
    }

    @Test("Attendance, decisions, new actions and closed actions are read from the template's own syntax")
    func roundTrip() throws {
        var text = try Self.template()
        text = text.replacingOccurrences(of: "- [ ] johtoryhma-puheenjohtaja", with: "- [x] johtoryhma-puheenjohtaja")
        text = text.replacingOccurrences(of: "- [ ] koordinaattori", with: "- [X] koordinaattori")
        text = text.replacingOccurrences(of: "- [ ] johtoryhma-jasen-kunnat — Johtoryhmän jäsen, kunnat (jäsen)",
                                         with: "- [s] johtoryhma-jasen-kunnat — Johtoryhmän jäsen, kunnat (jäsen): Varajäsen V.")
        text = text.replacingOccurrences(of: "- [ ] #7 ", with: "- [x] #7 ")
        text = try Self.fill(text, after: "## 4. Esityslistan hyväksyminen", "Päätös:", "Päätös: Hyväksyttiin.")
        text = try Self.fill(text, after: "## 7. Palveluiden", "Päätös:\n", "Päätös:\n\nKuultiin katsaus.\nMerkittiin tiedoksi.\n")
        text = try Self.fill(text, after: "## 7. Palveluiden", "Keskustelu:", "Keskustelu: Kunnat kertoivat tilanteestaan.\nSavonlinna puuttui.")
        text = try Self.fill(text, after: "## 8. ", "Keskustelu:", "Keskustelu:\n\nAsiaa ei ehditty päättää.")
        text = try Self.fill(text, after: "## 7. Palveluiden", "Tehtävä:",
                             "Tehtävä: Kootaan kuntien tilannekatsaus | Perhekeskuskoordinaattori (koordinaattori) | 30.4.2026\n"
                                + "Tehtävä: Päivitetään indikaattorit | johtoryhma-jasen-eloisa | 2026-05-31")
        let result = Self.read(text)
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.en) })")
        let minutes = try #require(result.minutes)
        #expect(minutes.meetingKey == Self.key && minutes.networkID == "johtoryhma")
        let status = Dictionary(minutes.attendance.map { ($0.personID, $0.status) }, uniquingKeysWith: { a, _ in a })
        #expect(status["johtoryhma-puheenjohtaja"] == .present && status["koordinaattori"] == .present)
        #expect(status["johtoryhma-jasen-kunnat"] == .substitute && status["johtoryhma-jasen-eloisa"] == .absent)
        #expect(minutes.attendance.first { $0.personID == "johtoryhma-jasen-kunnat" }?.substitute == "Varajäsen V.")
        #expect(minutes.attendance.count == 7)
        // An item with a discussion and no decision is kept too.
        #expect(minutes.decisions.map(\.itemNumber) == [4, 7, 8])
        #expect(minutes.decisions[0].text == "Hyväksyttiin." && minutes.decisions[0].discussion == "")
        #expect(minutes.decisions[1].text == "Kuultiin katsaus.\nMerkittiin tiedoksi.")
        #expect(minutes.decisions[1].discussion == "Kunnat kertoivat tilanteestaan.\nSavonlinna puuttui.")
        #expect(minutes.decisions[2].text == "" && minutes.decisions[2].discussion == "Asiaa ei ehditty päättää.")
        #expect(minutes.decisions[1].itemTitle.hasPrefix("Palveluiden integroituminen"))
        #expect(minutes.actions.map(\.owner) == ["koordinaattori", "johtoryhma-jasen-eloisa"])
        #expect(minutes.actions.map(\.due) == ["2026-04-30", "2026-05-31"])
        #expect(minutes.actions.allSatisfy { $0.itemNumber == 7 })
        #expect(minutes.closed == [7])
    }

    @Test("Every malformed line is reported with its number, and nothing is returned to store")
    func malformed() throws {
        var text = try Self.template()
        text = text.replacingOccurrences(of: "- [ ] johtoryhma-puheenjohtaja", with: "- [v] johtoryhma-puheenjohtaja")
        text = text.replacingOccurrences(of: "- [ ] koordinaattori", with: "- [x] koordinaatori")
        text = text.replacingOccurrences(of: "- [ ] johtoryhma-jasen-kunnat — Johtoryhmän jäsen, kunnat (jäsen)",
                                         with: "- [s] johtoryhma-jasen-kunnat")
        text = text.replacingOccurrences(of: "- [ ] #7 ", with: "- [x] #8 ")
        text = try Self.fill(text, after: "## 7. Palveluiden", "Tehtävä:",
                             "Tehtävä: Kaksi osaa | koordinaattori\nTehtävä: Väärä päivä | koordinaattori | 30.2.2026\n"
                                + "Tehtävä: Myöhässä jo | koordinaattori | 2026-01-01\nTehtävä: Kuka? | joku-muu | 2026-05-01")
        let result = Self.read(text)
        #expect(result.minutes == nil)
        let expected: [(String, String)] = [
            ("[v] johtoryhma-puheenjohtaja", "unknown mark [v]"),
            ("koordinaatori", "no person 'koordinaatori' in people.yaml. Did you mean 'koordinaattori'?"),
            ("[s] johtoryhma-jasen-kunnat", "write the substitute's name"),
            ("[x] #8", "no open action #8"),
            ("Kaksi osaa", "three parts"),
            ("30.2.2026", "'30.2.2026' is not a date"),
            ("Myöhässä jo", "the due date 2026-01-01 is before the meeting"),
            ("joku-muu", "no person 'joku-muu'"),
        ]
        #expect(result.problems.count == expected.count, "\(result.problems.map { $0.message(.en) })")
        for (fragment, message) in expected {
            let line = Self.line(of: fragment, in: text)
            #expect(result.problems.contains { $0.line == line && $0.message(.en).contains(message) },
                    "line \(line) '\(fragment)': \(result.problems.map { $0.message(.en) })")
        }
        #expect(result.problems.allSatisfy { $0.message(.en).hasPrefix("poytakirja.md:\($0.line): ") })
    }

    @Test("Minutes that name no meeting, or a meeting not in the plan, are refused")
    func meetingKey() throws {
        let text = try Self.template()
        let missing = Self.read(text.replacingOccurrences(of: "- **Tunnus:** \(Self.key)\n", with: ""))
        #expect(missing.minutes == nil && missing.problems.first?.reason == .noMeetingKey)
        let wrong = Self.read(text.replacingOccurrences(of: "- **Tunnus:** \(Self.key)", with: "- **Tunnus:** johtoryhma/2026/3"))
        #expect(wrong.problems.first?.line == 3)
        #expect(wrong.problems.first?.message(.en).contains("no meeting 'johtoryhma/2026/3'") == true)
    }

    @Test("Minutes filled in as a Word document are read paragraph by paragraph")
    func word() throws {
        let data = try DocumentFixture.documents().render(.minutes, for: try DocumentFixture.meeting(Self.key), format: .docx)
        var xml = String(decoding: try #require(try DocxTests.parts(data)["word/document.xml"]), as: UTF8.self)
        // The Word form names people as the rules do (their name, else their title), not by id.
        #expect(!xml.contains(">[ ] koordinaattori"))
        xml = xml.replacingOccurrences(of: ">[ ] Perhekeskuskoordinaattori", with: ">[x] Perhekeskuskoordinaattori")
        xml = try Self.fill(xml, after: "4. Esityslistan hyväksyminen", "Päätös: </w:t>", "Päätös: Hyväksyttiin.</w:t>")
        // Word splits text into runs as it likes; the reader joins them.
        xml = try Self.fill(xml, after: "4. Esityslistan hyväksyminen", "Tehtävä: </w:t></w:r>",
                            "Tehtävä: Lähetä </w:t></w:r><w:r><w:t xml:space=\"preserve\">kutsu | koordinaattori | 2026-04-15</w:t></w:r>")
        let path = NSTemporaryDirectory() + "vuosikello-minutes-\(UUID().uuidString).docx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try DocxPackage(language: .fi, title: "t").package(documentXML: xml).write(to: URL(fileURLWithPath: path))
        let result = MinutesReader(rules: DocumentFixture.rules).read(try MinutesFile.lines(path: path), file: path,
                                                                      meetings: Self.meetings, openActions: [])
        let minutes = try #require(result.minutes, "\(result.problems.map { $0.message(.en) })")
        #expect(minutes.attendance.first { $0.personID == "koordinaattori" }?.status == .present)
        #expect(minutes.decisions.map(\.text) == ["Hyväksyttiin."])
        #expect(minutes.actions.map(\.what) == ["Lähetä kutsu"])
    }

    @Test("A file that is not minutes gives a clear error rather than a crash")
    func unreadable() throws {
        let path = NSTemporaryDirectory() + "vuosikello-notminutes-\(UUID().uuidString).docx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: MinutesProblem.self) { try MinutesFile.lines(path: path) }
        #expect(error.message(.en).hasPrefix("\(path):1: the file is not a readable Word document"))
        #expect(throws: MinutesProblem.self) { try MinutesFile.lines(path: "/no/such/file.md") }
    }
}
