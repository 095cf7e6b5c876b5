import Foundation
import GRDB
import Testing
@testable import Storage

@Suite("Recorded minutes and action items")
struct MinutesStorageTests {
    static func minutes(actions: [RecordedMinutes.NewAction], closed: [Int64] = []) -> RecordedMinutes {
        RecordedMinutes(
            meetingKey: "johtoryhma/2026/03", networkID: "johtoryhma",
            attendance: [.init(personID: "koordinaattori", status: .present),
                         .init(personID: "jasen-1", status: .substitute, substitute: "Varajäsen")],
            decisions: [.init(itemNumber: 4, itemTitle: "Esityslistan hyväksyminen", text: "Hyväksyttiin.")],
            actions: actions, closed: closed)
    }

    static let survey = RecordedMinutes.NewAction(itemNumber: 6, itemTitle: "Kysely", what: "Kysely kuntiin",
                                                  owner: "koordinaattori", due: "2026-04-30")
    static let slides = RecordedMinutes.NewAction(itemNumber: 7, itemTitle: "Indikaattorit", what: "Diat",
                                                  owner: "jasen-1", due: "2026-04-15")

    @Test("Minutes are stored whole: attendance, decisions and open actions, listed by due date")
    func record() throws {
        let db = try ProjectDatabase()
        #expect(try !db.hasMinutes("johtoryhma/2026/03"))
        try db.record(Self.minutes(actions: [Self.survey, Self.slides]))
        #expect(try db.hasMinutes("johtoryhma/2026/03"))
        #expect(try db.attendance("johtoryhma/2026/03").map(\.personID) == ["jasen-1", "koordinaattori"])
        #expect(try db.attendance("johtoryhma/2026/03").first?.substitute == "Varajäsen")
        #expect(try db.decisions("johtoryhma/2026/03").map(\.text) == ["Hyväksyttiin."])
        let open = try db.actions()
        #expect(open.map(\.what) == ["Diat", "Kysely kuntiin"])
        #expect(open.allSatisfy { $0.open && $0.network == "johtoryhma" && $0.id != nil })
        #expect(try db.actions(owner: "koordinaattori").map(\.what) == ["Kysely kuntiin"])
        #expect(try db.actions(network: "ero-mikkeli").isEmpty)
    }

    @Test("Minutes recorded before discussions were kept (v10) still read: their items have no discussion")
    func beforeDiscussions() throws {
        let folder = NSTemporaryDirectory() + "vuosikello-v10-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/vuosikello.sqlite"
        let queue = try DatabaseQueue(path: path)
        try ProjectDatabase.migrator.migrate(queue, upTo: "v10: extra agenda items")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO minutes VALUES ('johtoryhma/2026/03', 'johtoryhma', '2026-03-10T12:00:00Z')")
            try db.execute(sql: "INSERT INTO decision VALUES ('johtoryhma/2026/03', 4, 'Esityslista', 'Hyväksyttiin.')")
            // A replaced version as v6 kept it: JSON without the discussion.
            try db.execute(sql: """
                INSERT INTO minutesVersion VALUES ('johtoryhma/2026/03', 1, '2026-03-09T12:00:00Z', '2026-03-10T12:00:00Z',
                '{"actions":[],"attendance":[],"closed":[],"decisions":[{"itemNumber":4,"itemTitle":"Esityslista","text":"Hyväksyttiin."}],"meetingKey":"johtoryhma/2026/03","networkID":"johtoryhma"}')
                """)
        }
        try queue.close()
        let db = try ProjectDatabase(path: path)
        #expect(try db.decisions("johtoryhma/2026/03") == [.init(itemNumber: 4, itemTitle: "Esityslista", text: "Hyväksyttiin.")])
        #expect(try db.minutesVersions("johtoryhma/2026/03").first?.minutes.decisions.first?.discussion == "")
        // Recorded again with a discussion, it is kept.
        var minutes = Self.minutes(actions: [])
        minutes.decisions[0].discussion = "Lyhyt keskustelu."
        try db.record(minutes)
        #expect(try db.decisions("johtoryhma/2026/03").first?.discussion == "Lyhyt keskustelu.")
    }

    @Test("Closing an action keeps it out of the open list; recording the meeting again keeps ids and closed state")
    func closeAndRerecord() throws {
        let db = try ProjectDatabase()
        try db.record(Self.minutes(actions: [Self.survey, Self.slides]))
        let slides = try #require(try db.actions().first { $0.what == "Diat" }?.id)
        #expect(try db.closeAction(slides, note: "Esitetty"))
        #expect(try !db.closeAction(slides), "already closed")
        #expect(try !db.closeAction(999), "no such item")
        #expect(try db.actions().map(\.what) == ["Kysely kuntiin"])
        let closed = try #require(try db.actions(includeClosed: true).first { $0.id == slides })
        #expect(!closed.open && closed.note == "Esitetty" && closed.closedAt != nil)

        // The secretary corrects the minutes: a new due date, one action dropped, one added.
        var moved = Self.survey
        moved.due = "2026-05-15"
        let surveyID = try #require(try db.actions().first?.id)
        let added = RecordedMinutes.NewAction(itemNumber: 8, itemTitle: "Muut", what: "Uusi", owner: "jasen-1",
                                              due: "2026-06-01")
        try db.record(Self.minutes(actions: [moved, added, Self.slides]))
        let all = try db.actions(includeClosed: true)
        #expect(all.first { $0.what == "Kysely kuntiin" }?.id == surveyID)
        #expect(all.first { $0.what == "Kysely kuntiin" }?.due == "2026-05-15")
        #expect(all.first { $0.what == "Diat" }?.open == false, "closed stays closed")
        #expect(Set(try db.actions().map(\.what)) == ["Kysely kuntiin", "Uusi"])
        try db.record(Self.minutes(actions: [moved]))
        #expect(try db.actions(includeClosed: true).map(\.what) == ["Kysely kuntiin"])
    }

    @Test("Later minutes close earlier actions by id")
    func closeFromMinutes() throws {
        let db = try ProjectDatabase()
        try db.record(Self.minutes(actions: [Self.survey]))
        let id = try #require(try db.actions().first?.id)
        var next = Self.minutes(actions: [], closed: [id])
        next.meetingKey = "johtoryhma/2026/04"
        try db.record(next)
        #expect(try db.actions().isEmpty)
        #expect(try db.actions(includeClosed: true).first?.closedAt != nil)
    }

    @Test("Every replaced version is kept whole, in order; recording the same minutes again keeps none")
    func versions() throws {
        let db = try ProjectDatabase()
        let first = Self.minutes(actions: [Self.survey])
        let second = Self.minutes(actions: [Self.slides])
        try db.record(first, at: Date(timeIntervalSince1970: 1_790_000_000))
        try db.record(first, at: Date(timeIntervalSince1970: 1_790_000_100))
        #expect(try db.minutesVersions("johtoryhma/2026/03").isEmpty)
        try db.record(second, at: Date(timeIntervalSince1970: 1_790_000_200))
        try db.record(first, at: Date(timeIntervalSince1970: 1_790_000_300))
        let versions = try db.minutesVersions("johtoryhma/2026/03")
        #expect(versions.map(\.number) == [1, 2])
        #expect(versions.map(\.minutes.actions) == [[Self.survey], [Self.slides]])
        #expect(versions[0].replacedAt == "2026-09-21T14:16:40Z" && versions[1].recordedAt == "2026-09-21T14:16:40Z")
        let stored = try #require(try db.recordedMinutes("johtoryhma/2026/03"))
        #expect(MinutesChange.changes(from: stored, to: first).isEmpty)
        #expect(RecordedMinutes(meetingKey: "x", networkID: "y",
                                attendance: [.init(personID: "a", status: .absent)]).isBlank)
        #expect(!first.isBlank)
    }
}
