import CSV
import Foundation
import Testing
@testable import Rendering
@testable import Rules
@testable import Scheduling
@testable import Storage

@Suite("Plan outputs")
struct RenderingTests {
    static let rules: RuleSet = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("calendars/etela-savo").path
        return RuleLoader().load(folder: folder).rules!
    }()
    static let plan = Project.plan(rules, years: 2026...2027, state: PlanState(today: Day(iso: "2025-01-01")!))

    @Test("Helsinki offsets on both sides of the March and October clock changes")
    func clock() {
        let clock = RegionClock(identifier: "Europe/Helsinki")
        func iso(_ day: String, _ time: String) -> String { clock.iso8601(Day(iso: day)!, TimeOfDay(text: time)!) }
        #expect(iso("2026-03-28", "13:00") == "2026-03-28T13:00:00+02:00")
        #expect(iso("2026-03-29", "13:00") == "2026-03-29T13:00:00+03:00")
        #expect(iso("2026-10-24", "13:00") == "2026-10-24T13:00:00+03:00")
        #expect(iso("2026-10-25", "13:00") == "2026-10-25T13:00:00+02:00")
        #expect(clock.date(Day(iso: "2026-06-01")!, TimeOfDay(text: "09:00")!).timeIntervalSince1970 == 1_780_293_600)
    }

    @Test("A clock's table of days gives the time-zone database's offsets, inside the table and either side, west and east of UTC")
    func clockTable() {
        let year = Day(iso: "2026-01-01")!...Day(iso: "2026-12-31")!
        // Times no clock change skips or repeats in these zones (they change at 02:00–04:00).
        let times = ["00:00", "13:00", "23:59"].map { TimeOfDay(text: $0)! }
        for zone in ["Europe/Helsinki", "America/New_York", "Asia/Kolkata"] {
            let clock = RegionClock(identifier: zone, days: year)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: zone)!
            // A day either side of the table as well: those are looked up as asked for.
            for ordinal in (year.lowerBound.ordinal - 1)...(year.upperBound.ordinal + 1) {
                let day = Day(ordinal: ordinal), c = day.components
                for time in times {
                    let instant = calendar.date(from: DateComponents(year: c.year, month: c.month, day: c.day,
                                                                     hour: time.hour, minute: time.minute))!
                    let offset = calendar.timeZone.secondsFromGMT(for: instant) / 60
                    let expected = String(format: "%04d-%02d-%02dT%02d:%02d:00%@%02d:%02d", c.year, c.month, c.day,
                                          time.hour, time.minute, offset < 0 ? "-" : "+", abs(offset) / 60,
                                          abs(offset) % 60)
                    #expect(clock.iso8601(day, time) == expected, "\(zone) \(day) \(time)")
                }
            }
        }
    }

    @Test("JSON follows the contract: meetings, tasks and problems with every key")
    func json() throws {
        let text = PlanJSON(rules: Self.rules, language: .fi).render(Self.plan)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["meetings", "tasks", "problems"])
        let meetings = try #require(object["meetings"] as? [[String: Any]])
        #expect(meetings.count == Self.plan.meetings.count)
        let keys: Set = ["key", "network", "title", "start", "end", "mode", "location", "agenda", "status", "conveners",
                         "chairs", "secretaries"]
        for meeting in meetings { #expect(keys.isSubset(of: Set(meeting.keys))) }
        let ero = try #require(meetings.first { $0["key"] as? String == "ero-mikkeli/2026/jan-feb" })
        #expect(ero["network"] as? String == "ero-mikkeli")
        #expect((ero["chairs"] as? [String])?.isEmpty == true)
        #expect(ero["conveners"] as? [String] == ["ero-vastuuhenkilo-mikkeli"])
        #expect(ero["status"] as? String == "planned")
        #expect(ero["mode"] as? String == "live")
        #expect((ero["start"] as? String)?.hasSuffix("+02:00") == true)
        #expect((ero["agenda"] as? [String])?.first?.hasPrefix("Tietoa päättäjille") == true)
        let tasks = try #require(object["tasks"] as? [[String: Any]])
        let survey = try #require(tasks.first { $0["key"] as? String == "seuranta/2027/perheiden-kysely" })
        #expect(survey["owners"] as? [String] == ["koordinaattori"])
        #expect(survey["start"] as? String == "2027-09-01" && survey["due"] as? String == "2027-11-30")
        #expect(survey["meeting"] is NSNull)
        // Deterministic bytes.
        #expect(PlanJSON(rules: Self.rules, language: .fi).render(Self.plan) == text)
    }

    @Test("Each JSON record is the bytes Foundation writes for it with sorted keys")
    func jsonMatchesFoundation() throws {
        var plan = Self.plan
        // A problem whose words need escaping: quotes, a backslash, control characters, a slash, non-ASCII.
        plan.problems = [Problem(.warning, network: "n", meetingKey: nil, window: nil, constraint: .spacing,
                                 location: SourceLocation(file: "a\\\"b\u{1}/c\nä.yaml", line: 1, column: 2),
                                 message: .spacing(days: 3, neighbours: ["\t\u{1F}\r\u{8}\u{C}\u{7F}\u{2028}😀"]))]
        let text = PlanJSON(rules: Self.rules, language: .fi).render(plan)
        let records = text.split(separator: "\n").filter { $0.hasPrefix("{\"") }
        #expect(records.count == plan.meetings.count + plan.tasks.count + 1)
        for record in records {
            let line = String(record.hasSuffix(",") ? record.dropLast() : record)
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let again = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            #expect(String(decoding: again, as: UTF8.self) == line)
        }
        // Strings as JSONEncoder writes them (the encoder the plan's JSON used before).
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for hard in ["", "plain", "\"\\/", "\u{0}\u{1}\u{1F}\n\r\t\u{8}\u{C}", "\u{7F}\u{2028}\u{2029}ö😀", "a\"b\\c"] {
            var object = JSONObject()
            object.add("a", hard)
            object.add("b", [hard, "x"])
            object.add("c", nil as String?)
            object.add("d", 42)
            let expected = try encoder.encode(Record(a: hard, b: [hard, "x"], c: nil, d: 42))
            #expect(object.text == String(decoding: expected, as: UTF8.self))
        }
    }

    private struct Record: Encodable {
        let a: String
        let b: [String]
        let c: String?
        let d: Int

        enum CodingKeys: String, CodingKey { case a, b, c, d }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(a, forKey: .a)
            try container.encode(b, forKey: .b)
            try container.encodeNil(forKey: .c)
            try container.encode(d, forKey: .d)
        }
    }

    @Test("XML text: markup characters escaped, forbidden control characters dropped, plain text as it is")
    func xmlText() {
        #expect(XMLText.escape("Kokous 1/2026: ääni") == "Kokous 1/2026: ääni")
        #expect(XMLText.escape("a & b <c> \"d\"") == "a &amp; b &lt;c&gt; &quot;d&quot;")
        #expect(XMLText.escape("a\u{1}b\tc\nd\re\u{1F}") == "ab\tc\nd\re")
    }

    @Test("JSON problems carry file, line, column and the constraint")
    func jsonProblems() throws {
        var plan = Self.plan
        plan.problems = [Problem(.error, network: "n", meetingKey: "n/2026/1",
                                 window: DatedPeriod(from: Day(iso: "2026-03-01")!, to: Day(iso: "2026-03-05")!),
                                 constraint: .spacing, location: SourceLocation(file: "n.yaml", line: 4, column: 7),
                                 message: .spacing(days: 14, neighbours: ["2.3.2026"]))]
        let text = PlanJSON(rules: Self.rules, language: .en).render(plan)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let problem = try #require((object["problems"] as? [[String: Any]])?.first)
        #expect(problem["file"] as? String == "n.yaml" && problem["line"] as? Int == 4 && problem["column"] as? Int == 7)
        #expect(problem["constraint"] as? String == "spacing")
        #expect(problem["window_from"] as? String == "2026-03-01")
        #expect((problem["message"] as? String)?.contains("minimum spacing of 14 days") == true)
    }

    @Test("CSV parses back into the same meetings and tasks, with quoting where needed")
    func csv() throws {
        let text = try PlanCSV(rules: Self.rules, language: .en).render(Self.plan)
        #expect(text.hasPrefix("\u{FEFF}type,key,"))
        #expect(text.contains("\r\n"))
        let reader = try CSVReader(string: String(text.dropFirst()), hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        let meetingRows = rows.filter { $0[0] == "meeting" }
        #expect(meetingRows.count == Self.plan.meetings.count)
        #expect(rows.filter { $0[0] != "meeting" }.count == Self.plan.tasks.count)
        let first = Self.plan.meetings[0]
        let row = try #require(meetingRows.first { $0[1] == first.key })
        #expect(row[4] == first.day.iso && row[5] == first.start.description)
        // A location with a comma survives as one field.
        let eloisa = try #require(meetingRows.first { $0[8].contains("Eloisa meeting room, Mikkeli") })
        #expect(eloisa.count == 17)
    }

    @Test("The text table shows every network with meetings, and the tasks")
    func text() {
        let text = PlanText(rules: Self.rules, language: .fi).render(Self.plan)
        #expect(text.hasPrefix("Etelä-Savo · vuosikello 2026–2027"))
        for network in Self.rules.networks where network.meetings != nil {
            #expect(text.contains("━━ \(network.id) · "))
        }
        #expect(text.contains("Tehtävät, jotka eivät ole kokouksia"))
        #expect(text.contains("Perheiden kysely → koordinaattori"))
        #expect(!text.contains("Säännöt, joita ei voitu täyttää"))
        let onlyOne = PlanText(rules: Self.rules, language: .en).render(Self.plan, networks: ["johtoryhma"])
        #expect(onlyOne.contains("━━ johtoryhma · South Savo leadership group"))
        #expect(!onlyOne.contains("━━ ero-mikkeli"))
    }
}
