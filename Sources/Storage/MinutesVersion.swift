import Foundation
import GRDB

/// A version of a meeting's minutes that a later recording replaced, kept whole so that
/// no correction (or a mistaken file) can lose what was recorded: `vuosikello minutes
/// versions` lists them and `vuosikello minutes restore` brings one back.
public struct MinutesVersion: Hashable, Sendable {
    /// Numbered from 1 per meeting, oldest first.
    public var number: Int
    public var minutes: RecordedMinutes
    /// UTC `YYYY-MM-DDTHH:MM:SSZ`: when this version was recorded, and when replaced.
    public var recordedAt: String
    public var replacedAt: String
}

struct MinutesVersionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "minutesVersion"
    var meetingKey: String
    var number: Int
    var recordedAt: String
    var replacedAt: String
    /// The whole record as JSON (sorted keys), so that later columns need no migration.
    var content: String
}

extension MinutesVersion {
    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6: replaced minutes are kept") { db in
            try db.create(table: MinutesVersionRecord.databaseTableName) { t in
                t.column("meetingKey", .text).notNull()
                t.column("number", .integer).notNull()
                t.column("recordedAt", .text).notNull()
                t.column("replacedAt", .text).notNull()
                t.column("content", .text).notNull()
                t.primaryKey(["meetingKey", "number"])
            }
        }
    }

    /// Stores `minutes` as the meeting's next replaced version (inside the recording's transaction).
    static func keep(_ minutes: RecordedMinutes, recordedAt: String, replacedAt: String, _ db: Database) throws {
        let last = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM minutesVersion WHERE meetingKey = ?",
                                    arguments: [minutes.meetingKey]) ?? 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let content = String(decoding: try encoder.encode(minutes), as: UTF8.self)
        try MinutesVersionRecord(meetingKey: minutes.meetingKey, number: last + 1, recordedAt: recordedAt,
                                 replacedAt: replacedAt, content: content).insert(db)
    }
}

extension ProjectDatabase {
    /// The replaced versions of a meeting's minutes, oldest first.
    public func minutesVersions(_ meetingKey: String) throws -> [MinutesVersion] {
        try read(MinutesVersionRecord.databaseTableName, empty: []) { db in
            try MinutesVersionRecord.filter(Column("meetingKey") == meetingKey).order(Column("number")).fetchAll(db)
                .map { record in
                    MinutesVersion(number: record.number,
                                   minutes: try JSONDecoder().decode(RecordedMinutes.self, from: Data(record.content.utf8)),
                                   recordedAt: record.recordedAt, replacedAt: record.replacedAt)
                }
        }
    }
}
