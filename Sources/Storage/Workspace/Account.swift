import Foundation
import GRDB

/// Someone who signs in to the workspace. A coordinator may do everything; a chair,
/// secretary or convener acts on their own networks only. Members and the public need no
/// account: they see what the public page and their private feeds show.
public struct Account: Hashable, Sendable, Codable {
    public enum Role: String, Sendable, Codable, CaseIterable {
        case coordinator, chair, secretary, convener
    }

    /// The sign-in name; usually the person's id in people.yaml, so "mine" finds their meetings.
    public var id: String
    public var role: Role
    /// The networks a chair, secretary or convener acts on (empty for a coordinator).
    public var networks: [String]
    /// The person in people.yaml this account is, when there is one.
    public var personID: String?
    /// A bcrypt hash (never the password).
    public var passwordHash: String
    /// UTC `YYYY-MM-DDTHH:MM:SSZ`.
    public var createdAt: String

    public init(id: String, role: Role, networks: [String] = [], personID: String? = nil, passwordHash: String,
                createdAt: String) {
        self.id = id
        self.role = role
        self.networks = networks
        self.personID = personID
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }

    /// Whether this account may change what belongs to `network`.
    public func mayAct(on network: String) -> Bool {
        role == .coordinator || networks.contains(network)
    }

    public var isCoordinator: Bool { role == .coordinator }

    /// The person in people.yaml this account is: the one named, else the one with its id.
    public var person: String { personID ?? id }

    /// A valid account name: letters, digits, `-`, `_`, `.`, at most 64.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64
            && id.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) }
    }
}

struct AccountRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "account"
    var id: String
    var role: String
    /// Comma-separated network ids.
    var networks: String
    var personID: String?
    var passwordHash: String
    var createdAt: String

    init(_ account: Account) {
        id = account.id
        role = account.role.rawValue
        networks = account.networks.joined(separator: ",")
        personID = account.personID
        passwordHash = account.passwordHash
        createdAt = account.createdAt
    }

    var account: Account? {
        guard let role = Account.Role(rawValue: role) else { return nil }
        return Account(id: id, role: role, networks: networks.split(separator: ",").map(String.init),
                       personID: personID, passwordHash: passwordHash, createdAt: createdAt)
    }
}

extension ProjectDatabase {
    static func registerWorkspace(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8: workspace accounts and the audit log") { db in
            try db.create(table: AccountRecord.databaseTableName) { t in
                t.primaryKey("id", .text)
                t.column("role", .text).notNull()
                t.column("networks", .text).notNull()
                t.column("personID", .text)
                t.column("passwordHash", .text).notNull()
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: AuditEntryRecord.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("action", .text).notNull()
                t.column("target", .text).notNull()
                t.column("before", .text)
                t.column("after", .text)
            }
            try db.create(index: "auditEntryTarget", on: AuditEntryRecord.databaseTableName, columns: ["target"])
        }
    }

    /// Adds or replaces an account, with its audit entry, in one transaction.
    public func save(_ account: Account, by actor: String, at date: Date = Date()) throws {
        try writer.write { db in
            let before = try AccountRecord.fetchOne(db, key: account.id)?.account
            try AccountRecord(account).save(db)
            try AuditEntry(at: date, actor: actor, action: before == nil ? .accountAdded : .accountChanged,
                           target: account.id, before: before.map(AuditEntry.describe), after: AuditEntry.describe(account))
                .insert(db)
        }
    }

    /// Removes an account; false when there was none.
    @discardableResult
    public func removeAccount(_ id: String, by actor: String, at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            guard let before = try AccountRecord.fetchOne(db, key: id)?.account else { return false }
            try AccountRecord.deleteOne(db, key: id)
            try AuditEntry(at: date, actor: actor, action: .accountRemoved, target: id,
                           before: AuditEntry.describe(before), after: nil).insert(db)
            return true
        }
    }

    public func account(_ id: String) throws -> Account? {
        try read(AccountRecord.databaseTableName, empty: nil) { db in try AccountRecord.fetchOne(db, key: id)?.account }
    }

    public func accounts() throws -> [Account] {
        try read(AccountRecord.databaseTableName, empty: []) { db in
            try AccountRecord.order(Column("id")).fetchAll(db).compactMap(\.account)
        }
    }
}
