import Foundation
import GRDB
import Rules

/// A database written by a newer Vuosikello than this one: its schema has migrations this
/// binary does not know, so it is refused rather than misread (or "repaired").
public struct NewerDatabase: Error, Sendable, CustomStringConvertible {
    public let path: String
    /// The migrations this binary does not know.
    public let unknown: [String]

    public var description: String {
        "\(path) was written by a newer Vuosikello (migrations \(unknown.joined(separator: ", "))); "
            + "use that version, or restore a backup made with this one"
    }
}

/// A file given to `restore` that is not a Vuosikello database.
public struct NotAProjectDatabase: Error, Sendable {
    public let path: String
}

extension ProjectDatabase {
    /// Refuses a database with migrations this binary does not know.
    static func refuseNewer(_ writer: any DatabaseReader, path: String) throws {
        let unknown = try writer.read { db -> [String] in
            guard try db.tableExists("grdb_migrations") else { return [] }
            let known = Set(migrator.migrations)
            return try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
        }
        if !unknown.isEmpty { throw NewerDatabase(path: path, unknown: unknown) }
    }

    /// The migrations applied to this database: its schema version.
    public func schemaVersion() throws -> [String] {
        try writer.read { db in try Self.migrator.completedMigrations(db) }
    }

    /// A consistent copy of the whole database in `path` (SQLite's online backup: safe while
    /// `serve` and other commands write), written beside and renamed into place, so that
    /// `path` is a whole backup or left as it was. Returns its size in bytes.
    @discardableResult
    public func backup(to path: String) throws -> Int {
        let temporary = path + ".partial-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            let copy = try DatabaseQueue(path: temporary)
            try writer.backup(to: copy)
            // One file: the copy is taken out of WAL mode before it is closed.
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
        }
        if rename(temporary, path) != 0 {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        return FileStatus(path: path)?.size ?? 0
    }

    /// Replaces this database's content with the backup at `path`, after checking that it
    /// is a Vuosikello database this binary can read, and brings its schema up to date.
    /// The content it replaces is kept first as a backup of its own, `keep`.
    public func restore(from path: String, keeping keep: String) throws {
        let source: DatabaseQueue
        do {
            var configuration = Configuration()
            configuration.readonly = true
            source = try DatabaseQueue(path: path, configuration: configuration)
            guard try source.read({ db in try db.tableExists("grdb_migrations") }) else {
                throw NotAProjectDatabase(path: path)
            }
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_CANTOPEN].contains(error.resultCode) {
            throw NotAProjectDatabase(path: path)
        }
        try Self.refuseNewer(source, path: path)
        try backup(to: keep)
        try source.backup(to: writer)
        try Self.migrator.migrate(writer)
    }
}
