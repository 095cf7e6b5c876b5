import Foundation
import Testing
import TestSupport
@testable import Publishing
@testable import Rendering
@testable import Rules
@testable import Scheduling
@testable import Storage

/// Which versions of which invitations go to whom: the planner alone, on the example's
/// events as the feeds publish them, against outbox histories written by hand.
@Suite("Invitation planner")
struct InvitationPlannerTests {
    static let uid = "johtoryhma.2026.03@etela-savo.vuosikello"

    func setup() throws -> (events: [Rendering.FeedEvent], stamps: [EventStamp], words: FeedText, index: Int) {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (_, report) = try fixture.build(now: 1_790_000_000)
        let publication = try #require(report.publication)
        let outcome = publication.outcome
        let index = try #require(outcome.events.firstIndex { $0.uid == Self.uid })
        return (outcome.events, outcome.stamps, publication.renderer.words, index)
    }

    func planner(today: String = "2026-01-01", until: String = "2026-12-31") -> InvitationPlanner {
        InvitationPlanner(today: Day(iso: today)!, until: Day(iso: until)!, include: { $0 == "johtoryhma" }, agendaDue: [:])
    }

    func entry(_ person: String, _ sequence: Int, _ stage: OutboxMessage.Stage, _ state: OutboxMessage.State) -> OutboxEntry {
        OutboxEntry(uid: Self.uid, sequence: sequence, stage: stage, personID: person, state: state)
    }

    @Test("A new meeting: one invitation per attendee; sent ones are not sent again; the agenda stage once its day has come")
    func versions() throws {
        let (events, stamps, words, i) = try setup()
        let attendees = words.attendees(events[i]).map(\.personID)
        let first = planner().items(events: events, stamps: stamps, words: words, outbox: [:])
        let mine = first.items.filter { $0.event == i }
        #expect(mine.map(\.personID).sorted() == attendees.sorted() && mine.allSatisfy { $0.stage == .invitation })
        // Only the network asked for, only meetings still to come and up to `until`.
        #expect(first.items.allSatisfy { events[$0.event].networkID == "johtoryhma" && events[$0.event].day.year == 2026 })

        let sent = [Self.uid: attendees.map { entry($0, stamps[i].sequence, .invitation, .sent) }]
        #expect(planner().items(events: events, stamps: stamps, words: words, outbox: sent).items.filter { $0.event == i }.isEmpty)
        // A week before (no agenda deadline given): the agenda stage, once.
        let week = planner(today: events[i].day.adding(days: -3).iso)
        let agenda = week.items(events: events, stamps: stamps, words: words, outbox: sent).items.filter { $0.event == i }
        #expect(agenda.count == attendees.count && agenda.allSatisfy { $0.stage == .agenda })
        // Past meetings get nothing.
        #expect(planner(today: events[i].day.adding(days: 1).iso)
            .items(events: events, stamps: stamps, words: words, outbox: [:]).items.allSatisfy { $0.event != i })
    }

    @Test("Someone no longer an attendee gets a CANCEL naming them; one never reached gets nothing; stale unsent versions are withdrawn")
    func leaversAndStale() throws {
        let (events, stamps, words, i) = try setup()
        let sequence = stamps[i].sequence
        let outbox = [Self.uid: [entry("entinen-jasen", sequence, .invitation, .sent),
                                 entry("ei-tavoitettu", sequence, .invitation, .failed),
                                 entry("koordinaattori", sequence - 1, .invitation, .failed)]]
        let result = planner().items(events: events, stamps: stamps, words: words, outbox: outbox)
        let mine = result.items.filter { $0.event == i }
        #expect(mine.contains { $0.personID == "entinen-jasen" && $0.stage == .cancellation && $0.onlyThem })
        #expect(!mine.contains { $0.personID == "ei-tavoitettu" })
        #expect(result.withdrawn.contains(OutboxWithdrawal(uid: Self.uid, personID: "ei-tavoitettu")))
        #expect(result.withdrawn.contains(OutboxWithdrawal(uid: Self.uid, personID: "koordinaattori", before: sequence)))
        // The coordinator still gets this version.
        #expect(mine.contains { $0.personID == "koordinaattori" && $0.stage == .invitation })
    }
}
