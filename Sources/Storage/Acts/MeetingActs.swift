import Foundation
import Rules
import Scheduling

/// The acts on one meeting (move, cancel, restore), checked one way and stored with
/// their audit entry: `vuosikello move`, `cancel` and `restore` and the workspace's forms
/// all come here, so a refusal reads the same wherever it was asked.
///
/// What happened is history: a meeting before today is changed only with `force`, as a
/// correction. A move is checked by the scheduler's own hard rules (`SlotCheck`).
public struct MeetingActs {
    /// Why an act was not done.
    public enum Refusal: Error, Sendable, Equatable {
        /// The meeting (or its stored move) is on this day, before today.
        case alreadyHeld(Day)
        /// The time breaks these rules; these are the allowed times nearest to it.
        case blocked([Blocker], nearby: [Slot])
    }

    /// A day and start time.
    public struct Slot: Hashable, Sendable {
        public var day: Day
        public var start: TimeOfDay

        public init(day: Day, start: TimeOfDay) {
            self.day = day
            self.start = start
        }
    }

    public let rules: RuleSet
    /// The current plan for today (`plan.today`).
    public let plan: Plan
    /// Opened only once an act is allowed: a refused one leaves no database behind.
    private let opening: () throws -> ProjectDatabase
    /// Who acts: an account, or `AuditEntry.commandLine`.
    public let actor: String

    public init(rules: RuleSet, plan: Plan, database: ProjectDatabase, actor: String = AuditEntry.commandLine) {
        self.init(rules: rules, plan: plan, opening: { database }, actor: actor)
    }

    public init(rules: RuleSet, plan: Plan, opening: @escaping () throws -> ProjectDatabase,
                actor: String = AuditEntry.commandLine) {
        self.rules = rules
        self.plan = plan
        self.opening = opening
        self.actor = actor
    }

    /// Moves `meeting` to `day` (at `start`, else its own start time); returns the stored move.
    @discardableResult
    public func move(_ meeting: Meeting, to day: Day, start: TimeOfDay? = nil, force: Bool = false) throws -> MeetingOverride {
        let today = plan.today
        if meeting.day < today && !force { throw Refusal.alreadyHeld(meeting.day) }
        let newStart = start ?? meeting.start
        let check = SlotCheck(rules: rules, plan: plan)
        let blockers = check.blockers(meeting, day: day, start: newStart)
        if !blockers.isEmpty && !force {
            throw Refusal.blocked(blockers, nearby: check.nearby(meeting, day: day, start: newStart).map(Slot.init))
        }
        let forced = force && (!blockers.isEmpty || meeting.day < today)
        let override = MeetingOverride(key: meeting.key, day: day, start: newStart, forced: forced)
        try opening().save(override, by: actor)
        return override
    }

    /// The allowed times nearest to where the meeting is now, for a move in one click.
    public func proposals(_ meeting: Meeting, count: Int = 5) -> [Slot] {
        SlotCheck(rules: rules, plan: plan).nearby(meeting, day: max(meeting.day, plan.today), start: meeting.start,
                                                   count: count).map(Slot.init)
    }

    /// Cancels the meeting at `key`; `meeting` is nil for one the rules ask for but cannot place now.
    /// The reason, if given, is kept in the audit log.
    public func cancel(key: String, meeting: Meeting?, reason: String? = nil, force: Bool = false) throws {
        let past = meeting.map { $0.day < plan.today } ?? false
        if past && !force { throw Refusal.alreadyHeld(meeting!.day) }
        let database = try opening()
        var override = try database.overrides()[key] ?? MeetingOverride(key: key)
        override.cancelled = true
        override.forced = override.forced || past
        try database.save(override, by: actor, reason: reason)
    }

    /// Undoes a meeting's move or cancellation; false when it had none. Needs no rules, so
    /// it works even while a rule file is broken.
    @discardableResult
    public static func restore(key: String, database: ProjectDatabase, today: Day, actor: String = AuditEntry.commandLine,
                               force: Bool = false) throws -> Bool {
        guard let override = try database.overrides()[key] else { return false }
        if let day = try [override.day, database.plannedDay(of: key)].compactMap({ $0 }).min(), day < today, !force {
            throw Refusal.alreadyHeld(day)
        }
        return try database.restore(key: key, by: actor)
    }
}
