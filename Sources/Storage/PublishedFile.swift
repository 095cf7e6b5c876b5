import GRDB

/// Files a build made from one print, as last written: a meeting's agenda or minutes in
/// each format, or an annual wheel (in its year's folder, and as this year's). A rebuild
/// renders again only what changed, in content, templates or program: rendering every
/// document and wheel again was most of a workspace act's wait at scale.
public struct PublishedFileRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "publishedFile"

    /// The files' path in the output folder, without extension
    /// (`documents/en/johtoryhma/2026-03-agenda`, `wheel/2027/johtoryhma`).
    public var name: String
    /// The print of everything the files are made from.
    public var print: Int64
    /// Each file's size (`md:1234 html:5678`): a file missing or changed on disk is written again.
    public var sizes: String

    public init(name: String, print: Int64, sizes: String) {
        self.name = name
        self.print = print
        self.sizes = sizes
    }

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v16: published files") { db in
            try db.create(table: databaseTableName) { t in
                t.primaryKey("name", .text)
                t.column("print", .integer).notNull()
                t.column("sizes", .text).notNull()
            }
        }
    }
}

extension ProjectDatabase {
    /// The files as last written, by `name`.
    public func publishedFiles() throws -> [String: PublishedFileRecord] {
        try read(PublishedFileRecord.databaseTableName, empty: [:]) { db in
            var result: [String: PublishedFileRecord] = [:]
            let cursor = try PublishedFileRecord.fetchCursor(db)
            while let record = try cursor.next() { result[record.name] = record }
            return result
        }
    }

    /// Records the files written, and forgets those the plan no longer has.
    public func saveFiles(_ written: [PublishedFileRecord], removed: [String]) throws {
        guard !written.isEmpty || !removed.isEmpty else { return }
        try writer.write { db in
            for record in written { try record.insert(db, onConflict: .replace) }
            for name in removed { try PublishedFileRecord.deleteOne(db, key: name) }
        }
    }
}
