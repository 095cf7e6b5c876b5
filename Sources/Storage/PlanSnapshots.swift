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
/// it, and an annual task due beyond every save's horizon (`History.snapshotsThrough`)
/// is taken from the rules.)
struct PlanSnapshots {
    /// What changed, by index into the plan's meetings and tasks, with its print. The JSON
    /// is made as the rows are stored (see `save`).
    var meetings: [(index: Int, print: Int64)] = []
    var tasks: [(index: Int, print: Int64)] = []
    var gone: [PlannedItemID] = []

    /// The first day whose meetings and tasks get no snapshot yet.
    static func horizon(_ today: Day) -> Day { today.adding(days: 366) }

    var isEmpty: Bool { meetings.isEmpty && tasks.isEmpty && gone.isEmpty }

    init(_ plan: Plan, since state: PlanState) throws {
        let horizon = Self.horizon(state.today)
        // What came from the history is already stored as it is. (Read in place: even
        // `plan.meetings[i] == …` copied the meeting.)
        let meetingIndices = plan.meetings.withUnsafeBufferPointer { all in
            all.indices.filter { i in
                let m = all.baseAddress! + i
                return m.pointee.day < horizon
                    && !(m.pointee.day < state.today && state.history.meetings[m.pointee.key] == m.pointee)
            }
        }
        // A task's key is made from its fields each time it is asked for: made once here,
        // on every core, for each task before the horizon.
        let soon = plan.tasks.withUnsafeBufferPointer { all in all.indices.filter { all[$0].due < horizon } }
        let soonKeys = parallelArray(soon.count, chunk: 1024) { k in plan.tasks.withElement(at: soon[k]) { $0.pointee.key } }
        var taskIndices: [Int] = [], taskKeys: [String] = []
        plan.tasks.withUnsafeBufferPointer { all in
            for (i, key) in zip(soon, soonKeys) where state.history.tasks[key] != all[i] {
                taskIndices.append(i)
                taskKeys.append(key)
            }
        }
        // Printed on every core (a national year is some 30 000 meetings and tasks); kept
        // where the print differs from the stored one.
        let meetingPrints = try Self.prints(meetingIndices) { plan.meetings[$0] }
        let taskPrints = try Self.prints(taskIndices) { plan.tasks[$0] }
        for (i, print) in zip(meetingIndices, meetingPrints)
        where state.prints[PlannedItemID(kind: PlannedItemRecord.Kind.meeting.rawValue, key: plan.meetings[i].key)] != print {
            meetings.append((i, print))
        }
        for (n, print) in taskPrints.enumerated()
        where state.prints[PlannedItemID(kind: PlannedItemRecord.Kind.task.rawValue, key: taskKeys[n])] != print {
            tasks.append((taskIndices[n], print))
        }
        // Only what the plan has before the horizon counts: one it moved beyond the horizon
        // must not keep its old, nearer snapshot, which would turn into false history.
        // Lazily: a filtered array copied every meeting and task before the horizon.
        var current = Set(plan.meetings.lazy.filter { $0.day < horizon }
            .map { PlannedItemID(kind: PlannedItemRecord.Kind.meeting.rawValue, key: $0.key) })
        current.formUnion(soonKeys.map { PlannedItemID(kind: PlannedItemRecord.Kind.task.rawValue, key: $0) })
        // `prints` holds what is stored from today up to the horizon; within the plan's
        // years, what the plan does not have there is gone.
        let years = plan.firstYear...plan.lastYear
        gone = state.prints.keys.filter { !current.contains($0) && years.contains(Meeting.year(ofKey: $0.key) ?? 0) }
            .sorted { ($0.kind, $0.key) < ($1.kind, $1.key) }
    }

    func save(_ plan: Plan, _ db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO plannedItem (kind, key, network, day, print, snapshot) VALUES (?, ?, ?, ?, ?, ?)
            """)
        // The JSON is encoded on every core a batch at a time, so that a national first save
        // never holds tens of thousands of snapshots in memory at once.
        func store<T: Encodable & Sendable>(_ kind: PlannedItemRecord.Kind, _ changed: [(index: Int, print: Int64)],
                                            _ item: (Int) -> T, key: (T) -> String, network: (T) -> String,
                                            day: (T) -> Day) throws {
            let batch = 1024
            for start in stride(from: 0, to: changed.count, by: batch) {
                let values = changed[start..<min(changed.count, start + batch)].map { item($0.index) }
                let texts = try Self.json(values)
                for (offset, value) in values.enumerated() {
                    insert.setUncheckedArguments([kind.rawValue, key(value), network(value), day(value).ordinal,
                                                  changed[start + offset].print, texts[offset]])
                    try insert.execute()
                }
            }
        }
        try store(.meeting, meetings, { plan.meetings[$0] }, key: \.key, network: \.networkID, day: \.day)
        try store(.task, tasks, { plan.tasks[$0] }, key: \.key, network: \.networkID, day: \.due)
        for id in gone {
            try db.execute(sql: "DELETE FROM plannedItem WHERE kind = ? AND key = ?", arguments: [id.kind, id.key])
        }
    }

    /// The prints of `items` (by index), on every core, in order.
    private static func prints<T: Encodable>(_ indices: [Int], _ item: @Sendable (Int) -> T) throws -> [Int64] {
        try parallelChunks(indices.count, chunk: 512) { range in try indices[range].map { try PrintEncoder.print(item($0)) } }
    }

    /// Each value as JSON with sorted keys (the same plan gives the same text), on every core, in order.
    private static func json<T: Encodable & Sendable>(_ values: [T]) throws -> [String] {
        try parallelChunks(values.count, chunk: 512) { range in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return try values[range].map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        }
    }
}
