import Foundation
import Testing
@testable import Rules
@testable import Scheduling
@testable import Storage

@Suite("The project database")
struct ProjectDatabaseTests {
    private func temporaryPath() -> String {
        NSTemporaryDirectory() + "vuosikello-db-" + UUID().uuidString + ".sqlite"
    }

    @Test("Moves and cancellations survive closing and reopening the file")
    func overridesPersist() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let db = try ProjectDatabase(path: path)
            try db.save(MeetingOverride(key: "a/2026/1", day: Day(iso: "2026-03-12"), start: TimeOfDay(text: "09:00")))
            try db.save(MeetingOverride(key: "b/2026/2", cancelled: true))
        }
        let reopened = try ProjectDatabase(path: path)
        let overrides = try reopened.overrides()
        #expect(overrides.count == 2)
        #expect(overrides["a/2026/1"] == MeetingOverride(key: "a/2026/1", day: Day(iso: "2026-03-12"),
                                                         start: TimeOfDay(text: "09:00")))
        #expect(overrides["b/2026/2"]?.cancelled == true)
        #expect(try reopened.restore(key: "a/2026/1"))
        #expect(try !reopened.restore(key: "a/2026/1"))
        #expect(try reopened.overrides().keys.sorted() == ["b/2026/2"])
    }

    @Test("Saving a move twice keeps one record, the newer")
    func saveReplaces() throws {
        let db = try ProjectDatabase()
        try db.save(MeetingOverride(key: "a/2026/1", day: Day(iso: "2026-03-12")))
        try db.save(MeetingOverride(key: "a/2026/1", day: Day(iso: "2026-03-13")))
        #expect(try db.overrides()["a/2026/1"]?.day == Day(iso: "2026-03-13"))
        #expect(try db.overrideRecords().count == 1)
    }

    @Test("The previous plan is stored, without moved meetings")
    func baseline() throws {
        let db = try ProjectDatabase()
        let day = Day(iso: "2026-02-12")!
        var planned = Meeting(key: "j/2026/02", networkID: "j", cycleYear: 2026, cycleLabel: "2026",
                              title: LocalizedText("J"), day: day, start: TimeOfDay(text: "13:00")!,
                              end: TimeOfDay(text: "15:00")!, mode: .remote)
        planned.signature = Signature(value: 0xabc)
        var moved = planned
        moved.key = "j/2026/03"
        moved.status = .moved
        let today = Day(iso: "2026-01-01")!
        try db.savePlan(Plan(firstYear: 2026, lastYear: 2026, today: today, meetings: [planned, moved], tasks: [],
                             problems: []), since: PlanState(today: today))
        let stored = try db.planState(today: today).baseline
        #expect(stored.keys.sorted() == ["j/2026/02"])
        #expect(stored["j/2026/02"] == BaselineSlot(key: "j/2026/02", signature: Signature(value: 0xabc), day: day, start: TimeOfDay(text: "13:00")!))
    }

    @Test("Opening for reading never creates a file")
    func readOnly() throws {
        let path = temporaryPath()
        #expect(try ProjectDatabase.openForReading(path: path) == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = try ProjectDatabase(path: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try #require(try ProjectDatabase.openForReading(path: path))
        #expect(try reader.overrides().isEmpty)
        #expect(throws: (any Error).self) { try reader.save(MeetingOverride(key: "x", cancelled: true)) }
    }

    @Test("The plan honours what the database holds")
    func projectPlan() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("calendars/etela-savo").path
        let project = Project(rulesFolder: folder, databasePath: temporaryPath())
        #expect(project.databasePath.hasSuffix(".sqlite"))
        #expect(Project(rulesFolder: folder).databasePath == folder + "/vuosikello.sqlite")
        let rules = try #require(project.loadRules().rules)
        let db = try ProjectDatabase()
        let today = Day(iso: "2026-01-01")!
        let first = Project.plan(rules, years: 2026...2026, state: try db.planState(today: today))
        let target = try #require(first.meeting("johtoryhma/2026/03"))
        try db.save(MeetingOverride(key: target.key, cancelled: true))
        let second = Project.plan(rules, years: 2026...2026, state: try db.planState(today: today))
        #expect(second.meeting(target.key)?.status == .cancelled)
        #expect(Project.years(from: nil, to: nil, rules: rules, today: Day(iso: "2031-01-01")!) == 2026...2029)
        #expect(Project.years(from: 2027, to: nil, rules: rules, today: Day(iso: "2031-01-01")!) == 2027...2027)
    }
}
