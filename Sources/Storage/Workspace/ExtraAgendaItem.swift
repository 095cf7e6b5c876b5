import Foundation
import GRDB
import Rules

/// An item a chair or the coordinator added to one meeting's agenda, not to the rules:
/// it is on that meeting's agenda draft, minutes template and page until removed.
public struct ExtraAgendaItem: Hashable, Sendable, Codable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "extraAgendaItem"
    public var id: Int64?
    public var meetingKey: String
    /// In the language it was written in; shown as it is in every language.
    public var title: String
    public var addedBy: String
    /// UTC `YYYY-MM-DDTHH:MM:SSZ`.
    public var addedAt: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v10: extra agenda items") { db in
            try db.create(table: databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("meetingKey", .text).notNull().indexed()
                t.column("title", .text).notNull()
                t.column("addedBy", .text).notNull()
                t.column("addedAt", .text).notNull()
            }
        }
    }

    /// Every meeting's extra items, in the order added (nothing before this table existed).
    static func byMeeting(_ db: Database) throws -> [String: [LocalizedText]] {
        guard try db.tableExists(databaseTableName) else { return [:] }
        var items: [String: [LocalizedText]] = [:]
        for item in try ExtraAgendaItem.order(Column("id")).fetchAll(db) {
            items[item.meetingKey, default: []].append(LocalizedText(item.title))
        }
        return items
    }
}

extension ProjectDatabase {
    /// Adds an item to one meeting's agenda, with its audit entry.
    public func addAgendaItem(_ title: String, to meetingKey: String, by actor: String, at date: Date = Date()) throws {
        try writer.write { db in
            var item = ExtraAgendaItem(id: nil, meetingKey: meetingKey, title: title, addedBy: actor,
                                       addedAt: ISO8601DateFormatter().string(from: date))
            try item.insert(db)
            try AuditEntry(at: date, actor: actor, action: .agendaItemAdded, target: meetingKey, before: nil, after: title)
                .insert(db)
        }
    }

    /// Removes an added item; false when there is none with that id for that meeting.
    @discardableResult
    public func removeAgendaItem(_ id: Int64, from meetingKey: String, by actor: String, at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            guard let item = try ExtraAgendaItem.fetchOne(db, key: id), item.meetingKey == meetingKey else { return false }
            try ExtraAgendaItem.deleteOne(db, key: id)
            try AuditEntry(at: date, actor: actor, action: .agendaItemRemoved, target: meetingKey, before: item.title, after: nil)
                .insert(db)
            return true
        }
    }

    public func agendaItems(_ meetingKey: String) throws -> [ExtraAgendaItem] {
        try read(ExtraAgendaItem.databaseTableName, empty: []) { db in
            try ExtraAgendaItem.filter(Column("meetingKey") == meetingKey).order(Column("id")).fetchAll(db)
        }
    }
}
