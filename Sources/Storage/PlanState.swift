import Foundation
import GRDB
import Rules
import Scheduling

/// What the database knows before a plan is made for `today`: the coordinator's moves,
/// the previous plan's slots, the history, and which meetings have recorded minutes.
/// Read in one go, so that a plan sees one consistent state even while `serve` writes.
public struct PlanState: Sendable {
    public var today: Day
    public var overrides: [String: MeetingOverride]
    public var baseline: [String: BaselineSlot]
    public var history: History
    public var recordedMinutes: Set<String>
    /// Items added to one meeting's agenda only (`ExtraAgendaItem`), by key.
    public var extraItems: [String: [LocalizedText]]
    /// The stored inputs' generation when this state was read (`InputGeneration`); nil
    /// before anything is stored.
    public var generation: Int?
    /// Prints of the stored snapshots of what is still to come (up to the snapshots'
    /// horizon), so that a save writes only what changed.
    var prints: [PlannedItemID: Int64]

    /// A project with nothing stored yet.
    public init(today: Day) {
        self.today = today
        overrides = [:]
        baseline = [:]
        history = History()
        recordedMinutes = []
        extraItems = [:]
        prints = [:]
    }
}

extension ProjectDatabase {
    /// The state a plan for `today` starts from.
    public func planState(today: Day) throws -> PlanState {
        try writer.read { db in
            var state = PlanState(today: today)
            state.generation = try InputGeneration.current(db)
            if try db.tableExists(MeetingOverrideRecord.databaseTableName) {
                state.overrides = Dictionary(uniqueKeysWithValues: try MeetingOverrideRecord.fetchAll(db)
                    .map { ($0.key, $0.override) })
            }
            state.baseline = try baseline(db)
            if try db.tableExists(MinutesRecord.databaseTableName) {
                state.recordedMinutes = Set(try String.fetchAll(db, sql: "SELECT meetingKey FROM minutes"))
            }
            state.extraItems = try ExtraAgendaItem.byMeeting(db)
            guard try db.tableExists(PlannedItemRecord.databaseTableName) else { return state }
            state.history = try history(before: today, db)
            let window = [today.ordinal, PlanSnapshots.horizon(today).ordinal]
            // Sized at once (growing, it rehashed every key again and again).
            state.prints.reserveCapacity(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM plannedItem WHERE day >= ? AND day < ?",
                                                          arguments: StatementArguments(window)) ?? 0)
            let rows = try Row.fetchCursor(db, sql: "SELECT kind, key, print FROM plannedItem WHERE day >= ? AND day < ?",
                                           arguments: StatementArguments(window))
            while let row = try rows.next() {
                state.prints[PlannedItemID(kind: row[0], key: row[1])] = row[2]
            }
            return state
        }
    }

    private func history(before today: Day, _ db: Database) throws -> History {
        var history = History()
        var meetings: [String] = [], tasks: [String] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT kind, snapshot FROM plannedItem WHERE day < ?",
                                       arguments: [today.ordinal])
        while let row = try rows.next() {
            switch PlannedItemRecord.Kind(rawValue: row[0]) {
            case .meeting?: meetings.append(row[1])
            case .task?: tasks.append(row[1])
            case nil: continue
            }
        }
        // A held meeting's deadlines may fall due after today; they are history with it.
        let decodedMeetings = try Self.decode(Meeting.self, meetings)
        let heldKeys = Set(decodedMeetings.map(\.key))
        if !heldKeys.isEmpty {
            let later = try Row.fetchCursor(db, sql: "SELECT key, snapshot FROM plannedItem WHERE kind = 'task' AND day >= ?",
                                            arguments: [today.ordinal])
            while let row = try later.next() {
                // A deadline's key is its meeting's key and the kind of work.
                let key: String = row[0]
                guard let slash = key.lastIndex(of: "/"), heldKeys.contains(String(key[..<slash])) else { continue }
                tasks.append(row[1])
            }
        }
        for meeting in decodedMeetings { history.meetings[meeting.key] = meeting }
        for task in try Self.decode(PlannedTask.self, tasks) { history.tasks[task.key] = task }
        history.missed = Set(try String.fetchAll(db, sql: "SELECT key FROM missedMeeting"))
        history.years = Set(try Int.fetchAll(db, sql: "SELECT year FROM plannedYear"))
        history.snapshotsThrough = try setting(ProjectSetting.snapshotHorizon, db).flatMap(Int.init).map(Day.init(ordinal:))
        return history
    }
}

extension ProjectDatabase {
    /// JSON snapshots decoded on every core, in order: at national scale, years of history
    /// are a hundred thousand snapshots, read on every build.
    static func decode<T: Decodable & Sendable>(_ type: T.Type, _ texts: [String]) throws -> [T] {
        try parallelChunks(texts.count, chunk: 2048) { range in
            let decoder = JSONDecoder()
            return try texts[range].map { try decoder.decode(T.self, from: Data($0.utf8)) }
        }
    }
}

extension ProjectDatabase {
    /// The earliest day the stored plans have for a meeting (as last planned, or where the
    /// rules put it before it was moved); nil when they have none.
    public func plannedDay(of key: String) throws -> Day? {
        try writer.read { db in
            var days: [Day] = []
            if try db.tableExists(PlannedItemRecord.databaseTableName),
               let ordinal = try Int.fetchOne(db, sql: "SELECT day FROM plannedItem WHERE kind = 'meeting' AND key = ?",
                                              arguments: [key]) {
                days.append(Day(ordinal: ordinal))
            }
            if try db.tableExists(PlanSlotRecord.databaseTableName),
               let iso = try String.fetchOne(db, sql: "SELECT day FROM planSlot WHERE key = ?", arguments: [key]),
               let day = Day(iso: iso) {
                days.append(day)
            }
            return days.min()
        }
    }
}
