import Foundation
import GRDB

/// A member's answer to an invitation, given through the link in it (no sign-in): coming,
/// not coming, or sending a substitute. One per person and meeting; a later answer
/// replaces an earlier one (people change their minds), and the same answer again
/// changes nothing.
public struct AnswerRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "answer"

    public enum Reply: String, Codable, Sendable, CaseIterable {
        case coming, notComing = "not-coming", substitute
    }

    public var meetingKey: String
    public var personID: String
    public var reply: Reply
    /// Who comes instead, as the member wrote it (free text: a name is theirs to give).
    public var substitute: String?
    /// UTC `YYYY-MM-DDTHH:MM:SSZ`.
    public var answeredAt: String

    public init(meetingKey: String, personID: String, reply: Reply, substitute: String?, answeredAt: String) {
        self.meetingKey = meetingKey
        self.personID = personID
        self.reply = reply
        self.substitute = substitute
        self.answeredAt = answeredAt
    }

    /// Whether this answer counts towards a quorum: the member or a substitute comes.
    public var comes: Bool { reply != .notComing }

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v13: answers to invitations") { db in
            try db.create(table: databaseTableName) { t in
                t.column("meetingKey", .text).notNull()
                t.column("personID", .text).notNull()
                t.column("reply", .text).notNull()
                t.column("substitute", .text)
                t.column("answeredAt", .text).notNull()
                t.primaryKey(["meetingKey", "personID"])
            }
            // Revoking a person's answer links raises their generation: links signed with
            // an older one are refused.
            try db.create(table: "answerLinkGeneration") { t in
                t.primaryKey("personID", .text)
                t.column("generation", .integer).notNull()
            }
        }
    }
}

extension ProjectDatabase {
    /// Stores an answer; false when it is the same as the one stored (nothing changes).
    @discardableResult
    public func saveAnswer(_ answer: AnswerRecord, at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            let earlier = try AnswerRecord.fetchOne(db, key: ["meetingKey": answer.meetingKey, "personID": answer.personID])
            if let earlier, earlier.reply == answer.reply, earlier.substitute == answer.substitute { return false }
            try answer.insert(db, onConflict: .replace)
            try AuditEntry(at: date, actor: AuditEntry.answerLink(answer.personID), action: .answered,
                           target: answer.meetingKey, before: earlier.map(Self.describe), after: Self.describe(answer))
                .insert(db)
            return true
        }
    }

    private static func describe(_ answer: AnswerRecord) -> String {
        answer.reply.rawValue + (answer.substitute.map { ": " + $0 } ?? "")
    }

    /// A meeting's answers, by person.
    public func answers(meeting key: String) throws -> [String: AnswerRecord] {
        try read(AnswerRecord.databaseTableName, empty: [:]) { db in
            let rows = try AnswerRecord.filter(Column("meetingKey") == key).fetchAll(db)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0.personID, $0) })
        }
    }

    /// Every answer, by meeting and person.
    public func allAnswers() throws -> [String: [String: AnswerRecord]] {
        try read(AnswerRecord.databaseTableName, empty: [:]) { db in
            var result: [String: [String: AnswerRecord]] = [:]
            for row in try AnswerRecord.fetchAll(db) { result[row.meetingKey, default: [:]][row.personID] = row }
            return result
        }
    }

    /// The generation a person's answer links are signed with (0 until first revoked).
    public func answerLinkGeneration(person: String) throws -> Int {
        try read("answerLinkGeneration", empty: 0) { db in
            try Int.fetchOne(db, sql: "SELECT generation FROM answerLinkGeneration WHERE personID = ?",
                             arguments: [person]) ?? 0
        }
    }

    /// Every link sent to the person so far stops working.
    public func revokeAnswerLinks(person: String, by actor: String = AuditEntry.commandLine, at date: Date = Date()) throws {
        try writer.write { db in
            let current = try Int.fetchOne(db, sql: "SELECT generation FROM answerLinkGeneration WHERE personID = ?",
                                           arguments: [person]) ?? 0
            try db.execute(sql: "INSERT OR REPLACE INTO answerLinkGeneration (personID, generation) VALUES (?, ?)",
                           arguments: [person, current + 1])
            try AuditEntry(at: date, actor: actor, action: .answerLinksRevoked, target: person,
                           before: "generation \(current)", after: "generation \(current + 1)").insert(db)
        }
    }

    /// The key, if one has been made (read without writing).
    public func storedAnswerSigningKey() throws -> [UInt8]? {
        try read("projectSetting", empty: nil) { db in try setting(ProjectSetting.answerKey, db).map(Self.bytes(hex:)) }
    }

    /// The project's key for signing answer links: made once, kept in the database, never shown.
    public func answerSigningKey() throws -> [UInt8] {
        try writer.write { db in
            if let hex = try setting(ProjectSetting.answerKey, db) {
                return Self.bytes(hex: hex)
            }
            var generator = SystemRandomNumberGenerator()
            let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try setSetting(ProjectSetting.answerKey, key.map { String(format: "%02x", $0) }.joined(), db)
            return key
        }
    }

    private static func bytes(hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
            if let byte = UInt8(hex[index..<next], radix: 16) { result.append(byte) }
            index = next
        }
        return result
    }
}
