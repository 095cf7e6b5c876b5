import Foundation
import GRDB
import Testing
import TestSupport
@testable import Rules
@testable import Scheduling
@testable import Storage

@Suite("The stored plan and its history")
struct HistoryStorageTests {
    static let today = Day(iso: "2026-11-29")!

    static func plan(_ rules: RuleSet, database: ProjectDatabase, today: Day = today) throws -> (Plan, PlanState) {
        let state = try database.planState(today: today)
        return (Project.plan(rules, years: 2026...2027, state: state), state)
    }

    @Test("What a saved plan said about the past comes back as history, as it was")
    func roundTrip() throws {
        let db = try ProjectDatabase()
        let rules = Example.rules
        let (plan, state) = try Self.plan(rules, database: db)
        try db.savePlan(plan, since: state)
        let history = try db.planState(today: Self.today).history
        let past = plan.meetings.filter { $0.day < Self.today }
        #expect(history.meetings.count == past.count)
        for meeting in past { #expect(history.meetings[meeting.key] == meeting) }
        #expect(history.years == [2026, 2027])
        // A held meeting's deadlines are history with it, even when due after today.
        let late = try #require(past.last { !$0.isCancelled && plan.task($0.key + "/minutes").map { $0.due >= Self.today } == true })
        #expect(history.tasks[late.key + "/minutes"] == plan.task(late.key + "/minutes"))
        // Saving the same plan again writes nothing new.
        let again = try db.planState(today: Self.today)
        #expect(try PlanSnapshots(plan, since: again).isEmpty)
    }

    @Test("A meeting the plan no longer has is not left behind to become history tomorrow")
    func staleSnapshotsGo() throws {
        let db = try ProjectDatabase()
        var rules = Example.rules
        let (plan, state) = try Self.plan(rules, database: db)
        try db.savePlan(plan, since: state)
        rules.networks.removeAll { $0.id == "vakivallaton" }
        let (after, afterState) = try Self.plan(rules, database: db)
        try db.savePlan(after, since: afterState)
        let nextYear = try db.planState(today: Day(iso: "2028-01-01")!).history
        #expect(nextYear.meetings.values.filter { $0.networkID == "vakivallaton" }.allSatisfy { $0.day < Self.today })
        #expect(!nextYear.meetings.values.filter { $0.networkID == "vakivallaton" }.isEmpty)
    }

    @Test("A meeting moved beyond the snapshots' horizon loses its nearer snapshot")
    func movedBeyondHorizon() throws {
        let db = try ProjectDatabase()
        let (plan, state) = try Self.plan(Example.rules, database: db)
        try db.savePlan(plan, since: state)
        let horizon = PlanSnapshots.horizon(Self.today)
        let index = try #require(plan.meetings.firstIndex { $0.day >= Self.today && $0.day < horizon })
        var moved = plan
        moved.meetings[index].day = horizon.adding(days: 7)
        let snapshots = try PlanSnapshots(moved, since: try db.planState(today: Self.today))
        #expect(snapshots.gone == [PlannedItemID(kind: "meeting", key: plan.meetings[index].key)])
        #expect(snapshots.meetings.isEmpty)
    }

    @Test("A jump of today past the snapshots keeps the annual tasks that fell due beyond them")
    func jumpPastSnapshots() throws {
        let db = try ProjectDatabase()
        let first = Day(iso: "2026-01-01")!, jump = Day(iso: "2027-08-15")!
        let (plan, state) = try Self.plan(Example.rules, database: db, today: first)
        try db.savePlan(plan, since: state)
        let horizon = PlanSnapshots.horizon(first)
        #expect(try db.planState(today: first).history.snapshotsThrough == horizon)
        // Annual tasks due between the horizon and the new today: never snapshotted, yet planned.
        let between = plan.tasks.filter { $0.meetingKey == nil && $0.due >= horizon && $0.due < jump }
        #expect(!between.isEmpty)
        let (later, laterState) = try Self.plan(Example.rules, database: db, today: jump)
        for task in between { #expect(later.task(task.key) == task, "\(task.key)") }
        // Saving moves the horizon on; it never moves back.
        try db.savePlan(later, since: laterState)
        #expect(try db.planState(today: first).history.snapshotsThrough == PlanSnapshots.horizon(jump))
        let (earlier, earlierState) = try Self.plan(Example.rules, database: db, today: first)
        try db.savePlan(earlier, since: earlierState)
        #expect(try db.planState(today: jump).history.snapshotsThrough == PlanSnapshots.horizon(jump))
    }

    @Test("Missed meetings are stored once and not reported again")
    func missedOnce() throws {
        let db = try ProjectDatabase()
        var rules = Example.rules
        let (plan, state) = try Self.plan(rules, database: db)
        try db.savePlan(plan, since: state)
        var added = try #require(rules.network("vakivallaton"))
        added = Network(id: "uusi", title: LocalizedText("Uusi"), members: added.members, meetings: added.meetings,
                        file: "uusi.yaml", location: added.location)
        rules.networks.append(added)
        let (after, afterState) = try Self.plan(rules, database: db)
        #expect(after.missed.map(\.key) == ["uusi/2026/1", "uusi/2026/2", "uusi/2026/3"])
        try db.savePlan(after, since: afterState)
        let (again, _) = try Self.plan(rules, database: db)
        #expect(again.missed.isEmpty && !again.problems.contains { $0.message == .missed })
    }

    @Test("The database is shared in WAL mode with a busy timeout")
    func walMode() throws {
        let path = try Example.temporaryFolder("vuosikello-db") + "/v.sqlite"
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        _ = try ProjectDatabase(path: path)
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }
}

@Suite("Prints of snapshots")
struct PrintTests {
    @Test("A print follows every field: the same meeting gives the same print, any change another")
    func prints() throws {
        let rules = Example.rules
        let plan = Project.plan(rules, years: 2026...2026, state: PlanState(today: Day(iso: "2025-01-01")!))
        let meeting = try #require(plan.meetings.first { !$0.attendees.isEmpty && !$0.agenda.isEmpty })
        let print = try PrintEncoder.print(meeting)
        #expect(try PrintEncoder.print(meeting) == print)
        var changes: [Meeting] = []
        var m = meeting; m.day = m.day.adding(days: 1); changes.append(m)
        m = meeting; m.start = TimeOfDay(minutes: m.start.minutes + 30)!; changes.append(m)
        m = meeting; m.mode = m.mode == .live ? .remote : .live; changes.append(m)
        m = meeting; m.status = .cancelled; changes.append(m)
        m = meeting; m.title.fi += "!"; changes.append(m)
        m = meeting; m.agenda.removeLast(); changes.append(m)
        m = meeting; m.attendees[0].optional.toggle(); changes.append(m)
        m = meeting; m.secretaries.append("uusi"); changes.append(m)
        m = meeting; m.placeID = m.placeID == nil ? "huone" : nil; changes.append(m)
        let others = try changes.map { try PrintEncoder.print($0) }
        #expect(!others.contains(print))
        #expect(Set(others).count == others.count)
        let task = try #require(plan.tasks.first)
        var later = task
        later.due = later.due.adding(days: 1)
        #expect(try PrintEncoder.print(task) != PrintEncoder.print(later))
    }
}
