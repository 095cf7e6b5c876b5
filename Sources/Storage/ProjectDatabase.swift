import Foundation
import GRDB
import Rules
import Scheduling

/// The project's state that rules cannot express: the coordinator's moves and
/// cancellations, where each meeting was in the last plan (for stability), what the
/// plan said about what has since happened (history), the published feeds' state,
/// recorded minutes and the feed tokens.
///
/// One SQLite file beside the rules (`vuosikello.sqlite`), migrated on open. `serve` and
/// the commands run meanwhile in other shells share it, so it is chosen deliberately: WAL
/// journal (readers go on while one process writes) and a 10-second busy timeout (a
/// writer waits for another instead of failing with "database is locked").
public final class ProjectDatabase: Sendable {
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        writer = try DatabaseQueue(path: path, configuration: Self.configuration)
        try Self.refuseNewer(writer, path: path)
        try Self.migrator.migrate(writer)
    }

    /// Opens the database at `path` as it is, even one a newer version wrote: only to
    /// replace its content with a backup (`restore(from:keeping:)`).
    public init(replacing path: String) throws {
        writer = try DatabaseQueue(path: path, configuration: Self.configuration)
    }

    /// An in-memory database, for tests.
    public init() throws {
        writer = try DatabaseQueue()
        try Self.migrator.migrate(writer)
    }

    /// WAL and a busy timeout (see above); an 8 MB page cache: rows are written in key
    /// order, so more buys nothing.
    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -8192") }
        return configuration
    }

    private init(readOnly path: String) throws {
        var configuration = Self.configuration
        configuration.readonly = true
        writer = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Opens an existing database without writing to it, for commands that must leave
    /// it untouched; nil when there is none yet. A file from an older version is read as
    /// it is (its missing tables read as empty); the next command that writes upgrades it.
    public static func openForReading(path: String) throws -> ProjectDatabase? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let database = try ProjectDatabase(readOnly: path)
        try refuseNewer(database.writer, path: path)
        return database
    }

    /// Reads a table, or nothing if this file predates it.
    func read<T>(_ table: String, empty: T, _ body: (Database) throws -> T) throws -> T {
        try writer.read { db in try db.tableExists(table) ? try body(db) : empty }
    }

    /// A published event's columns after its key (the same in v2 and in v7's rebuilt table).
    private static func eventColumns(_ t: TableDefinition) {
        for (name, type) in [("key", Database.ColumnType.text), ("kind", .text), ("network", .text), ("people", .text),
                             ("shared", .boolean), ("day", .integer), ("lastDay", .integer)] {
            t.column(name, type).notNull()
        }
        t.column("start", .integer)
        t.column("end", .integer)
        t.column("summary", .text).notNull()
        t.column("location", .text)
        t.column("status", .text).notNull()
        for name in ["significant", "minor", "sequence", "created", "modified", "taskPrint", "taskSequence", "taskModified"] {
            t.column(name, .integer).notNull()
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: overrides and plan slots") { db in
            try db.create(table: MeetingOverrideRecord.databaseTableName) { t in
                t.primaryKey("key", .text)
                t.column("day", .text)
                t.column("start", .integer)
                t.column("cancelled", .boolean).notNull().defaults(to: false)
                t.column("changedAt", .text).notNull()
            }
            try db.create(table: PlanSlotRecord.databaseTableName) { t in
                t.primaryKey("key", .text)
                t.column("network", .text).notNull().indexed()
                t.column("signature", .text).notNull()
                t.column("day", .text).notNull()
                t.column("start", .integer).notNull()
            }
        }
        migrator.registerMigration("v2: published feeds") { db in
            try db.create(table: PublishedEventRecord.databaseTableName) { t in
                t.primaryKey("uid", .text)
                eventColumns(t)
            }
            try db.create(table: PublishedFeedRecord.databaseTableName) { t in
                t.primaryKey("path", .text)
                t.column("fingerprint", .text).notNull()
                t.column("size", .integer).notNull()
            }
        }
        registerMinutes(&migrator)
        registerPublishing(&migrator)
        registerHistory(&migrator)
        MinutesVersion.register(&migrator)
        migrator.registerMigration("v7: published state per language") { db in
            // The same UID has a state per language: a Swedish build raises no Finnish SEQUENCE.
            // Earlier state was Finnish (the default language).
            let columns = try db.columns(in: PublishedEventRecord.databaseTableName).map { "\"\($0.name)\"" }
                .joined(separator: ", ")
            try db.execute(sql: "ALTER TABLE publishedEvent RENAME TO publishedEventBefore")
            try db.create(table: PublishedEventRecord.databaseTableName) { t in
                t.column("language", .text).notNull().defaults(to: Language.fi.rawValue)
                t.column("uid", .text).notNull()
                eventColumns(t)
                t.primaryKey(["language", "uid"])
            }
            try db.execute(sql: "INSERT INTO publishedEvent (\(columns)) SELECT \(columns) FROM publishedEventBefore")
            try db.execute(sql: "DROP TABLE publishedEventBefore")
        }
        registerWorkspace(&migrator)
        registerRuleVersions(&migrator)
        ExtraAgendaItem.register(&migrator)
        registerDiscussions(&migrator)
        OutboxMessage.register(&migrator)
        AnswerRecord.register(&migrator)
        ItemProposal.register(&migrator)
        TaskCompletion.register(&migrator)
        PublishedFileRecord.register(&migrator)
        InputGeneration.register(&migrator)
        return migrator
    }

    // MARK: Published feeds

    /// What the feeds in `language` last said about each event, by UID.
    public func publishedEvents(_ language: Language = .fi) throws -> [String: PublishedEventRecord] {
        try read(PublishedEventRecord.databaseTableName, empty: [:]) { db in
            var result: [String: PublishedEventRecord] = [:]
            // A database from before v7 (read without upgrading) has no language column: all Finnish.
            let perLanguage = try db.columns(in: PublishedEventRecord.databaseTableName).contains { $0.name == "language" }
            guard perLanguage || language == .fi else { return [:] }
            let request = perLanguage ? PublishedEventRecord.filter(Column("language") == language.rawValue)
                : PublishedEventRecord.all()
            result.reserveCapacity(try request.fetchCount(db))  // sized at once, not rehashed as it grows
            let cursor = try request.fetchCursor(db)
            while let record = try cursor.next() { result[record.uid] = record }
            return result
        }
    }

    /// The years of every meeting the feeds have carried (tasks do not count: a January
    /// meeting's invitation is due in December); nil before the first publication.
    public func publishedYears() throws -> ClosedRange<Int>? {
        try read(PublishedEventRecord.databaseTableName, empty: nil) { db in
            let row = try Row.fetchOne(db, sql: "SELECT min(day), max(day) FROM publishedEvent WHERE kind = 'meeting'")
            guard let first: Int = row?[0], let last: Int = row?[1] else { return nil }
            return Day(ordinal: first).year...Day(ordinal: last).year
        }
    }

    public func publishedFeeds() throws -> [String: PublishedFeedRecord] {
        try read(PublishedFeedRecord.databaseTableName, empty: [:]) { db in
            Dictionary(uniqueKeysWithValues: try PublishedFeedRecord.fetchAll(db).map { ($0.path, $0) })
        }
    }

    /// The feeds a build wrote, once they are on disk, and what the build was made from
    /// (`built`; its generation as the build read it, so that a change stored meanwhile
    /// is not taken for built).
    public func saveFeeds(_ feeds: [PublishedFeedRecord], built: BuiltFeedsRecord? = nil) throws {
        try writer.write { db in
            for feed in feeds { try feed.insert(db, onConflict: .replace) }
            try built?.insert(db, onConflict: .replace)
        }
    }

    /// Everything a build decided, in one transaction: the changed event states, the UID
    /// domain, and the plan (its slots, what it says about the past, the missed meetings).
    public func savePublication(_ events: [PublishedEventRecord], language: Language = .fi, uidDomain: String,
                                plan: Plan, since state: PlanState) throws {
        let snapshots = try PlanSnapshots(plan, since: state)
        try writer.write { db in
            // One prepared statement for every row: a national build stores some 300 000.
            let insertEvent = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO publishedEvent (language, uid, key, kind, network, people, shared, day, lastDay,
                    start, "end", summary, location, status, significant, minor, sequence, created, modified, taskPrint,
                    taskSequence, taskModified)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            // In key order: appending to the B-tree is several times faster than random inserts.
            // (The order is sorted, not the records: a copy of them all was 60 MB at national scale.)
            for e in events.indices.sorted(by: { events[$0].uid < events[$1].uid }).lazy.map({ events[$0] }) {
                insertEvent.setUncheckedArguments([language.rawValue, e.uid, e.key, e.kind, e.network, e.people, e.shared, e.day, e.lastDay,
                                                    e.start, e.end, e.summary, e.location, e.status, e.significant,
                                                    e.minor, e.sequence, e.created, e.modified, e.taskPrint,
                                                    e.taskSequence, e.taskModified])
                try insertEvent.execute()
            }
            try setSetting(ProjectSetting.uidDomain, uidDomain, db)
            try save(snapshots, plan: plan, since: state, db)
            // Until its feeds are written (`saveFeeds`), no build is recorded as made.
            if try db.tableExists(BuiltFeedsRecord.databaseTableName) {
                try BuiltFeedsRecord.deleteOne(db, key: language.rawValue)
            }
        }
    }

    // MARK: Overrides

    public func overrides() throws -> [String: MeetingOverride] {
        try read(MeetingOverrideRecord.databaseTableName, empty: [:]) { db in
            let records = try MeetingOverrideRecord.fetchAll(db)
            return Dictionary(uniqueKeysWithValues: records.map { ($0.key, $0.override) })
        }
    }

    public func overrideRecords() throws -> [MeetingOverrideRecord] {
        try read(MeetingOverrideRecord.databaseTableName, empty: []) { db in
            try MeetingOverrideRecord.order(Column("key")).fetchAll(db)
        }
    }

    /// Stores a move or cancellation with its audit entry; `changedAt` records when the
    /// coordinator decided it, `actor` who (an account, or the command line).
    public func save(_ override: MeetingOverride, by actor: String = AuditEntry.commandLine, reason: String? = nil,
                     changedAt: Date = Date()) throws {
        try writer.write { db in
            let before = try MeetingOverrideRecord.fetchOne(db, key: override.key)?.override
            try MeetingOverrideRecord(override, changedAt: changedAt).save(db)
            try AuditEntry(at: changedAt, actor: actor, action: override.cancelled ? .cancelled : .moved,
                           target: override.key, before: AuditEntry.describe(before),
                           after: AuditEntry.describe(override) + (reason.map { ": " + $0 } ?? "")).insert(db)
        }
    }

    /// Removes a meeting's move and cancellation (with its audit entry); false when it had none.
    @discardableResult
    public func restore(key: String, by actor: String = AuditEntry.commandLine, at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            guard let before = try MeetingOverrideRecord.fetchOne(db, key: key)?.override else { return false }
            try MeetingOverrideRecord.deleteOne(db, key: key)
            try AuditEntry(at: date, actor: actor, action: .restored, target: key,
                           before: AuditEntry.describe(before), after: AuditEntry.describe(nil)).insert(db)
            return true
        }
    }

    // MARK: The previous plan

    /// Remembers a plan: where its meetings are (for stability), what it says about the
    /// past (history), the meetings it found missed and the years it covered; in one
    /// transaction, writing only what changed since `state` was read.
    public func savePlan(_ plan: Plan, since state: PlanState) throws {
        let snapshots = try PlanSnapshots(plan, since: state)
        try writer.write { db in
            try save(snapshots, plan: plan, since: state, db)
            // Not a build: the next build's inputs changed (see `InputGeneration`).
            try InputGeneration.raise(db)
        }
    }

    func save(_ snapshots: PlanSnapshots, plan: Plan, since state: PlanState, _ db: Database) throws {
        // Compared with the stored ones on every core (a national plan has 10^5 slots).
        let slots = Self.baselineSlots(plan), stored = state.baseline
        try saveSlots(parallelChunks(slots.count, chunk: 8192) { slots[$0].filter { stored[$0.key] != $0 } }, db)
        try snapshots.save(plan, db)
        let horizon = PlanSnapshots.horizon(state.today)
        if state.history.snapshotsThrough.map({ $0 < horizon }) ?? true {
            try setSetting(ProjectSetting.snapshotHorizon, String(horizon.ordinal), db)
        }
        for missed in plan.missed {
            try MissedMeetingRecord(key: missed.key, network: missed.networkID, windowFrom: missed.window.from.ordinal,
                                    windowTo: missed.window.to.ordinal, noticedOn: plan.today.iso)
                .insert(db, onConflict: .ignore)
        }
        for year in plan.firstYear...plan.lastYear where !state.history.years.contains(year) {
            try db.execute(sql: "INSERT OR IGNORE INTO plannedYear (year) VALUES (?)", arguments: [year])
        }
    }

    /// The slots to remember from a plan: a moved meeting keeps its original slot, so
    /// that `restore` returns it there.
    public static func baselineSlots(_ plan: Plan) -> [BaselineSlot] {
        // Fields read in place: filtering the meetings, even lazily, copied each of them.
        plan.meetings.withUnsafeBufferPointer { meetings in
            meetings.indices.compactMap { i in
                let m = meetings.baseAddress! + i
                return m.pointee.status == .moved ? nil
                    : BaselineSlot(key: m.pointee.key, signature: m.pointee.signature, day: m.pointee.day,
                                   start: m.pointee.start)
            }
        }
    }

    private func saveSlots(_ slots: [BaselineSlot], _ db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO planSlot (key, network, signature, day, start) VALUES (?, ?, ?, ?, ?)
            """)
        for slot in slots.sorted(by: { $0.key < $1.key }) {
            insert.setUncheckedArguments([slot.key, String(slot.key.prefix { $0 != "/" }), slot.signature.description,
                                          slot.day.iso, slot.start.minutes])
            try insert.execute()
        }
    }

    func baseline(_ db: Database) throws -> [String: BaselineSlot] {
        guard try db.tableExists(PlanSlotRecord.databaseTableName) else { return [:] }
        // Columns by position, no record in between: a national plan has 10^5 slots.
        // Sized at once: growing it step by step rehashed every key some seventeen times.
        var result: [String: BaselineSlot] = [:]
        result.reserveCapacity(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM planSlot") ?? 0)
        let rows = try Row.fetchCursor(db, sql: "SELECT key, signature, day, start FROM planSlot")
        while let row = try rows.next() {
            guard let signature = Signature(hex: row[1]), let day = Day(iso: row[2]),
                  let start = TimeOfDay(minutes: row[3]) else { continue }
            let key: String = row[0]
            result[key] = BaselineSlot(key: key, signature: signature, day: day, start: start)
        }
        return result
    }
}

/// A stored move or cancellation.
public struct MeetingOverrideRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "meetingOverride"

    public var key: String
    public var day: String?
    public var start: Int?
    public var cancelled: Bool
    public var changedAt: String
    /// Made with `--force`: against the hard rules, or a correction of what has happened.
    public var forced: Bool

    init(_ override: MeetingOverride, changedAt: Date) {
        key = override.key
        day = override.day?.iso
        start = override.start?.minutes
        cancelled = override.cancelled
        self.changedAt = ISO8601DateFormatter().string(from: changedAt)
        forced = override.forced
    }

    public init(row: Row) throws {
        key = row["key"]
        day = row["day"]
        start = row["start"]
        cancelled = row["cancelled"]
        changedAt = row["changedAt"]
        // A database from before forced moves were marked has no such column yet.
        forced = row.hasColumn("forced") ? row["forced"] : false
    }

    public var override: MeetingOverride {
        MeetingOverride(key: key, day: day.flatMap(Day.init(iso:)), start: start.flatMap(TimeOfDay.init(minutes:)),
                        cancelled: cancelled, forced: forced)
    }
}

/// Where a meeting was placed by the last successful plan: the `planSlot` table (key,
/// network, signature as 16 hex digits, ISO day, start minute). Written and read by
/// column (`saveSlots`, `baseline`): a national plan has 10^5 slots.
enum PlanSlotRecord {
    static let databaseTableName = "planSlot"
}
