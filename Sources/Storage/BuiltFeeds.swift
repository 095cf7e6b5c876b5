import GRDB
import Rules

/// What the last complete feed build in a language was made from: the print of its rules,
/// options and program, and the generation of the stored inputs it read
/// (`InputGeneration`). A build that finds both the same, and every feed file still the
/// size it was written at, keeps the feeds as they are: it plans again (for its report and
/// the workspace's pages) but neither reconciles the events nor stores or writes anything.
public struct BuiltFeedsRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "builtFeeds"

    public var language: Language
    public var print: Int64
    public var generation: Int
    /// How many events the feeds carry, for the build's report.
    public var events: Int

    public init(language: Language, print: Int64, generation: Int, events: Int) {
        self.language = language
        self.print = print
        self.generation = generation
        self.events = events
    }
}

/// How many times the stored inputs of a build have changed: a number that SQLite
/// triggers raise on every insert, update and delete in a table a build reads but does
/// not write (moves, minutes, action items, extra agenda items, …), whoever writes it.
/// What builds write themselves (the plan's slots and snapshots, the published state)
/// follows from the other inputs, and raising it there would cost the first national
/// build some 400 000 trigger runs; `savePlan`, the one other writer, raises it itself.
enum InputGeneration {
    static let table = "inputGeneration"

    /// The tables that raise nothing: what builds write, and what no build reads.
    /// `InputGenerationTests.everyTableTracked` holds every other table to its triggers.
    static let untracked: Set<String> = [
        "grdb_migrations", table, BuiltFeedsRecord.databaseTableName,
        // Written by builds.
        "publishedEvent", "publishedFeed", "publishedFile", "planSlot", "plannedItem", "missedMeeting",
        "plannedYear", "projectSetting",
        // Read by no build.
        "auditEntry", "webSession", "signInFailure", "outboxMessage", "caldavResource",
    ]

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v17: build inputs") { db in
            try db.create(table: table) { t in
                t.primaryKey("id", .integer)
                t.column("generation", .integer).notNull()
            }
            try db.execute(sql: "INSERT INTO \(table) (id, generation) VALUES (1, 0)")
            try db.create(table: BuiltFeedsRecord.databaseTableName) { t in
                t.primaryKey("language", .text)
                t.column("print", .integer).notNull()
                t.column("generation", .integer).notNull()
                t.column("events", .integer).notNull()
            }
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
            for name in tables where !untracked.contains(name) { try track(name, db) }
        }
    }

    /// Makes every change to `name` raise the generation. A migration that adds a table
    /// a build reads calls this for it.
    static func track(_ name: String, _ db: Database) throws {
        for change in ["INSERT", "UPDATE", "DELETE"] {
            try db.execute(sql: """
                CREATE TRIGGER "\(name)_\(change.lowercased())_raises_generation" AFTER \(change) ON "\(name)"
                BEGIN UPDATE \(table) SET generation = generation + 1; END
                """)
        }
    }

    static func raise(_ db: Database) throws {
        guard try db.tableExists(table) else { return }
        try db.execute(sql: "UPDATE \(table) SET generation = generation + 1")
    }

    /// The generation now; nil in a file from before v17 (read without upgrading).
    static func current(_ db: Database) throws -> Int? {
        guard try db.tableExists(table) else { return nil }
        return try Int.fetchOne(db, sql: "SELECT generation FROM \(table)")
    }
}

extension ProjectDatabase {
    /// What the last complete feed build in `language` was made from, if any.
    public func builtFeeds(_ language: Language) throws -> BuiltFeedsRecord? {
        try read(BuiltFeedsRecord.databaseTableName, empty: nil) { db in
            try BuiltFeedsRecord.fetchOne(db, key: language.rawValue)
        }
    }
}
