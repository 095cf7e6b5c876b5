import Foundation
import Testing
import TestSupport
@testable import Rules

@Suite("Importing other calendars")
struct ImportTests {
    static let helsinki = TimeZone(identifier: "Europe/Helsinki")!

    private func read(_ text: String, skipFree: Bool = true) throws -> [ImportedEvent] {
        let path = NSTemporaryDirectory() + "vuosikello-import-" + UUID().uuidString + ".ics"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try CalendarImport(years: 2026...2027, timeZone: Self.helsinki, skipFree: skipFree).read(path: path)
    }

    private func failure(_ text: String) throws -> CalendarImport.Failure {
        do {
            _ = try read(text)
        } catch let failure as CalendarImport.Failure {
            return failure
        }
        Issue.record("expected the file to be refused")
        throw CancellationError()
    }

    @Test("An Outlook export: Windows time-zone names, recurrences, free time left out")
    func outlookExport() throws {
        let path = Example.folder + "/imports/koordinaattori-outlook.ics"
        let events = try CalendarImport(years: 2026...2027, timeZone: Self.helsinki, skipFree: true).read(path: path)
        let national = events.filter { $0.summary.hasPrefix("Valtakunnallinen parisuhdeverkosto") }
        // The second Tuesday of every third month, 13–15 local time, in winter and in summer.
        #expect(national.map(\.firstDay.iso).prefix(4) == ["2026-02-10", "2026-05-12", "2026-08-11", "2026-11-10"])
        #expect(national.allSatisfy { $0.startTime == TimeOfDay(text: "13:00") && $0.endTime == TimeOfDay(text: "15:00") })
        #expect(national.first?.summary == "Valtakunnallinen parisuhdeverkosto (Väestöliitto, Parisuhdekeskus Kataja)")
        let allDay = try #require(events.first { $0.isAllDay })
        #expect(allDay.firstDay.iso == "2026-11-05" && allDay.lastDay.iso == "2026-11-05")
        #expect(!events.contains { $0.summary.hasPrefix("Lounas") })
        let withFree = try CalendarImport(years: 2026...2026, timeZone: Self.helsinki, skipFree: false).read(path: path)
        #expect(withFree.contains { $0.summary.hasPrefix("Lounas") })
    }

    @Test("Imported busy times and days reach the person")
    func busyPerson() throws {
        let rules = try #require(RuleLoader().load(folder: Example.folder).rules)
        let coordinator = try #require(rules.people["koordinaattori"])
        #expect(coordinator.busy.contains { $0.firstDay.iso == "2026-02-10" })
        #expect(coordinator.unavailable.contains { $0.contains(Day(iso: "2026-11-05")!) })
    }

    @Test("A municipality's school holidays imported from .ics")
    func schoolHolidays() throws {
        let folder = try RulesFolder([
            "calendar.yaml": RulesFolder.calendar + "imports:\n  - {file: juva.ics, as: schoolHolidays, municipalities: [juva]}\n",
            "juva.ics": """
            BEGIN:VCALENDAR
            VERSION:2.0
            BEGIN:VEVENT
            UID:syysloma-2026@juva
            SUMMARY:Syysloma
            DTSTART;VALUE=DATE:20261012
            DTEND;VALUE=DATE:20261019
            TRANSP:TRANSPARENT
            END:VEVENT
            END:VCALENDAR
            """,
            "networks/x.yaml": RulesFolder.simpleNetwork,
        ])
        defer { folder.remove() }
        let rules = try #require(folder.load().rules)
        let holiday = try #require(rules.calendar.schoolHolidays.first { $0.name.fi == "Syysloma" })
        #expect(holiday.period.from.iso == "2026-10-12" && holiday.period.to.iso == "2026-10-18")
        #expect(holiday.municipalities == .only(["juva"]))
    }

    @Test("A broken file is named with the line of the problem", arguments: [
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261345T100000\nEND:VEVENT\nEND:VCALENDAR\n", 3,
         DiagnosticMessage.icsBadDate("20261345T100000")),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101T100000\nEND:VTODO\nEND:VCALENDAR\n", 4,
         .icsUnbalanced(end: "VTODO")),
        ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 3, .icsEventWithoutStart),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nthis is not a property\nEND:VEVENT\nEND:VCALENDAR\n", 4,
         .icsBadLine("this is not a property")),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nRRULE:FREQ=SOMETIMES\nEND:VEVENT\nEND:VCALENDAR\n", 4,
         .icsBadLine("RRULE:FREQ=SOMETIMES")),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\n", 2, .icsUnclosed("VEVENT")),
        ("Hello, this is a letter.\n", 1, .icsNotCalendar),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Mars/Olympus:20260105T100000\nEND:VEVENT\nEND:VCALENDAR\n", 3,
         .icsUnknownTimeZone("Mars/Olympus")),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260105T100000Z\nDTEND:20260105T090000Z\nEND:VEVENT\nEND:VCALENDAR\n", 4,
         .icsEndsBeforeStart),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260105\nDTEND;VALUE=DATE:20260101\nEND:VEVENT\nEND:VCALENDAR\n", 4,
         .icsEndsBeforeStart),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260105T100000Z\nRRULE:FREQ=SECONDLY\nEND:VEVENT\nEND:VCALENDAR\n", 4,
         .recurrenceTooFrequent("FREQ=SECONDLY")),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260105T100000Z\nRRULE:FREQ=DAILY;BYMINUTE=0,30\nEND:VEVENT\nEND:VCALENDAR\n", 4,
         .recurrenceTooFrequent("FREQ=DAILY;BYMINUTE=0,30")),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260105T100000Z\nRRULE:FREQ=HOURLY\nEND:VEVENT\nEND:VCALENDAR\n", 4,
         .tooManyOccurrences(count: 8760, limit: 400)),
    ])
    func broken(text: String, line: Int, message: DiagnosticMessage) throws {
        let failure = try failure(text)
        #expect(failure.line == line)
        #expect(failure.message == message)
    }

    @Test("A time zone the file defines itself (as Outlook does) is accepted, and so is an end equal to the start")
    func ownTimeZone() throws {
        let events = try read("""
            BEGIN:VCALENDAR
            BEGIN:VTIMEZONE
            TZID:FLE Standard Time
            BEGIN:STANDARD
            DTSTART:16010101T040000
            TZOFFSETFROM:+0300
            TZOFFSETTO:+0200
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            DTSTART;TZID=FLE Standard Time:20260105T100000
            DTEND;TZID=FLE Standard Time:20260105T100000
            END:VEVENT
            END:VCALENDAR
            """)
        #expect(events.count == 1)
    }

    @Test("Folded lines are joined, and the line numbers count the physical lines")
    func foldedLines() throws {
        let failure = try failure("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:long\r\n  text\r\nDTSTART:2026133\r\n 1T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        #expect(failure.line == 5)
    }

    @Test("The loader points at the .ics file and line")
    func loaderReportsImportProblem() throws {
        let folder = try RulesFolder([
            "calendar.yaml": RulesFolder.calendar + "imports:\n  - {file: broken.ics}\n",
            "broken.ics": "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260230\nEND:VEVENT\nEND:VCALENDAR\n",
            "networks/x.yaml": RulesFolder.simpleNetwork,
        ])
        defer { folder.remove() }
        let e = try #require(folder.onlyError())
        #expect(e.place == "broken.ics:3:1")
        #expect(e.message == .icsBadDate("20260230"))
        let missing = try RulesFolder([
            "calendar.yaml": RulesFolder.calendar + "imports:\n  - {file: nothere.ics}\n",
            "networks/x.yaml": RulesFolder.simpleNetwork,
        ])
        defer { missing.remove() }
        let m = try #require(missing.onlyError())
        #expect(m.place == "calendar.yaml:11:12")
        guard case .importNotFound = m.message else {
            Issue.record("got \(m.message)")
            return
        }
    }
}
