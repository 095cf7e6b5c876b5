import Foundation
import GRDB
import Rules
import Scheduling

/// A meeting or task as a plan had it, kept so that once it has happened (or fallen due)
/// later plans take it from here rather than from rules that may have changed since.
struct PlannedItemRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "plannedItem"

    enum Kind: String { case meeting, task }

    var kind: String
    var key: String
    var network: String
    /// The meeting's day or the task's due day, days since 1970-01-01.
    var day: Int
    /// FNV-1a of the snapshot, to write only what changed.
    var print: Int64
    /// The meeting or task as JSON (sorted keys, so the same plan gives the same text).
    var snapshot: String
}

struct PlannedItemID: Hashable, Sendable {
    var kind: String
    var key: String
}

/// A meeting whose window was over before it could be planned, noticed once.
struct MissedMeetingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "missedMeeting"
    var key: String
    var network: String
    var windowFrom: Int
    var windowTo: Int
    var noticedOn: String
}

/// The snapshots of a plan that differ from what the database holds, and the stored
/// ones of what is still to come that the plan no longer has (a meeting whose window the
/// rules moved): those must not turn into history tomorrow.
struct PlanSnapshots {
    var changed: [PlannedItemRecord] = []
    var gone: [PlannedItemID] = []

    init(_ plan: Plan, since state: PlanState) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func record<T: Encodable>(_ kind: PlannedItemRecord.Kind, _ key: String, _ network: String, _ day: Day,
                                  _ value: T, known: Bool) throws -> PlannedItemRecord? {
            // What came from the history is already stored as it is.
            if known { return nil }
            let text = String(decoding: try encoder.encode(value), as: UTF8.self)
            var print = Signature()
            print.add(text)
            guard state.prints[PlannedItemID(kind: kind.rawValue, key: key)] != print.stored else { return nil }
            return PlannedItemRecord(kind: kind.rawValue, key: key, network: network, day: day.ordinal,
                                     print: print.stored, snapshot: text)
        }
        for meeting in plan.meetings {
            let known = meeting.day < state.today && state.history.meetings[meeting.key] == meeting
            if let r = try record(.meeting, meeting.key, meeting.networkID, meeting.day, meeting, known: known) {
                changed.append(r)
            }
        }
        for task in plan.tasks {
            let known = state.history.tasks[task.key] == task
            if let r = try record(.task, task.key, task.networkID, task.due, task, known: known) { changed.append(r) }
        }
        var current = Set(plan.meetings.map { PlannedItemID(kind: PlannedItemRecord.Kind.meeting.rawValue, key: $0.key) })
        current.formUnion(plan.tasks.map { PlannedItemID(kind: PlannedItemRecord.Kind.task.rawValue, key: $0.key) })
        // `prints` holds what is stored from today on; within the plan's years, what the
        // plan does not have is gone.
        let years = plan.firstYear...plan.lastYear
        gone = state.prints.keys.filter { !current.contains($0) && years.contains(Self.year(of: $0.key) ?? 0) }
            .sorted { ($0.kind, $0.key) < ($1.kind, $1.key) }
    }

    /// The year in a key (`johtoryhma/2026/03`, `opiskeluhuolto/2026-27/autumn`).
    static func year(of key: String) -> Int? {
        let parts = key.split(separator: "/")
        return parts.count >= 2 ? Int(parts[1].prefix(4)) : nil
    }

    func save(_ db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO plannedItem (kind, key, network, day, print, snapshot) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for r in changed.sorted(by: { ($0.kind, $0.key) < ($1.kind, $1.key) }) {
            insert.setUncheckedArguments([r.kind, r.key, r.network, r.day, r.print, r.snapshot])
            try insert.execute()
        }
        for id in gone {
            try db.execute(sql: "DELETE FROM plannedItem WHERE kind = ? AND key = ?", arguments: [id.kind, id.key])
        }
    }
}
