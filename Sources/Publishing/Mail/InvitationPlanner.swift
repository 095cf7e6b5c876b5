import Rendering
import Rules
import Scheduling
import Storage

/// Decides which versions of which invitations go to whom, from the events as the feeds
/// now show them (UID, SEQUENCE, status) and what the outbox already holds. Pure: the
/// same events, outbox and today give the same list.
///
/// - A meeting still to come (until `until`) that is not cancelled gets a REQUEST at its
///   current SEQUENCE to every attendee who has not had this version: stage `agenda`
///   (with the agenda attached) once its agenda deadline has come, else `invitation`.
///   A new SEQUENCE (time, place, mode or title changed) is a new version.
/// - A cancelled or removed meeting gets a CANCEL, once, to everyone who had a REQUEST.
/// - Someone who had a REQUEST and is no longer an attendee gets a CANCEL naming them.
/// - Meetings that have happened get nothing.
struct InvitationPlanner {
    struct Item: Hashable {
        /// Index into the events.
        var event: Int
        var stage: OutboxMessage.Stage
        var personID: String
        /// For a CANCEL to someone who left while the meeting stays: only them.
        var onlyThem: Bool
    }

    let today: Day
    let until: Day
    /// Which networks' meetings to look at.
    let include: (String) -> Bool
    /// Agenda deadlines by meeting key.
    let agendaDue: [String: Day]

    /// The messages to queue, and the (UID, person) pairs whose messages not yet out are
    /// no longer wanted (the meeting was cancelled, or they left it).
    func items(events: [FeedEvent], stamps: [EventStamp], words: FeedText,
               outbox: [String: [OutboxEntry]]) -> (items: [Item], withdrawn: [OutboxWithdrawal]) {
        var items: [Item] = []
        var withdrawn: [OutboxWithdrawal] = []
        for i in events.indices where events[i].kind == .meeting && events[i].day >= today {
            let event = events[i]
            if !include(event.networkID) { continue }
            let sequence = stamps[i].sequence
            let history = outbox[event.uid] ?? []
            // Who has had a request that may have reached them.
            let invited = Set(history.filter { $0.stage != .cancellation && Self.mayHaveLeft($0.state) }.map(\.personID))
            let waiting = Set(history.filter { $0.stage != .cancellation && Self.waiting($0.state) }.map(\.personID))
            let cancelledFor = Set(history.filter { $0.stage == .cancellation && $0.sequence == sequence }.map(\.personID))
            if event.cancelled {
                withdrawn += waiting.sorted().map { OutboxWithdrawal(uid: event.uid, personID: $0) }
                for person in invited.subtracting(cancelledFor).sorted() {
                    items.append(Item(event: i, stage: .cancellation, personID: person, onlyThem: false))
                }
                continue
            }
            let attendees = words.attendees(event).map(\.personID)
            withdrawn += waiting.subtracting(attendees).sorted().map { OutboxWithdrawal(uid: event.uid, personID: $0) }
            // A version not yet out when the meeting changed again is stale, even beyond `until`.
            let stale = Set(history.filter { Self.waiting($0.state) && $0.sequence < sequence }.map(\.personID))
            withdrawn += stale.intersection(attendees).sorted()
                .map { OutboxWithdrawal(uid: event.uid, personID: $0, before: sequence) }
            for person in invited.subtracting(attendees).subtracting(cancelledFor).sorted() {
                items.append(Item(event: i, stage: .cancellation, personID: person, onlyThem: true))
            }
            guard event.day <= until else { continue }
            let agendaDay = agendaDue[event.key] ?? event.day.adding(days: -7)
            let stage: OutboxMessage.Stage = agendaDay <= today ? .agenda : .invitation
            for person in attendees {
                let thisVersion = history.filter { $0.personID == person && $0.sequence == sequence }
                let done = stage == .agenda ? thisVersion.contains { $0.stage == .agenda }
                    : thisVersion.contains { $0.stage != .cancellation }
                if !done { items.append(Item(event: i, stage: stage, personID: person, onlyThem: false)) }
            }
        }
        return (items, withdrawn)
    }

    /// A message in these states may be in someone's inbox.
    static func mayHaveLeft(_ state: OutboxMessage.State) -> Bool {
        switch state {
        case .sent, .sending, .uncertain: return true
        case .pending, .failed, .abandoned, .superseded: return false
        }
    }

    /// A message in these states has not gone out yet and still may.
    static func waiting(_ state: OutboxMessage.State) -> Bool { state == .pending || state == .failed }

    /// The agenda deadline of every meeting that has one in the plan.
    static func agendaDeadlines(_ plan: Plan) -> [String: Day] {
        var result: [String: Day] = [:]
        for task in plan.tasks {
            if case let .deadline(.agenda, key, _) = task.kind { result[key] = task.due }
        }
        return result
    }
}
