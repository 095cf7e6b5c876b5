import Foundation
import GRDB

/// A person's feed token, kept only as its hash: the token itself is shown once, when
/// issued, and a stolen database gives no access to anyone's feeds.
public struct FeedTokenRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "feedToken"
    public var personID: String
    /// SHA-256 of the token, hex.
    public var tokenHash: String
    /// UTC `YYYY-MM-DDTHH:MM:SSZ`.
    public var issuedAt: String

    public init(personID: String, tokenHash: String, issuedAt: String) {
        self.personID = personID
        self.tokenHash = tokenHash
        self.issuedAt = issuedAt
    }
}

extension ProjectDatabase {
    static func registerPublishing(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4: feed tokens and CalDAV state") { db in
            try db.create(table: FeedTokenRecord.databaseTableName) { t in
                t.primaryKey("personID", .text)
                t.column("tokenHash", .text).notNull()
                t.column("issuedAt", .text).notNull()
            }
            try db.create(table: CalDAVResourceRecord.databaseTableName) { t in
                t.column("collection", .text).notNull()
                t.column("uid", .text).notNull()
                t.column("href", .text).notNull()
                t.column("etag", .text)
                t.column("contentHash", .text).notNull()
                t.primaryKey(["collection", "uid"])
            }
        }
    }

    /// Stores a person's token hash, replacing (and so revoking) any earlier token.
    public func saveToken(person: String, hash: String, by actor: String = AuditEntry.commandLine,
                          at date: Date = Date()) throws {
        try writer.write { db in
            let earlier = try FeedTokenRecord.fetchOne(db, key: person)
            let record = FeedTokenRecord(personID: person, tokenHash: hash, issuedAt: ISO8601DateFormatter().string(from: date))
            try record.insert(db, onConflict: .replace)
            // The log names when tokens were issued, never the token or its hash.
            try AuditEntry(at: date, actor: actor, action: .tokenIssued, target: person,
                           before: earlier.map { "issued " + $0.issuedAt }, after: "issued " + record.issuedAt).insert(db)
        }
    }

    /// Revokes a person's token; false when they had none.
    @discardableResult
    public func revokeToken(person: String, by actor: String = AuditEntry.commandLine, at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            guard let earlier = try FeedTokenRecord.fetchOne(db, key: person) else { return false }
            try FeedTokenRecord.deleteOne(db, key: person)
            try AuditEntry(at: date, actor: actor, action: .tokenRevoked, target: person,
                           before: "issued " + earlier.issuedAt, after: nil).insert(db)
            return true
        }
    }

    /// The person's token record, if they have one (its hash only).
    public func token(person: String) throws -> FeedTokenRecord? {
        try read(FeedTokenRecord.databaseTableName, empty: nil) { db in try FeedTokenRecord.fetchOne(db, key: person) }
    }

    public func tokens() throws -> [FeedTokenRecord] {
        try read(FeedTokenRecord.databaseTableName, empty: []) { db in
            try FeedTokenRecord.order(Column("personID")).fetchAll(db)
        }
    }
}
