import Foundation
import GRDB
import Rules

/// An annual-cycle task marked done (a survey run, the indicator pack updated): the
/// monitoring report counts tasks due against tasks done. Kept by the task's key
/// (`seuranta/2027/perheiden-kysely`), so a later edit of the rules leaves it in place.
public struct TaskCompletion: Hashable, Sendable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "taskCompletion"
    public var taskKey: String
    /// The day it was marked done (the command's today).
    public var doneOn: Day
    public var note: String?
    public var doneBy: String

    public init(taskKey: String, doneOn: Day, note: String?, doneBy: String) {
        self.taskKey = taskKey
        self.doneOn = doneOn
        self.note = note
        self.doneBy = doneBy
    }

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v15: tasks done") { db in
            try db.create(table: databaseTableName) { t in
                t.primaryKey("taskKey", .text)
                t.column("doneOn", .text).notNull()
                t.column("note", .text)
                t.column("doneBy", .text).notNull()
            }
        }
    }
}

extension ProjectDatabase {
    /// Marks a task done on `day`; false when it already is (nothing changes).
    @discardableResult
    public func markTaskDone(_ key: String, on day: Day, note: String? = nil, by actor: String = AuditEntry.commandLine,
                             at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            guard try TaskCompletion.fetchOne(db, key: key) == nil else { return false }
            try TaskCompletion(taskKey: key, doneOn: day, note: note, doneBy: actor).insert(db)
            try AuditEntry(at: date, actor: actor, action: .taskDone, target: key, before: "open",
                           after: "done \(day)" + (note.map { ": " + $0 } ?? "")).insert(db)
            return true
        }
    }

    /// Takes back a task's done mark (marked by mistake); false when it was not done.
    @discardableResult
    public func reopenTask(_ key: String, by actor: String = AuditEntry.commandLine, at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            guard let done = try TaskCompletion.fetchOne(db, key: key) else { return false }
            try TaskCompletion.deleteOne(db, key: key)
            try AuditEntry(at: date, actor: actor, action: .taskReopened, target: key, before: "done \(done.doneOn)",
                           after: "open").insert(db)
            return true
        }
    }

    /// Every task marked done, by key.
    public func taskCompletions() throws -> [String: TaskCompletion] {
        try read(TaskCompletion.databaseTableName, empty: [:]) { db in
            Dictionary(try TaskCompletion.fetchAll(db).map { ($0.taskKey, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }
}
