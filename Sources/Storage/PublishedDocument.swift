import GRDB

/// A meeting's agenda or minutes as last written, in every format of that build: so that a
/// rebuild renders again only the documents whose content, templates or program changed
/// (rendering all of them was most of a workspace act's wait at scale).
public struct PublishedDocumentRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "publishedDocument"

    /// The files' path in the output folder without the format's extension
    /// (`documents/en/johtoryhma/2026-03-agenda`).
    public var document: String
    /// The print of everything the files are made from (`DocumentPublisher`).
    public var print: Int64
    /// Each format's file size, `md:1234 html:5678`: a file missing or changed on disk is written again.
    public var sizes: String

    public init(document: String, print: Int64, sizes: String) {
        self.document = document
        self.print = print
        self.sizes = sizes
    }

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v16: published documents") { db in
            try db.create(table: databaseTableName) { t in
                t.primaryKey("document", .text)
                t.column("print", .integer).notNull()
                t.column("sizes", .text).notNull()
            }
        }
    }
}

extension ProjectDatabase {
    /// The documents as last written, by `document`.
    public func publishedDocuments() throws -> [String: PublishedDocumentRecord] {
        try read(PublishedDocumentRecord.databaseTableName, empty: [:]) { db in
            var result: [String: PublishedDocumentRecord] = [:]
            let cursor = try PublishedDocumentRecord.fetchCursor(db)
            while let record = try cursor.next() { result[record.document] = record }
            return result
        }
    }

    /// Records the documents written, and forgets those the plan no longer has.
    public func saveDocuments(_ written: [PublishedDocumentRecord], removed: [String]) throws {
        guard !written.isEmpty || !removed.isEmpty else { return }
        try writer.write { db in
            for record in written { try record.insert(db, onConflict: .replace) }
            for document in removed { try PublishedDocumentRecord.deleteOne(db, key: document) }
        }
    }
}
