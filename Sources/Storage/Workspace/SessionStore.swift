import Foundation
import GRDB

/// What changes on every sign-in and is worth nothing in a backup: the workspace's
/// sessions and the failed sign-ins counted for throttling. Kept in its own SQLite file
/// beside the project database (`vuosikello-sessions.sqlite`), so that signing in never
/// looks like a change to the plan and never rebuilds the site.
public final class SessionStore: Sendable {
    let writer: any DatabaseWriter

    /// The file beside a project database: `X.sqlite` → `X-sessions.sqlite`.
    public static func path(besides databasePath: String) -> String {
        let stem = databasePath.hasSuffix(".sqlite") ? String(databasePath.dropLast(7)) : databasePath
        return stem + "-sessions.sqlite"
    }

    public init(path: String) throws {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(10)
        // A pool: every request reads its session, many at once, while sign-ins write.
        writer = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(writer)
    }

    /// In memory, for tests.
    public init() throws {
        writer = try DatabaseQueue()
        try Self.migrator.migrate(writer)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("s1: sessions and failed sign-ins") { db in
            try db.create(table: "webSession") { t in
                t.primaryKey("key", .text)
                t.column("value", .blob).notNull()
                t.column("expires", .double)
            }
            try db.create(table: "signInFailure") { t in
                t.column("key", .text).notNull()
                t.column("at", .double).notNull()
            }
            try db.create(index: "signInFailureKey", on: "signInFailure", columns: ["key", "at"])
        }
        return migrator
    }

    // MARK: Sessions (a key-value store with expiry, as Hummingbird's persist drivers have)

    /// Stores `value` under `key`; `expires` in seconds since 1970, nil for never.
    /// Stores `value` under `key`; with no `expires`, a stored key keeps its own expiry
    /// (as Hummingbird's `PersistDriver.set` asks: changing the language must not make a
    /// session last for ever).
    public func set(_ key: String, value: Data, expires: Double?) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO webSession (key, value, expires) VALUES (?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires = COALESCE(excluded.expires, webSession.expires)
                """, arguments: [key, value, expires])
        }
    }

    /// Stores `value` only when `key` is new; false when it was taken.
    public func create(_ key: String, value: Data, expires: Double?) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO webSession (key, value, expires) VALUES (?, ?, ?)",
                           arguments: [key, value, expires])
            return db.changesCount == 1
        }
    }

    /// The value and its expiry, unless it has expired (`now` in seconds since 1970).
    public func get(_ key: String, now: Double) throws -> (value: Data, expires: Double?)? {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT value, expires FROM webSession WHERE key = ?",
                                             arguments: [key]) else { return nil }
            let expires: Double? = row["expires"]
            if let expires, expires <= now { return nil }
            return (row["value"], expires)
        }
    }

    public func remove(_ key: String) throws {
        try writer.write { db in try db.execute(sql: "DELETE FROM webSession WHERE key = ?", arguments: [key]) }
    }

    /// Removes every session of an account (signing out everywhere, a removed account):
    /// values are JSON with an `account` field.
    public func removeSessions(where matches: (Data) -> Bool) throws {
        try writer.write { db in
            let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM webSession")
            for row in rows where matches(row["value"]) {
                try db.execute(sql: "DELETE FROM webSession WHERE key = ?", arguments: [row["key"] as String])
            }
        }
    }

    /// Forgets what has expired and failures older than a day.
    public func prune(now: Double) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM webSession WHERE expires IS NOT NULL AND expires <= ?", arguments: [now])
            try db.execute(sql: "DELETE FROM signInFailure WHERE at < ?", arguments: [now - 86_400])
        }
    }

    // MARK: Failed sign-ins

    /// Counts a failed sign-in against every key (`account:x`, `address:y`).
    public func recordFailure(_ keys: [String], at now: Double) throws {
        try writer.write { db in
            for key in keys {
                try db.execute(sql: "INSERT INTO signInFailure (key, at) VALUES (?, ?)", arguments: [key, now])
            }
        }
    }

    /// Failures counted against `key` since `since`.
    public func failures(_ key: String, since: Double) throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM signInFailure WHERE key = ? AND at >= ?",
                             arguments: [key, since]) ?? 0
        }
    }

    /// A successful sign-in clears the account's count (not the address's).
    public func clearFailures(_ key: String) throws {
        try writer.write { db in try db.execute(sql: "DELETE FROM signInFailure WHERE key = ?", arguments: [key]) }
    }
}
