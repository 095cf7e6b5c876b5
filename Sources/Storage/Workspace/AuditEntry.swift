import Foundation
import GRDB
import Scheduling

/// One change, as the audit log keeps it: who, what, when, and the state before and
/// after in words a coordinator reads ("2027-03-10 09:00", "peruttu"). Written in the same
/// transaction as the change itself, so the log and the state never disagree.
public struct AuditEntry: Hashable, Sendable {
    public enum Action: String, Sendable, CaseIterable {
        case moved, cancelled, restored
        case accountAdded = "account-added", accountChanged = "account-changed", accountRemoved = "account-removed"
        case tokenIssued = "token-issued", tokenRevoked = "token-revoked"
        case minutesRecorded = "minutes-recorded", actionClosed = "action-closed", actionReopened = "action-reopened"
        case ruleFileSaved = "rule-file-saved"
        case agendaItemAdded = "agenda-item-added", agendaItemRemoved = "agenda-item-removed"
        case answered, answerLinksRevoked = "answer-links-revoked", invitationsQueued = "invitations-queued"
        case proposalWritten = "proposal-written"
        case taskDone = "task-done", taskReopened = "task-reopened"
    }

    public var id: Int64?
    /// UTC `YYYY-MM-DDTHH:MM:SSZ`.
    public var at: String
    /// The account, or `command line` for a command.
    public var actor: String
    public var action: Action
    /// A meeting key, an account or a person.
    public var target: String
    public var before: String?
    public var after: String?

    public init(at date: Date, actor: String, action: Action, target: String, before: String?, after: String?) {
        self.at = ISO8601DateFormatter().string(from: date)
        self.actor = actor
        self.action = action
        self.target = target
        self.before = before
        self.after = after
    }

    /// The actor of what commands do in a terminal.
    public static let commandLine = "command line"

    /// The actor of an answer given through an invitation's link (no account).
    public static func answerLink(_ personID: String) -> String { "answer link: " + personID }

    func insert(_ db: Database) throws {
        var record = AuditEntryRecord(id: nil, at: at, actor: actor, action: action.rawValue, target: target,
                             before: before, after: after)
        try record.insert(db)
    }

    /// A meeting's stored state in short: `2027-03-10 09:00`, `cancelled`, or `as planned`.
    public static func describe(_ override: MeetingOverride?) -> String {
        guard let override else { return "planned" }
        var parts: [String] = []
        if let day = override.day { parts.append(day.iso + (override.start.map { " \($0)" } ?? "")) }
        if override.cancelled { parts.append("cancelled") }
        return parts.isEmpty ? "planned" : parts.joined(separator: ", ")
    }

    /// Minutes in short: `3 present, 2 decisions, 1 action, 1 closed`.
    static func describe(_ minutes: RecordedMinutes) -> String {
        let present = minutes.attendance.filter { $0.status != .absent }.count
        return "\(present) present, \(minutes.decisions.count) decisions, \(minutes.actions.count) actions, "
            + "\(minutes.closed.count) closed"
    }

    static func describe(_ account: Account) -> String {
        ([account.role.rawValue] + account.networks + (account.personID.map { ["person " + $0] } ?? []))
            .joined(separator: " ")
    }
}

struct AuditEntryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "auditEntry"
    var id: Int64?
    var at: String
    var actor: String
    var action: String
    var target: String
    var before: String?
    var after: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var entry: AuditEntry? {
        guard let action = AuditEntry.Action(rawValue: action) else { return nil }
        var entry = AuditEntry(at: Date(), actor: actor, action: action, target: target, before: before, after: after)
        entry.at = at
        entry.id = id
        return entry
    }
}

extension ProjectDatabase {
    /// Appends one entry by itself (a sign-in; changes write theirs with the change).
    public func log(_ entry: AuditEntry) throws {
        try writer.write { db in try entry.insert(db) }
    }

    /// The newest entries first; only those about `target` (a meeting key) when given.
    public func auditLog(target: String? = nil, limit: Int = 500) throws -> [AuditEntry] {
        try read(AuditEntryRecord.databaseTableName, empty: []) { db in
            var request = AuditEntryRecord.order(Column("id").desc).limit(limit)
            if let target { request = request.filter(Column("target") == target) }
            return try request.fetchAll(db).compactMap(\.entry)
        }
    }
}
