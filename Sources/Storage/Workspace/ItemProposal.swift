import Foundation
import GRDB

/// A proposed decision (päätösehdotus) a chair or the coordinator wrote for one item of
/// one meeting in the workspace: it takes the place of the rules' `proposal:` on that
/// meeting's agenda and minutes. Kept by the item's title, which numbering does not change.
public struct ItemProposal: Hashable, Sendable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "itemProposal"
    public var meetingKey: String
    public var itemTitle: String
    public var text: String
    public var writtenBy: String
    /// UTC `YYYY-MM-DDTHH:MM:SSZ`.
    public var writtenAt: String

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v14: proposed decisions") { db in
            try db.create(table: databaseTableName) { t in
                t.column("meetingKey", .text).notNull()
                t.column("itemTitle", .text).notNull()
                t.column("text", .text).notNull()
                t.column("writtenBy", .text).notNull()
                t.column("writtenAt", .text).notNull()
                t.primaryKey(["meetingKey", "itemTitle"])
            }
        }
    }
}

extension ProjectDatabase {
    /// Every written proposal, by meeting and item title.
    public func proposals() throws -> [String: [String: String]] {
        try read(ItemProposal.databaseTableName, empty: [:]) { db in
            var result: [String: [String: String]] = [:]
            for p in try ItemProposal.fetchAll(db) { result[p.meetingKey, default: [:]][p.itemTitle] = p.text }
            return result
        }
    }

    /// Writes, replaces or (with empty text) removes an item's proposal, with its audit entry.
    public func saveProposal(_ text: String, item: String, meeting key: String, by actor: String,
                             at date: Date = Date()) throws {
        try writer.write { db in
            let earlier = try ItemProposal.fetchOne(db, key: ["meetingKey": key, "itemTitle": item])
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed != earlier?.text ?? "" else { return }
            if trimmed.isEmpty {
                try ItemProposal.deleteOne(db, key: ["meetingKey": key, "itemTitle": item])
            } else {
                try ItemProposal(meetingKey: key, itemTitle: item, text: trimmed, writtenBy: actor,
                                 writtenAt: ISO8601DateFormatter().string(from: date)).insert(db, onConflict: .replace)
            }
            try AuditEntry(at: date, actor: actor, action: .proposalWritten, target: key,
                           before: earlier.map { "\(item): \($0.text)" }, after: trimmed.isEmpty ? nil : "\(item): \(trimmed)")
                .insert(db)
        }
    }
}
