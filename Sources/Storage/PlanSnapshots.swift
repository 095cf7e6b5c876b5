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
    /// The snapshot's print (`PrintEncoder`), to write only what changed.
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
///
/// Only what falls within a year of today is kept: a snapshot matters once its day has
/// passed, and every saved plan (each rebuild of `serve`) moves the horizon along, so a
/// plan saved at least once a year misses nothing, while a national plan of ten years
/// does not print all of its 300 000 meetings and tasks at every save. (Should no plan be
/// saved for longer, a meeting without a snapshot is laid out where the last plan put
/// it, from the rules.)
struct PlanSnapshots {
    /// What changed, by index into the plan's meetings and tasks, with its print. The JSON
    /// is written as each row is stored, so that a national first save never holds tens of
    /// thousands of snapshots in memory at once.
    var meetings: [(index: Int, print: Int64)] = []
    var tasks: [(index: Int, print: Int64)] = []
    var gone: [PlannedItemID] = []

    /// The first day whose meetings and tasks get no snapshot yet.
    static func horizon(_ today: Day) -> Day { today.adding(days: 366) }

    var isEmpty: Bool { meetings.isEmpty && tasks.isEmpty && gone.isEmpty }

    init(_ plan: Plan, since state: PlanState) throws {
        let horizon = Self.horizon(state.today)
        /// The print when it differs from the stored one; nil for what is stored as it is.
        func changed<T: Encodable>(_ kind: PlannedItemRecord.Kind, _ key: String, _ value: T) throws -> Int64? {
            let print = try PrintEncoder.print(value)
            return state.prints[PlannedItemID(kind: kind.rawValue, key: key)] == print ? nil : print
        }
        for (i, meeting) in plan.meetings.enumerated() where meeting.day < horizon {
            // What came from the history is already stored as it is.
            if meeting.day < state.today && state.history.meetings[meeting.key] == meeting { continue }
            if let print = try changed(.meeting, meeting.key, meeting) { meetings.append((i, print)) }
        }
        for (i, task) in plan.tasks.enumerated() where task.due < horizon {
            if state.history.tasks[task.key] == task { continue }
            if let print = try changed(.task, task.key, task) { tasks.append((i, print)) }
        }
        // Only what the plan has before the horizon counts: one it moved beyond the horizon
        // must not keep its old, nearer snapshot, which would turn into false history.
        var current = Set(plan.meetings.filter { $0.day < horizon }
            .map { PlannedItemID(kind: PlannedItemRecord.Kind.meeting.rawValue, key: $0.key) })
        current.formUnion(plan.tasks.filter { $0.due < horizon }
            .map { PlannedItemID(kind: PlannedItemRecord.Kind.task.rawValue, key: $0.key) })
        // `prints` holds what is stored from today up to the horizon; within the plan's
        // years, what the plan does not have there is gone.
        let years = plan.firstYear...plan.lastYear
        gone = state.prints.keys.filter { !current.contains($0) && years.contains(Meeting.year(ofKey: $0.key) ?? 0) }
            .sorted { ($0.kind, $0.key) < ($1.kind, $1.key) }
    }

    func save(_ plan: Plan, _ db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let insert = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO plannedItem (kind, key, network, day, print, snapshot) VALUES (?, ?, ?, ?, ?, ?)
            """)
        func store<T: Encodable>(_ kind: PlannedItemRecord.Kind, _ key: String, _ network: String, _ day: Day,
                                 _ print: Int64, _ value: T) throws {
            let text = String(decoding: try encoder.encode(value), as: UTF8.self)
            insert.setUncheckedArguments([kind.rawValue, key, network, day.ordinal, print, text])
            try insert.execute()
        }
        for (i, print) in meetings {
            let m = plan.meetings[i]
            try store(.meeting, m.key, m.networkID, m.day, print, m)
        }
        for (i, print) in tasks {
            let t = plan.tasks[i]
            try store(.task, t.key, t.networkID, t.due, print, t)
        }
        for id in gone {
            try db.execute(sql: "DELETE FROM plannedItem WHERE kind = ? AND key = ?", arguments: [id.kind, id.key])
        }
    }
}
