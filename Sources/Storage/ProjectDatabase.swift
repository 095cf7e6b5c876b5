import Foundation
import GRDB
import Rules
import Scheduling

/// The project's state that rules cannot express: the coordinator's moves and
/// cancellations, and where each meeting was in the last plan (for stability).
///
/// One SQLite file beside the rules (`vuosikello.sqlite`), migrated on open.
public final class ProjectDatabase: Sendable {
    private let writer: any DatabaseWriter

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        writer = try DatabaseQueue(path: path)
        try Self.migrator.migrate(writer)
    }

    /// An in-memory database, for tests.
    public init() throws {
        writer = try DatabaseQueue()
        try Self.migrator.migrate(writer)
    }

    private init(readOnly path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        writer = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Opens an existing database without writing to it, for commands that must leave
    /// it untouched; nil when there is none yet.
    public static func openForReading(path: String) throws -> ProjectDatabase? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let database = try ProjectDatabase(readOnly: path)
        guard try database.writer.read({ try Self.migrator.hasCompletedMigrations($0) }) else {
            throw StorageError.olderDatabase(path)
        }
        return database
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
        return migrator
    }

    // MARK: Overrides

    public func overrides() throws -> [String: MeetingOverride] {
        try writer.read { db in
            let records = try MeetingOverrideRecord.fetchAll(db)
            return Dictionary(uniqueKeysWithValues: records.map { ($0.key, $0.override) })
        }
    }

    public func overrideRecords() throws -> [MeetingOverrideRecord] {
        try writer.read { db in try MeetingOverrideRecord.order(Column("key")).fetchAll(db) }
    }

    /// Stores a move or cancellation; `changedAt` records when the coordinator decided it.
    public func save(_ override: MeetingOverride, changedAt: Date = Date()) throws {
        try writer.write { db in
            try MeetingOverrideRecord(override, changedAt: changedAt).save(db)
        }
    }

    /// Removes a meeting's move and cancellation; false when it had none.
    @discardableResult
    public func restore(key: String) throws -> Bool {
        try writer.write { db in try MeetingOverrideRecord.deleteOne(db, key: key) }
    }

    // MARK: The previous plan

    public func baseline() throws -> [String: BaselineSlot] {
        try writer.read { db in
            let records = try PlanSlotRecord.fetchAll(db)
            return Dictionary(uniqueKeysWithValues: records.compactMap { record in
                record.slot.map { (record.key, $0) }
            })
        }
    }

    /// Records where every meeting of `plan` is, in one transaction. A moved meeting
    /// keeps its original slot, so that `restore` returns it there.
    public func saveBaseline(_ plan: Plan) throws {
        try writer.write { db in
            for meeting in plan.meetings where meeting.status != .moved {
                try PlanSlotRecord(key: meeting.key, network: meeting.networkID, signature: meeting.signature.description,
                                   day: meeting.day.iso, start: meeting.start.minutes).save(db)
            }
        }
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

    init(_ override: MeetingOverride, changedAt: Date) {
        key = override.key
        day = override.day?.iso
        start = override.start?.minutes
        cancelled = override.cancelled
        self.changedAt = ISO8601DateFormatter().string(from: changedAt)
    }

    public var override: MeetingOverride {
        MeetingOverride(key: key, day: day.flatMap(Day.init(iso:)), start: start.flatMap(TimeOfDay.init(minutes:)),
                        cancelled: cancelled)
    }
}

/// Where a meeting was placed by the last successful plan.
struct PlanSlotRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "planSlot"

    var key: String
    var network: String
    var signature: String
    var day: String
    var start: Int

    var slot: BaselineSlot? {
        guard let d = Day(iso: day), let t = TimeOfDay(minutes: start), let s = Signature(hex: signature) else { return nil }
        return BaselineSlot(key: key, signature: s, day: d, start: t)
    }
}

public enum StorageError: Error, Equatable {
    /// The file was written by an older Vuosikello; a command that writes upgrades it.
    case olderDatabase(String)
}
