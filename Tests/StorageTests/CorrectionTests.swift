import Foundation
import Testing
@testable import Storage

@Suite("Corrected minutes")
struct CorrectionTests {
    typealias M = MinutesStorageTests

    @Test("Every difference between stored and corrected minutes is listed")
    func changes() throws {
        let first = M.minutes(actions: [M.survey, M.slides], closed: [3])
        var second = first
        second.attendance[1] = .init(personID: "jasen-1", status: .absent)
        second.decisions = [.init(itemNumber: 4, itemTitle: "Esityslistan hyväksyminen", text: "Hyväksyttiin muutoksin."),
                            .init(itemNumber: 5, itemTitle: "Talous", text: "Merkittiin tiedoksi.")]
        var later = M.survey
        later.due = "2026-05-31"
        second.actions = [later]
        second.closed = [4]
        let changes = MinutesChange.changes(from: first, to: second)
        #expect(changes == [
            .attendance(person: "jasen-1", from: first.attendance[1], to: second.attendance[1]),
            .decisionChanged(from: first.decisions[0], to: second.decisions[0]),
            .decisionAdded(second.decisions[1]),
            .actionDueChanged(later, from: "2026-04-30"),
            .actionRemoved(M.slides),
            .actionClosed(4),
            .actionReopened(3),
        ])
        #expect(MinutesChange.changes(from: first, to: first).isEmpty)
    }

    @Test("Replacing minutes reopens what the first version closed and the second does not")
    func reopen() throws {
        let db = try ProjectDatabase()
        // An action from earlier minutes, closed by these ones.
        try db.record(RecordedMinutes(meetingKey: "johtoryhma/2026/02", networkID: "johtoryhma", actions: [M.slides]))
        let earlier = try #require(try db.actions().first?.id)
        try db.record(M.minutes(actions: [M.survey], closed: [earlier]))
        #expect(try db.actions().map(\.what) == ["Kysely kuntiin"])
        let stored = try #require(try db.recordedMinutes("johtoryhma/2026/03"))
        #expect(stored.closed == [earlier] && stored.actions == [M.survey] && stored.decisions.count == 1)
        // The corrected file does not close it: it is open again, on the next agendas.
        try db.record(M.minutes(actions: [M.survey], closed: []))
        let reopened = try #require(try db.actions().first { $0.id == earlier })
        #expect(reopened.open && reopened.closedAt == nil && reopened.closedBy == nil)
        // Closed by hand, it stays closed whatever the minutes say later.
        #expect(try db.closeAction(earlier, note: "tehty"))
        try db.record(M.minutes(actions: [M.survey], closed: []))
        #expect(try db.actions().map(\.what) == ["Kysely kuntiin"])
    }
}
