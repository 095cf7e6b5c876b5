import Foundation
import GRDB

/// iTIP's METHOD (RFC 5546): what an invitation asks of the calendar that reads it.
public enum ITIPMethod: String, Codable, Sendable { case request = "REQUEST", cancel = "CANCEL" }

/// One version of one meeting's invitation to one person, kept until it has gone out.
///
/// The outbox is what makes every version go out exactly once: a version is queued once
/// (its key is unique), whole (the message's bytes are stored, so a retry sends the same
/// message with the same Message-ID), and claimed before it is handed to the mail
/// program, so a second `invite` running at the same time never sends it too. A message
/// that was being handed over when the program died is `uncertain`, never sent again by
/// itself: a duplicate in someone's inbox is what the outbox exists to prevent.
public struct OutboxMessage: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "outboxMessage"

    /// Why this version was sent: the meeting itself, the same meeting with its agenda
    /// attached once the agenda deadline has come, or its cancellation.
    public enum Stage: String, Codable, Sendable, CaseIterable { case invitation, agenda, cancellation }

    public enum State: String, Codable, Sendable, CaseIterable {
        /// Queued, not yet tried.
        case pending
        /// Claimed and being handed to the mail program.
        case sending
        case sent
        /// The mail program refused it; tried again from `nextAttempt` on.
        case failed
        /// The program died while handing it over: it may or may not have left.
        case uncertain
        /// Failed `OutboxMessage.maxAttempts` times; no longer tried.
        case abandoned
        /// A newer version for the same person was queued before this one could go out.
        case superseded
    }

    /// After this many failures a message is given up (about four days with the backoff).
    public static let maxAttempts = 10

    public var id: Int64?
    public var uid: String
    public var meetingKey: String
    public var network: String
    public var sequence: Int
    public var method: ITIPMethod
    public var stage: Stage
    public var personID: String
    public var address: String
    public var messageID: String
    /// The whole RFC 5322 message, CRLF line ends.
    public var message: Data
    public var state: State
    public var attempts: Int
    /// UTC seconds: not tried again before this.
    public var nextAttempt: Int
    public var lastError: String?
    public var queuedAt: Int
    public var sentAt: Int?

    public init(uid: String, meetingKey: String, network: String, sequence: Int, method: ITIPMethod, stage: Stage,
                personID: String, address: String, messageID: String, message: Data, queuedAt: Int) {
        self.uid = uid
        self.meetingKey = meetingKey
        self.network = network
        self.sequence = sequence
        self.method = method
        self.stage = stage
        self.personID = personID
        self.address = address
        self.messageID = messageID
        self.message = message
        state = .pending
        attempts = 0
        nextAttempt = queuedAt
        self.queuedAt = queuedAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Seconds to wait after the `attempts`-th failure: 1, 2, 4 … minutes, at most 12 hours.
    public static func backoff(after attempts: Int) -> Int {
        min(60 << min(max(attempts - 1, 0), 20), 12 * 3600)
    }

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v12: invitation outbox") { db in
            try db.create(table: databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull()
                t.column("meetingKey", .text).notNull().indexed()
                t.column("network", .text).notNull()
                t.column("sequence", .integer).notNull()
                t.column("method", .text).notNull()
                t.column("stage", .text).notNull()
                t.column("personID", .text).notNull()
                t.column("address", .text).notNull()
                t.column("messageID", .text).notNull().unique()
                t.column("message", .blob).notNull()
                t.column("state", .text).notNull().indexed()
                t.column("attempts", .integer).notNull()
                t.column("nextAttempt", .integer).notNull()
                t.column("lastError", .text)
                t.column("queuedAt", .integer).notNull()
                t.column("sentAt", .integer)
                t.uniqueKey(["uid", "sequence", "stage", "personID"])
            }
        }
    }
}

/// A meeting's messages to one person that are no longer wanted, unless already out:
/// all of them, or those of versions before `sequence` (stale once the meeting changed).
public struct OutboxWithdrawal: Hashable, Sendable {
    public var uid: String
    public var personID: String
    public var before: Int?

    public init(uid: String, personID: String, before sequence: Int? = nil) {
        self.uid = uid
        self.personID = personID
        before = sequence
    }
}

/// What the outbox already holds of one meeting for one person: enough to decide what
/// to queue next without reading any message's bytes.
public struct OutboxEntry: Hashable, Sendable {
    public var uid: String
    public var sequence: Int
    public var stage: OutboxMessage.Stage
    public var personID: String
    public var state: OutboxMessage.State
}

extension ProjectDatabase {
    /// Every version queued so far, by UID (bytes left out).
    public func outboxEntries() throws -> [String: [OutboxEntry]] {
        try read(OutboxMessage.databaseTableName, empty: [:]) { db in
            var result: [String: [OutboxEntry]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT uid, sequence, stage, personID, state FROM outboxMessage ORDER BY id")
            while let row = try rows.next() {
                guard let stage = OutboxMessage.Stage(rawValue: row[2]), let state = OutboxMessage.State(rawValue: row[4])
                else { continue }
                let entry = OutboxEntry(uid: row[0], sequence: row[1], stage: stage, personID: row[3], state: state)
                result[entry.uid, default: []].append(entry)
            }
            return result
        }
    }

    /// Queues messages in one transaction; one already queued (the same version for the
    /// same person) is left as it is. Returns how many were new.
    /// A message not yet out for the same meeting and person is superseded by the new one.
    /// `withdrawn`: meetings and people whose messages not yet out are no longer wanted.
    @discardableResult
    public func enqueue(_ messages: [OutboxMessage], withdrawing withdrawn: [OutboxWithdrawal] = [],
                        by actor: String = AuditEntry.commandLine, at date: Date = Date()) throws -> Int {
        try writer.write { db in
            for w in withdrawn {
                try db.execute(sql: """
                    UPDATE outboxMessage SET state = 'superseded'
                    WHERE uid = ? AND personID = ? AND state IN ('pending', 'failed') AND sequence < ?
                    """, arguments: [w.uid, w.personID, w.before ?? Int.max])
            }
            var added = 0
            for var message in messages {
                try message.insert(db, onConflict: .ignore)
                guard db.changesCount > 0, let id = message.id else { continue }
                added += 1
                try db.execute(sql: """
                    UPDATE outboxMessage SET state = 'superseded'
                    WHERE uid = ? AND personID = ? AND id < ? AND state IN ('pending', 'failed')
                    """, arguments: [message.uid, message.personID, id])
            }
            if added > 0 {
                try AuditEntry(at: date, actor: actor, action: .invitationsQueued, target: "outbox", before: nil,
                               after: "\(added) messages").insert(db)
            }
            return added
        }
    }

    /// A run that died while handing messages over left them `sending`: they become
    /// `uncertain` (reported, not sent again). Only call this when no other `invite` runs;
    /// `claim` keeps two runs from sending the same message, this keeps a dead run's from
    /// being sent twice. Returns how many.
    @discardableResult
    public func markInterruptedUncertain() throws -> Int {
        try writer.write { db in
            try db.execute(sql: "UPDATE outboxMessage SET state = 'uncertain' WHERE state = 'sending'")
            return db.changesCount
        }
    }

    /// The ids of messages due to be tried at `now`, oldest first.
    public func dueMessages(now: Int, networks: Set<String>? = nil) throws -> [Int64] {
        try read(OutboxMessage.databaseTableName, empty: []) { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, network FROM outboxMessage
                WHERE state IN ('pending', 'failed') AND nextAttempt <= ? ORDER BY id
                """, arguments: [now])
            return rows.filter { networks?.contains($0[1]) ?? true }.map { $0[0] }
        }
    }

    /// Takes a due message for sending: nil if another run took it first or it is not due.
    public func claim(_ id: Int64) throws -> OutboxMessage? {
        try writer.write { db in
            try db.execute(sql: "UPDATE outboxMessage SET state = 'sending' WHERE id = ? AND state IN ('pending', 'failed')",
                           arguments: [id])
            guard db.changesCount == 1 else { return nil }
            return try OutboxMessage.fetchOne(db, key: id)
        }
    }

    public func markSent(_ id: Int64, at now: Int) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE outboxMessage SET state = 'sent', sentAt = ?, attempts = attempts + 1, lastError = NULL WHERE id = ?",
                           arguments: [now, id])
        }
    }

    /// Records a failed attempt: tried again after the backoff, or given up.
    public func markFailed(_ id: Int64, error: String, at now: Int) throws {
        try writer.write { db in
            guard var message = try OutboxMessage.fetchOne(db, key: id) else { return }
            message.attempts += 1
            message.lastError = String(error.prefix(500))
            message.state = message.attempts >= OutboxMessage.maxAttempts ? .abandoned : .failed
            message.nextAttempt = now + OutboxMessage.backoff(after: message.attempts)
            try message.update(db)
        }
    }

    /// Queues uncertain messages again (`invite --resend-uncertain`), once someone has
    /// checked the mail log; returns how many.
    @discardableResult
    public func requeueUncertain() throws -> Int {
        try writer.write { db in
            try db.execute(sql: "UPDATE outboxMessage SET state = 'pending' WHERE state = 'uncertain'")
            return db.changesCount
        }
    }

    /// Messages in the given states, without their bytes, for reports.
    public func outboxMessages(in states: Set<OutboxMessage.State>) throws -> [OutboxMessage] {
        try read(OutboxMessage.databaseTableName, empty: []) { db in
            try OutboxMessage.filter(states.map(\.rawValue).contains(Column("state"))).order(Column("id")).fetchAll(db)
        }
    }
}
