import Foundation
import GRDB

/// What a CalDAV collection last received from us, per event: the next publish sends
/// only what changed and deletes what the plan removed.
public struct CalDAVResourceRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "caldavResource"
    public var collection: String
    public var uid: String
    public var href: String
    public var etag: String?
    /// Fingerprint of the text we sent.
    public var contentHash: String

    public init(collection: String, uid: String, href: String, etag: String?, contentHash: String) {
        self.collection = collection
        self.uid = uid
        self.href = href
        self.etag = etag
        self.contentHash = contentHash
    }
}

extension ProjectDatabase {
    public func caldavResources(collection: String) throws -> [String: CalDAVResourceRecord] {
        try read(CalDAVResourceRecord.databaseTableName, empty: [:]) { db in
            let rows = try CalDAVResourceRecord.filter(Column("collection") == collection).fetchAll(db)
            return Dictionary(rows.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// Records what the collection now holds: `saved` written or confirmed, `deleted` gone.
    public func saveCalDAV(collection: String, saved: [CalDAVResourceRecord], deleted: [String]) throws {
        try writer.write { db in
            for record in saved { try record.insert(db, onConflict: .replace) }
            for uid in deleted {
                try CalDAVResourceRecord.filter(Column("collection") == collection && Column("uid") == uid).deleteAll(db)
            }
        }
    }
}
