import Foundation
import GRDB

/// What filled-in minutes say: who was there, what was decided, what must be done.
/// Read from a minutes file and stored in one transaction.
public struct RecordedMinutes: Codable, Hashable, Sendable {
    public struct Attendance: Codable, Hashable, Sendable {
        public enum Status: String, Codable, Sendable, CaseIterable { case present, absent, substitute }
        public var personID: String
        public var status: Status
        /// Who stood in, for `substitute` (a person id or a name).
        public var substitute: String?

        public init(personID: String, status: Status, substitute: String? = nil) {
            self.personID = personID
            self.status = status
            self.substitute = substitute
        }
    }

    /// What was said and decided under one agenda item: the discussion (`Keskustelu:`)
    /// and the decision (`Päätös:`), either of which may be empty.
    public struct Decision: Codable, Hashable, Sendable {
        public var itemNumber: Int
        public var itemTitle: String
        /// The decision.
        public var text: String
        public var discussion: String

        public init(itemNumber: Int, itemTitle: String, text: String, discussion: String = "") {
            self.itemNumber = itemNumber
            self.itemTitle = itemTitle
            self.text = text
            self.discussion = discussion
        }

        private enum CodingKeys: String, CodingKey { case itemNumber, itemTitle, text, discussion }

        /// Versions kept before discussions were recorded have none.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(itemNumber: try c.decode(Int.self, forKey: .itemNumber),
                      itemTitle: try c.decode(String.self, forKey: .itemTitle), text: try c.decode(String.self, forKey: .text),
                      discussion: try c.decodeIfPresent(String.self, forKey: .discussion) ?? "")
        }
    }

    public struct NewAction: Codable, Hashable, Sendable {
        public var itemNumber: Int
        public var itemTitle: String
        public var what: String
        public var owner: String
        /// `YYYY-MM-DD`.
        public var due: String

        public init(itemNumber: Int, itemTitle: String, what: String, owner: String, due: String) {
            self.itemNumber = itemNumber
            self.itemTitle = itemTitle
            self.what = what
            self.owner = owner
            self.due = due
        }
    }

    public var meetingKey: String
    public var networkID: String
    public var attendance: [Attendance]
    public var decisions: [Decision]
    public var actions: [NewAction]
    /// Earlier actions these minutes mark done, by id.
    public var closed: [Int64]

    public init(meetingKey: String, networkID: String, attendance: [Attendance] = [], decisions: [Decision] = [],
                actions: [NewAction] = [], closed: [Int64] = []) {
        self.meetingKey = meetingKey
        self.networkID = networkID
        self.attendance = attendance
        self.decisions = decisions
        self.actions = actions
        self.closed = closed
    }

    /// Whether the file records nothing: nobody marked present or standing in, no
    /// decision, no action, nothing closed. Such a file is the blank template picked by
    /// mistake, and is never stored (it would wipe what was recorded).
    public var isBlank: Bool {
        attendance.allSatisfy { $0.status == .absent } && decisions.isEmpty && actions.isEmpty && closed.isEmpty
    }
}

/// An action item from minutes: open until closed, and on every agenda until then.
public struct ActionItem: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "actionItem"

    public var id: Int64?
    public var meetingKey: String
    public var network: String
    public var itemNumber: Int
    public var itemTitle: String
    public var what: String
    public var owner: String
    /// `YYYY-MM-DD`.
    public var due: String
    public var open: Bool
    /// UTC `YYYY-MM-DDTHH:MM:SSZ`, when closed.
    public var closedAt: String?
    public var note: String?
    /// The meeting whose minutes closed it (`- [x] #12`); nil when closed by hand.
    public var closedBy: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// As the minutes that recorded it list it.
    var recorded: RecordedMinutes.NewAction {
        .init(itemNumber: itemNumber, itemTitle: itemTitle, what: what, owner: owner, due: due)
    }
}

struct MinutesRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "minutes"
    var meetingKey: String
    var network: String
    var recordedAt: String
}

struct AttendanceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "attendance"
    var meetingKey: String
    var personID: String
    var status: String
    var substitute: String?

    var attendance: RecordedMinutes.Attendance {
        .init(personID: personID, status: RecordedMinutes.Attendance.Status(rawValue: status) ?? .present,
              substitute: substitute)
    }
}

struct DecisionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "decision"
    var meetingKey: String
    var itemNumber: Int
    var itemTitle: String
    var text: String
    /// Since v11.
    var discussion: String

    var decision: RecordedMinutes.Decision {
        .init(itemNumber: itemNumber, itemTitle: itemTitle, text: text, discussion: discussion)
    }
}

extension ProjectDatabase {
    static func registerMinutes(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3: minutes and action items") { db in
            try db.create(table: MinutesRecord.databaseTableName) { t in
                t.primaryKey("meetingKey", .text)
                t.column("network", .text).notNull()
                t.column("recordedAt", .text).notNull()
            }
            try db.create(table: AttendanceRecord.databaseTableName) { t in
                t.column("meetingKey", .text).notNull().indexed()
                t.column("personID", .text).notNull()
                t.column("status", .text).notNull()
                t.column("substitute", .text)
                t.primaryKey(["meetingKey", "personID"])
            }
            try db.create(table: DecisionRecord.databaseTableName) { t in
                t.column("meetingKey", .text).notNull().indexed()
                t.column("itemNumber", .integer).notNull()
                t.column("itemTitle", .text).notNull()
                t.column("text", .text).notNull()
            }
            try db.create(table: ActionItem.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("meetingKey", .text).notNull().indexed()
                t.column("network", .text).notNull().indexed()
                t.column("itemNumber", .integer).notNull()
                t.column("itemTitle", .text).notNull()
                t.column("what", .text).notNull()
                t.column("owner", .text).notNull()
                t.column("due", .text).notNull()
                t.column("open", .boolean).notNull()
                t.column("closedAt", .text)
                t.column("note", .text)
            }
        }
    }

    /// v11: what was discussed under each item, beside what was decided.
    static func registerDiscussions(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v11: discussion per item") { db in
            try db.alter(table: DecisionRecord.databaseTableName) { t in
                t.add(column: "discussion", .text).notNull().defaults(to: "")
            }
        }
    }

    /// Stores minutes in one transaction. A meeting recorded before is replaced as a
    /// whole: its attendance and decisions; its actions, matched by what and who, keep
    /// their numbers (and whether they are done); actions its earlier version closed and
    /// this one does not are open again. (`vuosikello minutes record` shows what a
    /// correction changes and stores it only when told to.)
    public func record(_ minutes: RecordedMinutes, by actor: String = AuditEntry.commandLine, at date: Date = Date()) throws {
        let stamp = ISO8601DateFormatter().string(from: date)
        try writer.write { db in
            let earlier = try recordedMinutes(minutes.meetingKey, db)
            let changed = earlier.map { !MinutesChange.changes(from: $0, to: minutes).isEmpty } ?? true
            // The same minutes stored again change nothing, and the log says nothing.
            if changed {
                try AuditEntry(at: date, actor: actor, action: .minutesRecorded, target: minutes.meetingKey,
                               before: earlier.map(AuditEntry.describe), after: AuditEntry.describe(minutes)).insert(db)
            }
            if let previous = earlier, changed {
                try MinutesVersion.keep(previous, recordedAt: try MinutesRecord.fetchOne(db, key: minutes.meetingKey)?
                    .recordedAt ?? stamp, replacedAt: stamp, db)
            }
            try MinutesRecord(meetingKey: minutes.meetingKey, network: minutes.networkID, recordedAt: stamp)
                .insert(db, onConflict: .replace)
            try AttendanceRecord.filter(Column("meetingKey") == minutes.meetingKey).deleteAll(db)
            for a in minutes.attendance {
                try AttendanceRecord(meetingKey: minutes.meetingKey, personID: a.personID, status: a.status.rawValue,
                                     substitute: a.substitute).insert(db, onConflict: .replace)
            }
            try DecisionRecord.filter(Column("meetingKey") == minutes.meetingKey).deleteAll(db)
            for d in minutes.decisions {
                try DecisionRecord(meetingKey: minutes.meetingKey, itemNumber: d.itemNumber, itemTitle: d.itemTitle,
                                   text: d.text, discussion: d.discussion).insert(db)
            }
            var existing = try ActionItem.filter(Column("meetingKey") == minutes.meetingKey).fetchAll(db)
            for new in minutes.actions {
                if let i = existing.firstIndex(where: { $0.what == new.what && $0.owner == new.owner }) {
                    var kept = existing.remove(at: i)
                    kept.itemNumber = new.itemNumber
                    kept.itemTitle = new.itemTitle
                    kept.due = new.due
                    try kept.update(db)
                } else {
                    var item = ActionItem(id: nil, meetingKey: minutes.meetingKey, network: minutes.networkID,
                                          itemNumber: new.itemNumber, itemTitle: new.itemTitle, what: new.what,
                                          owner: new.owner, due: new.due, open: true, closedAt: nil, note: nil,
                                          closedBy: nil)
                    try item.insert(db)
                }
            }
            for gone in existing { try gone.delete(db) }
            for var item in try ActionItem.filter(Column("closedBy") == minutes.meetingKey).fetchAll(db)
            where !minutes.closed.contains(item.id ?? -1) {
                item.open = true
                item.closedAt = nil
                item.closedBy = nil
                try item.update(db)
            }
            for id in minutes.closed {
                guard var item = try ActionItem.fetchOne(db, key: id), item.open || item.closedBy == minutes.meetingKey
                else { continue }
                if item.open { item.closedAt = stamp }
                item.open = false
                item.closedBy = minutes.meetingKey
                try item.update(db)
            }
        }
    }

    /// The minutes stored for a meeting, as they were recorded; nil when there are none.
    public func recordedMinutes(_ meetingKey: String) throws -> RecordedMinutes? {
        try read(MinutesRecord.databaseTableName, empty: nil) { db in try recordedMinutes(meetingKey, db) }
    }

    func recordedMinutes(_ meetingKey: String, _ db: Database) throws -> RecordedMinutes? {
        guard let record = try MinutesRecord.fetchOne(db, key: meetingKey) else { return nil }
        let actions = try ActionItem.filter(Column("meetingKey") == meetingKey).order(Column("id")).fetchAll(db)
        let closed = try ActionItem.filter(Column("closedBy") == meetingKey).order(Column("id")).fetchAll(db)
        return RecordedMinutes(
            meetingKey: meetingKey, networkID: record.network, attendance: try attendance(meetingKey, db),
            decisions: try decisions(meetingKey, db),
            actions: actions.map(\.recorded),
            closed: closed.compactMap(\.id))
    }

    /// Every meeting's recorded minutes, by meeting key, read at once (the monitoring
    /// report reads a whole year).
    public func allRecordedMinutes() throws -> [String: RecordedMinutes] {
        try read(MinutesRecord.databaseTableName, empty: [:]) { db in
            var all: [String: RecordedMinutes] = [:]
            for record in try MinutesRecord.fetchAll(db) {
                all[record.meetingKey] = RecordedMinutes(meetingKey: record.meetingKey, networkID: record.network)
            }
            for row in try AttendanceRecord.order(Column("personID")).fetchAll(db) {
                all[row.meetingKey]?.attendance.append(row.attendance)
            }
            for row in try DecisionRecord.order(Column("itemNumber")).fetchAll(db) {
                all[row.meetingKey]?.decisions.append(row.decision)
            }
            for item in try ActionItem.order(Column("id")).fetchAll(db) {
                all[item.meetingKey]?.actions.append(item.recorded)
                if let by = item.closedBy, let id = item.id { all[by]?.closed.append(id) }
            }
            return all
        }
    }

    /// The meetings whose minutes are recorded.
    public func recordedMeetings() throws -> Set<String> {
        try read(MinutesRecord.databaseTableName, empty: []) { db in
            Set(try String.fetchAll(db, sql: "SELECT meetingKey FROM minutes"))
        }
    }

    /// Action items, oldest first: all of them, or the open ones, of a network or a person.
    public func actions(network: String? = nil, owner: String? = nil, includeClosed: Bool = false) throws -> [ActionItem] {
        try read(ActionItem.databaseTableName, empty: []) { db in
            var request = ActionItem.all()
            if let network { request = request.filter(Column("network") == network) }
            if let owner { request = request.filter(Column("owner") == owner) }
            if !includeClosed { request = request.filter(Column("open") == true) }
            return try request.order(Column("due"), Column("id")).fetchAll(db)
        }
    }

    /// Closes an action item; false when there is no open one with that id.
    @discardableResult
    public func closeAction(_ id: Int64, note: String? = nil, by actor: String = AuditEntry.commandLine,
                            at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            guard var item = try ActionItem.fetchOne(db, key: id), item.open else { return false }
            item.open = false
            item.closedAt = ISO8601DateFormatter().string(from: date)
            item.note = note
            item.closedBy = nil
            try item.update(db)
            try AuditEntry(at: date, actor: actor, action: .actionClosed, target: "#\(id) \(item.what)",
                           before: "open", after: "closed" + (note.map { ": " + $0 } ?? "")).insert(db)
            return true
        }
    }

    /// Opens a closed action item again (closed by mistake); false when there is no closed one with that id.
    @discardableResult
    public func reopenAction(_ id: Int64, by actor: String = AuditEntry.commandLine, at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            guard var item = try ActionItem.fetchOne(db, key: id), !item.open else { return false }
            let before = "closed" + (item.closedAt.map { " " + $0 } ?? "")
            item.open = true
            item.closedAt = nil
            item.note = nil
            item.closedBy = nil
            try item.update(db)
            try AuditEntry(at: date, actor: actor, action: .actionReopened, target: "#\(id) \(item.what)",
                           before: before, after: "open").insert(db)
            return true
        }
    }

    /// One action item by id.
    public func action(_ id: Int64) throws -> ActionItem? {
        try read(ActionItem.databaseTableName, empty: nil) { db in try ActionItem.fetchOne(db, key: id) }
    }

    /// Whether minutes of a meeting have been recorded.
    public func hasMinutes(_ meetingKey: String) throws -> Bool {
        try read(MinutesRecord.databaseTableName, empty: false) { db in
            try MinutesRecord.fetchOne(db, key: meetingKey) != nil
        }
    }

    public func decisions(_ meetingKey: String) throws -> [RecordedMinutes.Decision] {
        try read(DecisionRecord.databaseTableName, empty: []) { db in try decisions(meetingKey, db) }
    }

    public func attendance(_ meetingKey: String) throws -> [RecordedMinutes.Attendance] {
        try read(AttendanceRecord.databaseTableName, empty: []) { db in try attendance(meetingKey, db) }
    }

    private func decisions(_ meetingKey: String, _ db: Database) throws -> [RecordedMinutes.Decision] {
        try DecisionRecord.filter(Column("meetingKey") == meetingKey).order(Column("itemNumber")).fetchAll(db).map(\.decision)
    }

    private func attendance(_ meetingKey: String, _ db: Database) throws -> [RecordedMinutes.Attendance] {
        try AttendanceRecord.filter(Column("meetingKey") == meetingKey).order(Column("personID")).fetchAll(db).map(\.attendance)
    }
}
