import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport
@testable import Publishing
@testable import Rendering
@testable import Rules
@testable import Scheduling
@testable import Storage

/// The answer links of invitations, in process: no sign-in, the signed link is the
/// credential; the answers show on the meeting page and in the minutes template.
@Suite("Answers to invitations", .serialized)
struct AnswerTests {
    static let key = "johtoryhma/2027/03"
    static let member = "johtoryhma-jasen-kunnat"

    private func link(_ database: ProjectDatabase, _ key: String = Self.key, _ person: String = Self.member,
                      generation: Int = 0) throws -> String {
        SiteRoutes.answerRoot + "/" + AnswerToken(meetingKey: key, personID: person, generation: generation)
            .signed(key: try database.answerSigningKey())
    }

    private func answered(_ database: ProjectDatabase) throws -> [AuditEntry] {
        try database.auditLog(target: Self.key).filter { $0.action == .answered }
    }

    @Test("Opening the link records nothing; the member's answer is recorded once, a change replaces it, each in the log")
    func recordsOnce() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let database = fixture.workspace.database
            let browser = Browser(client)
            let url = try link(database)
            // A mail scanner (or the member) opening the link changes nothing.
            let opened = try await browser.get(url + "?reply=not-coming")
            #expect(opened.status == .ok && opened.body.contains("value=\"not-coming\" checked"))
            #expect(opened.headers[.cacheControl] == "no-store")
            #expect(opened.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            #expect(try database.answers(meeting: Self.key).isEmpty)

            let saved = try await browser.post(url, [("reply", "not-coming")], csrf: false)
            #expect(saved.status == .ok && saved.body.contains("Vastauksesi on tallennettu: En pääse"))
            #expect(try database.answers(meeting: Self.key)[Self.member]?.reply == .notComing)
            #expect(try answered(database).count == 1)
            // The same answer again: nothing new.
            _ = try await browser.post(url, [("reply", "not-coming")], csrf: false)
            #expect(try answered(database).count == 1 && database.answers(meeting: Self.key).count == 1)
            // A change of mind replaces it.
            _ = try await browser.post(url, [("reply", "substitute"), ("substitute", "Matti Varahenkilö")], csrf: false)
            let answer = try #require(try database.answers(meeting: Self.key)[Self.member])
            #expect(answer.reply == .substitute && answer.substitute == "Matti Varahenkilö")
            #expect(try answered(database).count == 2)
            // No choice: the form says so next to it.
            let empty = try await browser.post(url, [("substitute", "x")], csrf: false)
            #expect(empty.status == .badRequest && empty.body.contains("Valitse yksi vaihtoehdoista"))
        }
    }

    @Test("A forged, revoked or misdirected link is refused and records nothing")
    func refused() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let database = fixture.workspace.database
            let browser = Browser(client)
            let good = try link(database)
            // One character of the signature changed, and the last one (whose spare bits decode alike).
            var chars = Array(good)
            chars[chars.count - 5] = chars[chars.count - 5] == "A" ? "B" : "A"
            let forged = String(chars)
            var respelled = Array(good)
            respelled[respelled.count - 1] = respelled[respelled.count - 1] == "A" ? "B" : "A"
            // The signature of one meeting does not carry over to another.
            let token = String(good.dropFirst(SiteRoutes.answerRoot.count + 1))
            let other = AnswerToken.base64url(Data("johtoryhma/2027/04\n\(Self.member)\n0".utf8)) + "."
                + token.split(separator: ".")[1]
            for url in [forged, String(respelled), SiteRoutes.answerRoot + "/" + other, SiteRoutes.answerRoot + "/not-a-token",
                        try link(database, "johtoryhma/2026/10"),            // already held
                        try link(database, Self.key, "ero-vastuuhenkilo-mikkeli")] {  // not invited to it
                #expect(try await browser.get(url).status == .notFound, "\(url)")
                #expect(try await browser.post(url, [("reply", "coming")], csrf: false).status == .notFound, "\(url)")
            }
            #expect(try database.allAnswers().isEmpty)

            try database.revokeAnswerLinks(person: Self.member)
            #expect(try await browser.post(good, [("reply", "coming")], csrf: false).status == .notFound)
            #expect(try database.allAnswers().isEmpty)
            let renewed = try link(database, generation: 1)
            #expect(try await browser.post(renewed, [("reply", "coming")], csrf: false).status == .ok)
            #expect(try database.answers(meeting: Self.key)[Self.member]?.reply == .coming)
        }
    }

    @Test("The meeting page shows every answer and warns a formal body when the answers cannot make a quorum; the minutes template lists them")
    func meetingPageAndMinutes() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let database = fixture.workspace.database
            let members = ["johtoryhma-jasen-kunnat", "johtoryhma-jasen-eloisa", "johtoryhma-jasen-jarjestot",
                           "johtoryhma-jasen-seurakunnat"]
            let member = Browser(client)
            for person in members {
                #expect(try await member.post(try link(database, Self.key, person), [("reply", "not-coming")], csrf: false).status == .ok)
            }
            let coordinator = Browser(client)
            _ = try await coordinator.signIn("koordinaattori")
            let page = try await coordinator.get(WorkspacePaths.meeting(Self.key))
            #expect(page.status == .ok)
            #expect(page.body.components(separatedBy: "vastasi ”En pääse”").count == members.count + 1)
            #expect(page.body.contains("ei vastannut"))
            // Seven members, four cannot come: more than half cannot be reached.
            #expect(page.body.contains("Kokous ei voi olla päätösvaltainen: tarvitaan yli puolet jäsenistä (4/7)"), "\(page.body)")
            let minutes = try await coordinator.get(WorkspacePaths.document(Self.key, .minutes, .md))
            #expect(minutes.body.contains("- [ ] johtoryhma-jasen-kunnat — ") && minutes.body.contains("– vastasi ”En pääse”"))
        }
    }

    @Test("Quorum counts members, a substitute for the member, and more than half")
    func quorumCount() async throws {
        try await WorkspaceFixture.with { fixture, _ in try Self.quorum(fixture.workspace.watcher.current.plan) }
    }

    static func quorum(_ plan: Plan) throws {
        let meeting = try #require(plan.meeting(Self.key))
        #expect(meeting.expected.count == 7)
        func record(_ person: String, _ reply: AnswerRecord.Reply) -> AnswerRecord {
            AnswerRecord(meetingKey: Self.key, personID: person, reply: reply, substitute: nil, answeredAt: "")
        }
        let people = meeting.expected
        var answers: [String: AnswerRecord] = [:]
        var count = QuorumCount(meeting, answers: answers)
        #expect(count.needed == 4 && !count.reached && !count.impossible && count.unanswered == 7)
        for person in people.prefix(3) { answers[person] = record(person, .coming) }
        answers[people[3]] = record(people[3], .substitute)
        count = QuorumCount(meeting, answers: answers)
        #expect(count.reached && count.coming == 4)
        answers = Dictionary(uniqueKeysWithValues: people.prefix(4).map { ($0, record($0, .notComing)) })
        count = QuorumCount(meeting, answers: answers)
        #expect(count.impossible && count.notComing == 4)
        answers.removeValue(forKey: people[0])
        #expect(!QuorumCount(meeting, answers: answers).impossible)
    }

    @Test("The Invitations page: coordinators only; without mail settings it says how to give them; with them its button sends as invite does")
    func invitationsPage() async throws {
        try await WorkspaceFixture.with { _, client in
            let chair = Browser(client)
            _ = try await chair.signIn("pj-ero")
            #expect(try await chair.get(WorkspacePaths.invitations).status == .forbidden)
            let coordinator = Browser(client)
            _ = try await coordinator.signIn("koordinaattori")
            let page = try await coordinator.get(WorkspacePaths.invitations)
            #expect(page.status == .ok && page.body.contains("--sendmail ja --mail-from") && page.body.contains("Lähtevät viestit"))
            #expect(!page.body.contains("action=\"/workspace/invitations\""))
        }
        // A mail program that takes every message (the example names no addresses, so none is queued).
        let mail = MailSettings(sendmail: ["/bin/true"], sender: "vuosikello@esimerkki.invalid", baseURL: nil, out: "")
        try await WorkspaceFixture.with(mail: mail) { fixture, client in
            let coordinator = Browser(client)
            _ = try await coordinator.signIn("koordinaattori")
            let page = try await coordinator.get(WorkspacePaths.invitations)
            #expect(page.body.contains("action=\"/workspace/invitations\""))
            #expect(try await coordinator.post(WorkspacePaths.invitations, [], csrf: false).status == .forbidden)
            let sent = try await coordinator.post(WorkspacePaths.invitations, [])
            #expect(sent.status == .ok && sent.body.contains("Kutsut: 0 uutta jonoon, 0 lähetetty, 0 epäonnistui."), "\(sent.body)")
            #expect(FileManager.default.fileExists(atPath: fixture.folder + "/public/feeds/all.ics"))
        }
    }
}
