import Foundation
import GRDB

/// A rule file as it was before a save from the workspace replaced it: every saved
/// version is kept, so any earlier one can be brought back. (Edits made by hand in an
/// editor are not seen here; the files stay the single source of truth.)
public struct RuleFileVersion: Hashable, Sendable {
    /// The file inside the rules folder: `networks/johtoryhma.yaml`.
    public var path: String
    /// From 1 per file, oldest first.
    public var number: Int
    public var content: String
    /// UTC `YYYY-MM-DDTHH:MM:SSZ`: when it was replaced, and by whom.
    public var replacedAt: String
    public var replacedBy: String
}

struct RuleFileVersionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "ruleFileVersion"
    var path: String
    var number: Int
    var content: String
    var replacedAt: String
    var replacedBy: String
}

extension ProjectDatabase {
    static func registerRuleVersions(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9: rule file versions") { db in
            try db.create(table: RuleFileVersionRecord.databaseTableName) { t in
                t.column("path", .text).notNull()
                t.column("number", .integer).notNull()
                t.column("content", .text).notNull()
                t.column("replacedAt", .text).notNull()
                t.column("replacedBy", .text).notNull()
                t.primaryKey(["path", "number"])
            }
        }
    }

    /// Keeps `previous` (nil for a new file) as the file's next version and logs the save,
    /// in one transaction, before the file itself is replaced.
    public func keepRuleFile(_ path: String, previous: String?, saved: String, by actor: String, at date: Date = Date()) throws {
        let stamp = ISO8601DateFormatter().string(from: date)
        try writer.write { db in
            var number: Int?
            if let previous {
                let next = (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM ruleFileVersion WHERE path = ?",
                                             arguments: [path]) ?? 0) + 1
                try RuleFileVersionRecord(path: path, number: next, content: previous, replacedAt: stamp, replacedBy: actor)
                    .insert(db)
                number = next
            }
            try AuditEntry(at: date, actor: actor, action: .ruleFileSaved, target: path,
                           before: number.map { "version \($0)" } ?? "new file",
                           after: "\(saved.split(separator: "\n", omittingEmptySubsequences: false).count) lines").insert(db)
        }
    }

    /// The kept versions of a file, newest first.
    public func ruleFileVersions(_ path: String) throws -> [RuleFileVersion] {
        try read(RuleFileVersionRecord.databaseTableName, empty: []) { db in
            try RuleFileVersionRecord.filter(Column("path") == path).order(Column("number").desc).fetchAll(db).map {
                RuleFileVersion(path: $0.path, number: $0.number, content: $0.content, replacedAt: $0.replacedAt,
                                replacedBy: $0.replacedBy)
            }
        }
    }
}
