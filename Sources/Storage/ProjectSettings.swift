import Foundation
import GRDB

/// Facts about the project itself, kept once they are decided.
enum ProjectSetting {
    /// The domain part of every feed UID, fixed when the feeds are first published: copying,
    /// renaming or moving the rules folder, or naming it `.`, never changes a UID.
    static let uidDomain = "uidDomain"
    /// The key that signs the answer links in invitations.
    static let answerKey = "answerKey"
    /// The first day no saved plan has snapshotted yet (days since 1970-01-01): the
    /// furthest horizon of the saves (`PlanSnapshots.horizon`).
    static let snapshotHorizon = "snapshotHorizon"
}

extension ProjectDatabase {
    static func registerHistory(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5: history, identity and corrections") { db in
            try db.alter(table: MeetingOverrideRecord.databaseTableName) { t in
                t.add(column: "forced", .boolean).notNull().defaults(to: false)
            }
            try db.alter(table: ActionItem.databaseTableName) { t in t.add(column: "closedBy", .text) }
            try db.create(table: PlannedItemRecord.databaseTableName) { t in
                t.column("kind", .text).notNull()
                t.column("key", .text).notNull()
                t.column("network", .text).notNull()
                t.column("day", .integer).notNull().indexed()
                t.column("print", .integer).notNull()
                t.column("snapshot", .text).notNull()
                t.primaryKey(["kind", "key"])
            }
            try db.create(table: MissedMeetingRecord.databaseTableName) { t in
                t.primaryKey("key", .text)
                t.column("network", .text).notNull()
                t.column("windowFrom", .integer).notNull()
                t.column("windowTo", .integer).notNull()
                t.column("noticedOn", .text).notNull()
            }
            try db.create(table: "plannedYear") { t in t.primaryKey("year", .integer) }
            try db.create(table: "projectSetting") { t in
                t.primaryKey("name", .text)
                t.column("value", .text).notNull()
            }
            try adoptPublishedDomain(db)
        }
    }

    /// Earlier releases took the UID domain from the rules folder's name, so the same
    /// feeds built as `build .` and `build etela-savo` published every meeting twice (one
    /// copy then cancelled). The domain of the events in force is kept for good, and the
    /// cancelled copies of meetings still published under it are dropped, so subscribers'
    /// calendars lose the duplicates.
    static func adoptPublishedDomain(_ db: Database) throws {
        var counts: [String: Int] = [:]
        var rows: [(uid: String, key: String, kind: String, removed: Bool)] = []
        for row in try Row.fetchAll(db, sql: "SELECT uid, key, kind, status FROM publishedEvent") {
            let uid: String = row[0], status: String = row[3]
            rows.append((uid, row[1], row[2], status == "removed"))
            if status != "removed", let domain = domain(of: uid) { counts[domain, default: 0] += 1 }
        }
        guard let chosen = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return }
        try db.execute(sql: "INSERT OR REPLACE INTO projectSetting (name, value) VALUES (?, ?)",
                       arguments: [ProjectSetting.uidDomain, chosen])
        let kept = Set(rows.filter { domain(of: $0.uid) == chosen }.map { "\($0.kind) \($0.key)" })
        for row in rows where row.removed && domain(of: row.uid) != chosen && kept.contains("\(row.kind) \(row.key)") {
            try db.execute(sql: "DELETE FROM publishedEvent WHERE uid = ?", arguments: [row.uid])
        }
    }

    private static func domain(of uid: String) -> String? {
        uid.lastIndex(of: "@").map { String(uid[uid.index(after: $0)...]) }
    }

    /// A setting's value; nil when it was never set (or the table is not there yet).
    func setting(_ name: String, _ db: Database) throws -> String? {
        guard try db.tableExists("projectSetting") else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM projectSetting WHERE name = ?", arguments: [name])
    }

    func setSetting(_ name: String, _ value: String, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO projectSetting (name, value) VALUES (?, ?)", arguments: [name, value])
    }

    /// The UID domain fixed by the first publication, if any.
    public func uidDomain() throws -> String? {
        try read("projectSetting", empty: nil) { db in try setting(ProjectSetting.uidDomain, db) }
    }
}
