import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
@testable import Publishing
@testable import Rendering
@testable import Rules
@testable import Scheduling
@testable import Storage

/// The workspace in process (HummingbirdTesting): signing in, authorization, CSRF,
/// throttling, and the acts as the feeds publish them.
@Suite("Workspace", .serialized)
struct WorkspaceTests {
    @Test("Not signed in: every workspace page redirects to the sign-in page, remembering where it was going")
    func signInRequired() async throws {
        try await WorkspaceFixture.with { _, client in
            let browser = Browser(client)
            for uri in ["/workspace", "/workspace/meetings/johtoryhma/2027/03", "/workspace/audit",
                        "/workspace/document?key=johtoryhma/2027/03&kind=agenda&format=html", "/workspace?q=johtoryhma"] {
                let page = try await browser.get(uri)
                #expect(page.status == .seeOther, "\(uri)")
                #expect(page.location?.hasPrefix("/workspace/signin?next=%2Fworkspace") == true, "\(uri)")
            }
            // A form posted with a valid (signed-out) session's token is sent to sign in too, and changes nothing.
            try await browser.get(WorkspacePaths.signIn)
            let move = try await browser.post(WorkspacePaths.move, [("key", "johtoryhma/2027/03"), ("slot", "2027-03-17 13:00")])
            #expect(move.status == .seeOther && move.location?.hasPrefix(WorkspacePaths.signIn) == true)
        }
    }

    @Test("Signing in: a session cookie that is HttpOnly, SameSite and on /workspace; a new session id; wrong passwords refused alike")
    func signIn() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let browser = Browser(client)
            let form = try await browser.get(WorkspacePaths.signIn)
            #expect(form.status == .ok && form.body.contains("name=\"password\"") && browser.csrf != nil)
            let anonymous = try #require(browser.cookie)
            let wrong = try await browser.post(WorkspacePaths.signIn, [("account", "koordinaattori"), ("password", "wrong")])
            let unknown = try await browser.post(WorkspacePaths.signIn, [("account", "nobody"), ("password", "wrong")])
            #expect(wrong.status == .ok && wrong.body.contains("Käyttäjätunnus tai salasana on väärin"))
            #expect(unknown.body.contains("Käyttäjätunnus tai salasana on väärin"))
            let page = try await browser.signIn("koordinaattori")
            #expect(page.status == .seeOther && page.location == WorkspacePaths.plan)
            let setCookie = try #require(page.headers[values: .setCookie].first)
            for flag in ["HttpOnly", "SameSite=Lax", "Path=/workspace"] { #expect(setCookie.contains(flag), "\(flag)") }
            #expect(!setCookie.contains("Secure"))
            #expect(browser.cookie != anonymous, "signing in gives a new session id")
            let plan = try await browser.get(WorkspacePaths.plan)
            #expect(plan.status == .ok && plan.body.contains("koordinaattori") && plan.headers[.cacheControl] == "no-store")
            #expect(plan.headers[.contentSecurityPolicy]?.contains("form-action 'self'") == true)
            // Sessions expire: past its eight hours, the stored one is no longer found.
            let signedIn = String(try #require(browser.cookie).drop { $0 != "=" }.dropFirst())
            let stored = SessionDriver.storedKey(WorkspaceRoutes.sessionKeyPrefix + signedIn)
            #expect(try fixture.workspace.sessions.get(stored, now: Date().timeIntervalSince1970) != nil)
            #expect(try fixture.workspace.sessions.get(stored, now: Date().timeIntervalSince1970 + 8 * 3600 + 60) == nil)
            // Choosing a language keeps the session's eight hours (it once made it last for ever).
            try await browser.post(WorkspacePaths.language, [("language", "sv")])
            #expect(try fixture.workspace.sessions.get(stored, now: Date().timeIntervalSince1970 + 8 * 3600 + 60) == nil)
            #expect(try await browser.get(WorkspacePaths.plan).status == .ok)
            // The session before signing in is gone: it signs no one in.
            let old = Browser(client)
            old.cookie = anonymous
            #expect(try await old.get(WorkspacePaths.plan).status == .seeOther)
            // Sessions are stored by a hash of their id only.
            let id = String(try #require(browser.cookie).drop { $0 != "=" }.dropFirst())
            #expect(try fixture.workspace.sessions.get("hbs." + id, now: 0) == nil)
            #expect(try fixture.workspace.sessions.get(SessionDriver.storedKey("hbs." + id), now: 0) != nil)
        }
    }

    @Test("A session left unused for two hours ends: the next page asks to sign in again")
    func idleSession() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            #expect(try await browser.get(WorkspacePaths.plan).status == .ok)
            let id = String(try #require(browser.cookie).drop { $0 != "=" }.dropFirst())
            let stored = SessionDriver.storedKey(WorkspaceRoutes.sessionKeyPrefix + id)
            let now = Date().timeIntervalSince1970
            let (data, _) = try #require(try fixture.workspace.sessions.get(stored, now: now))
            var session = try JSONDecoder().decode(WorkspaceSession.self, from: data)
            #expect(session.account == "koordinaattori" && (session.lastSeen ?? 0) > now - 60)
            // Used an hour ago: still signed in, and the time is brought forward.
            session.lastSeen = now - 3600
            try fixture.workspace.sessions.set(stored, value: try JSONEncoder().encode(session), expires: nil)
            #expect(try await browser.get(WorkspacePaths.plan).status == .ok)
            let (touched, _) = try #require(try fixture.workspace.sessions.get(stored, now: now))
            #expect((try JSONDecoder().decode(WorkspaceSession.self, from: touched).lastSeen ?? 0) > now - 60)
            // Three hours ago: gone.
            session.lastSeen = now - 3 * 3600
            try fixture.workspace.sessions.set(stored, value: try JSONEncoder().encode(session), expires: nil)
            let page = try await browser.get(WorkspacePaths.plan)
            #expect(page.status == .seeOther && page.location?.hasPrefix(WorkspacePaths.signIn) == true)
            #expect(try fixture.workspace.sessions.get(stored, now: now) == nil)
        }
    }

    @Test("Behind HTTPS the session cookie is Secure")
    func secureCookie() async throws {
        try await WorkspaceFixture.with(secureCookies: true) { _, client in
            let page = try await Browser(client).signIn("koordinaattori")
            #expect(page.headers[values: .setCookie].first?.contains("Secure") == true)
        }
    }

    @Test("Signing out ends the session: the same cookie no longer opens anything")
    func signOut() async throws {
        try await WorkspaceFixture.with { _, client in
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            let cookie = browser.cookie
            try await browser.get(WorkspacePaths.plan)
            let out = try await browser.post(WorkspacePaths.signOut, [])
            #expect(out.status == .seeOther && out.location == WorkspacePaths.signIn)
            let again = Browser(client)
            again.cookie = cookie
            #expect(try await again.get(WorkspacePaths.plan).status == .seeOther)
        }
    }

    @Test("The 11th wrong password for an account within a minute is throttled, even when right")
    func throttled() async throws {
        try await WorkspaceFixture.with { _, client in
            let browser = Browser(client)
            try await browser.get(WorkspacePaths.signIn)
            for attempt in 1...10 {
                let page = try await browser.post(WorkspacePaths.signIn, [("account", "pj-ero"), ("password", "guess \(attempt)")])
                #expect(page.status == .ok)
            }
            let eleventh = try await browser.post(WorkspacePaths.signIn, [("account", "pj-ero"), ("password", "salasana-456")])
            #expect(eleventh.status == .tooManyRequests && eleventh.body.contains("Liian monta"))
            // Another account is not held back by it.
            #expect(try await Browser(client).signIn("koordinaattori").status == .seeOther)
        }
    }

    @Test("A form without the CSRF token, or with another session's, gets 403 and changes nothing")
    func csrf() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            try await browser.get(WorkspacePaths.meeting("johtoryhma/2027/03"))
            let fields = [("key", "johtoryhma/2027/03"), ("slot", "2027-03-17 13:00")]
            #expect(try await browser.post(WorkspacePaths.move, fields, csrf: false).status == .forbidden)
            let other = Browser(client)
            try await other.get(WorkspacePaths.signIn)
            let token = browser.csrf
            browser.csrf = other.csrf
            #expect(try await browser.post(WorkspacePaths.move, fields).status == .forbidden)
            browser.csrf = token
            #expect(try fixture.workspace.database.overrides().isEmpty)
        }
    }

    @Test("A chair acts on their own network only: 403 moving a johtoryhma meeting; no audit page")
    func authorization() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let browser = Browser(client)
            try await browser.signIn("pj-ero")
            let page = try await browser.get(WorkspacePaths.meeting("johtoryhma/2027/03"))
            #expect(page.status == .ok && !page.body.contains("action=\"/workspace/move\""))
            let move = try await browser.post(WorkspacePaths.move, [("key", "johtoryhma/2027/03"), ("slot", "2027-03-17 13:00")])
            #expect(move.status == .forbidden)
            let cancel = try await browser.post(WorkspacePaths.cancel, [("key", "johtoryhma/2027/03")])
            #expect(cancel.status == .forbidden)
            #expect(try await browser.get(WorkspacePaths.audit).status == .forbidden)
            #expect(try fixture.workspace.database.overrides().isEmpty)
            // Their own network's meeting they may cancel, and it is logged under their name.
            let own = try #require(fixture.routes.watcher.current.plan.meetings
                .first { $0.networkID == "ero-mikkeli" && $0.day > WorkspaceFixture.today })
            try await browser.get(WorkspacePaths.meeting(own.key))
            let done = try await browser.post(WorkspacePaths.cancel, [("key", own.key), ("reason", "sairastumisia")])
            #expect(done.status == .seeOther && done.location == WorkspacePaths.meeting(own.key) + "?done=cancelled")
            let entry = try #require(try fixture.workspace.database.auditLog(target: own.key).first)
            #expect(entry.actor == "pj-ero" && entry.action == .cancelled && entry.after == "cancelled: sairastumisia")
            #expect(fixture.routes.watcher.current.plan.meeting(own.key)?.isCancelled == true)
        }
    }

    @Test("Moving to a proposed slot: the feeds show the new time with the same UID and SEQUENCE + 1, at once")
    func moveToProposal() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let key = "johtoryhma/2027/03"
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            let found = try await browser.get("/workspace?q=johtoryhma+2027")
            #expect(found.body.contains("href=\"/workspace/meetings/\(key)\""))
            let before = try await feedEvent(client, "/feeds/public/johtoryhma.ics", uid: "johtoryhma.2027.03@")
            let page = try await browser.get(WorkspacePaths.meeting(key))
            let slots = Self.proposals(page.body)
            #expect((3...5).contains(slots.count), "\(slots)")
            let slot = try #require(slots.first { !$0.hasPrefix("2027-03-18") })
            let moved = try await browser.post(WorkspacePaths.move, [("key", key), ("slot", slot)])
            #expect(moved.status == .seeOther && moved.location == WorkspacePaths.meeting(key) + "?done=moved")
            let after = try await feedEvent(client, "/feeds/public/johtoryhma.ics", uid: "johtoryhma.2027.03@")
            let compact = slot.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
                .replacingOccurrences(of: " ", with: "T")
            #expect(after["DTSTART"]?.hasSuffix(compact + "00") == true, "\(after)")
            #expect(after["UID"] == before["UID"])
            #expect(Int(after["SEQUENCE"] ?? "") == Int(before["SEQUENCE"] ?? "-1")! + 1)
            // The published wheel and the agenda file at once.
            let day = String(slot.prefix(10)).split(separator: "-").map { String(Int($0)!) }
            let shownDay = "\(day[2]).\(day[1]).\(day[0])"
            let wheel = String(buffer: try await client.execute(uri: "/wheel/2027/johtoryhma.svg", method: .get).body)
            #expect(wheel.contains(shownDay), "\(shownDay) on the wheel")
            let agenda = try String(contentsOfFile: fixture.folder + "/public/documents/johtoryhma/2027-03-agenda.md", encoding: .utf8)
            #expect(agenda.contains(shownDay), "\(shownDay) in the agenda file")
            let shown = try await browser.get(moved.location!)
            #expect(shown.body.contains("Kokous siirretty") && shown.body.contains("siirsi"))
            let entry = try #require(try fixture.workspace.database.auditLog(target: key).first)
            #expect(entry.actor == "koordinaattori" && entry.before == "planned" && entry.after?.hasPrefix(slot) == true)
            // And the same move again is a restore away.
            try await browser.post(WorkspacePaths.restore, [("key", key)])
            #expect(try fixture.workspace.database.overrides()[key] == nil)
        }
    }

    @Test("A move made while a rule file is broken is kept, says the calendars wait for the rules, and is published once they are fixed")
    func moveWhileRulesBroken() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let key = "johtoryhma/2027/03"
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            let page = try await browser.get(WorkspacePaths.meeting(key))
            let slot = try #require(Self.proposals(page.body).first { !$0.hasPrefix("2027-03-18") })
            let file = fixture.folder + "/networks/ero-mikkeli.yaml"
            let text = try String(contentsOfFile: file, encoding: .utf8)
            try (text + "\n  rikki: [\n").write(toFile: file, atomically: true, encoding: .utf8)

            let moved = try await browser.post(WorkspacePaths.move, [("key", key), ("slot", slot)])
            #expect(moved.status == .seeOther && moved.location == WorkspacePaths.meeting(key) + "?done=moved-later")
            let shown = try await browser.get(moved.location!)
            #expect(shown.body.contains("Kokous siirretty. Kalentereita ei voitu vielä päivittää"), "\(shown.body.prefix(400))")
            #expect(try fixture.workspace.database.overrides()[key] != nil, "the move is stored")
            let compact = slot.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
                .replacingOccurrences(of: " ", with: "T") + "00"
            let waiting = try await feedEvent(client, "/feeds/public/johtoryhma.ics", uid: "johtoryhma.2027.03@")
            #expect(waiting["DTSTART"]?.hasSuffix(compact) == false)

            // The file put right: once it has been quiet, the next look publishes the move.
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            #expect(fixture.workspace.watcher.refreshIfChanged() == .waiting)
            try await Task.sleep(nanoseconds: UInt64((SiteWatcher.quiet + 0.2) * 1_000_000_000))
            #expect(fixture.workspace.watcher.refreshIfChanged() == .rebuilt)
            #expect(!fixture.workspace.watcher.unpublished)
            let after = try await feedEvent(client, "/feeds/public/johtoryhma.ics", uid: "johtoryhma.2027.03@")
            #expect(after["DTSTART"]?.hasSuffix(compact) == true, "\(after)")
        }
    }

    @Test("A refused time says what blocks it, offers free times, and stores nothing")
    func refusedMove() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            try await browser.get(WorkspacePaths.meeting("johtoryhma/2027/03"))
            // A Sunday.
            let page = try await browser.post(WorkspacePaths.move, [("key", "johtoryhma/2027/03"), ("date", "2027-03-21"),
                                                                    ("time", "13:00")])
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains("Aika ei käy") && page.body.contains("role=\"alert\""))
            #expect(!Self.proposals(page.body).isEmpty)
            let bad = try await browser.post(WorkspacePaths.move, [("key", "johtoryhma/2027/03"), ("date", "21.3.2027")])
            #expect(bad.status == .unprocessableContent && bad.body.contains("VVVV-KK-PP"))
            #expect(try fixture.workspace.database.overrides().isEmpty)
        }
    }

    @Test("Pages speak the chosen language; documents are made for the signed-in")
    func languagesAndDocuments() async throws {
        try await WorkspaceFixture.with { _, client in
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            try await browser.get(WorkspacePaths.plan)
            let chosen = try await browser.post(WorkspacePaths.language, [("language", "sv"), ("back", WorkspacePaths.audit)])
            #expect(chosen.location == WorkspacePaths.audit)
            let audit = try await browser.get(WorkspacePaths.audit)
            #expect(audit.body.contains("<html lang=\"sv\">") && audit.body.contains("Ändringshistorik"))
            let document = try await browser.get(WorkspacePaths.document("johtoryhma/2027/03", .agenda, .html))
            #expect(document.status == .ok && document.body.contains("Föredragningslista"))
            let docx = try await browser.get(WorkspacePaths.document("johtoryhma/2027/03", .minutes, .docx))
            #expect(docx.headers[.contentDisposition]?.contains("attachment") == true)
        }
    }

    @Test("Minutes in the form: stored as `minutes record` stores them; the action is on the next agenda and the owner's page until closed")
    func minutesForm() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let key = "johtoryhma/2027/03"
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            let form = try await browser.get(WorkspacePaths.minutes(key))
            #expect(form.status == .ok && form.body.contains("name=\"attendance-koordinaattori\""))
            let saved = try await browser.post(WorkspacePaths.minutesRoot, [
                ("key", key), ("action-rows", "3"), ("attendance-koordinaattori", "present"),
                ("attendance-johtoryhma-puheenjohtaja", "substitute"), ("substitute-johtoryhma-puheenjohtaja", "varapj"),
                ("decision-6", "Hyväksyttiin indikaattorit."), ("discussion-6", "Käytiin läpi kolme mittaria."),
                ("discussion-7", "Keskusteltiin, ei päätöstä."),
                ("action-what-0", "Kokoa indikaattorit"), ("action-owner-0", "koordinaattori"), ("action-due-0", "2027-04-01"),
                ("action-item-0", "6"),
            ])
            #expect(saved.status == .seeOther && saved.location == WorkspacePaths.meeting(key) + "?done=minutes")
            let stored = try #require(try fixture.workspace.database.recordedMinutes(key))
            #expect(stored.actions == [RecordedMinutes.NewAction(itemNumber: 6, itemTitle: stored.actions.first?.itemTitle ?? "",
                                                                  what: "Kokoa indikaattorit", owner: "koordinaattori",
                                                                  due: "2027-04-01")])
            #expect(stored.decisions.map(\.text) == ["Hyväksyttiin indikaattorit.", ""])
            #expect(stored.decisions.map(\.discussion) == ["Käytiin läpi kolme mittaria.", "Keskusteltiin, ei päätöstä."])
            // The form opened again shows what was recorded, to be corrected.
            let again = try await browser.get(WorkspacePaths.minutes(key))
            #expect(again.body.contains(">Käytiin läpi kolme mittaria.</textarea>"))
            #expect(stored.attendance.first { $0.personID == "johtoryhma-puheenjohtaja" }?.substitute == "varapj")
            #expect(stored.attendance.first { $0.personID == "johtoryhma-jasen-eloisa" }?.status == .absent)
            #expect(try fixture.workspace.database.auditLog(target: key).first?.action == .minutesRecorded)
            // On the next meeting's agenda, and on the owner's page with a button to close it.
            let next = try await browser.get(WorkspacePaths.document("johtoryhma/2027/04", .agenda, .md))
            #expect(next.body.contains("Kokoa indikaattorit"))
            let own = try await browser.get(WorkspacePaths.person("koordinaattori"))
            #expect(own.body.contains("Kokoa indikaattorit") && own.body.contains("action=\"/workspace/actions/close\""))
            let id = try #require(try fixture.workspace.database.actions(owner: "koordinaattori").first?.id)
            let closed = try await browser.post(WorkspacePaths.closeAction, [("id", String(id)),
                                                                            ("back", WorkspacePaths.person("koordinaattori"))])
            #expect(closed.status == .seeOther && closed.location?.hasPrefix(WorkspacePaths.person("koordinaattori")) == true)
            #expect(try fixture.workspace.database.actions(owner: "koordinaattori").isEmpty)
            #expect(!(try await browser.get(WorkspacePaths.document("johtoryhma/2027/04", .agenda, .md))).body
                .contains("Kokoa indikaattorit"))
            try await browser.get(WorkspacePaths.actions + "?closed=1")
            try await browser.post(WorkspacePaths.reopenAction, [("id", String(id))])
            #expect(try fixture.workspace.database.actions(owner: "koordinaattori").count == 1)
            // A row count that is not a number reads as no rows: the page answers, nothing breaks.
            try await browser.get(WorkspacePaths.minutes(key))
            let odd = try await browser.post(WorkspacePaths.minutesRoot, [
                ("key", key), ("action-rows", "lots"), ("attendance-koordinaattori", "present"),
                ("decision-6", "Hyväksyttiin indikaattorit."),
            ])
            #expect(odd.status == .seeOther)
        }
    }

    @Test("A minutes form with a problem answers next to the field and stores nothing; a blank one is refused")
    func minutesProblems() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let key = "johtoryhma/2027/03"
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            try await browser.get(WorkspacePaths.minutes(key))
            let noOwner = try await browser.post(WorkspacePaths.minutesRoot, [
                ("key", key), ("action-rows", "3"), ("attendance-koordinaattori", "present"),
                ("action-what-1", "Selvitä tilat"), ("action-due-1", "2027-04-01"),
            ])
            #expect(noOwner.status == .unprocessableContent)
            #expect(noOwner.body.contains("id=\"action-owner-1-problem\"") && noOwner.body.contains("Valitse tehtävälle vastuuhenkilö"))
            #expect(noOwner.body.contains("value=\"Selvitä tilat\""), "what was typed is kept")
            let blank = try await browser.post(WorkspacePaths.minutesRoot, [
                ("key", key), ("action-rows", "3"), ("attendance-koordinaattori", "absent"),
                ("attendance-johtoryhma-puheenjohtaja", "absent"), ("attendance-johtoryhma-varapuheenjohtaja", "absent"),
                ("attendance-johtoryhma-jasen-eloisa", "absent"), ("attendance-johtoryhma-jasen-kunnat", "absent"),
                ("attendance-johtoryhma-jasen-jarjestot", "absent"), ("attendance-johtoryhma-jasen-seurakunnat", "absent"),
            ])
            #expect(blank.status == .unprocessableContent && blank.body.contains("ei ole kirjauksia"))
            #expect(try fixture.workspace.database.recordedMinutes(key) == nil)
            // A chair of another network may not record them.
            let chair = Browser(client)
            try await chair.signIn("pj-ero")
            #expect(try await chair.get(WorkspacePaths.minutes(key)).status == .forbidden)
        }
    }

    @Test("A private feed link issued on the person's page works once shown, and answers 404 once revoked")
    func feedLinks() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            try await browser.get(WorkspacePaths.person("koordinaattori"))
            let issued = try await browser.post(WorkspacePaths.issueToken, [("person", "koordinaattori")])
            #expect(issued.status == .ok && issued.body.contains("class=\"copy\""))
            let link = try #require(issued.body.components(separatedBy: "readonly value=\"").dropFirst().first?
                .prefix { $0 != "\"" })
            let path = String(link)
            #expect(path.hasPrefix("/private/") && path.hasSuffix("/feeds/people/koordinaattori.ics"))
            let feed = try await client.execute(uri: path, method: .get)
            #expect(feed.status == .ok && String(buffer: feed.body).hasPrefix("BEGIN:VCALENDAR"))
            // Shown once: the page read again has no link.
            let again = try await browser.get(WorkspacePaths.person("koordinaattori"))
            #expect(!again.body.contains(path) && again.body.contains("Linkki annettu"))
            try await browser.post(WorkspacePaths.revokeToken, [("person", "koordinaattori")])
            #expect(try await client.execute(uri: path, method: .get).status == .notFound)
            #expect(try fixture.workspace.database.auditLog(target: "koordinaattori").map(\.action).prefix(2)
                == [.tokenRevoked, .tokenIssued])
            // A chair manages no one else's link.
            let chair = Browser(client)
            try await chair.signIn("pj-ero")
            try await chair.get(WorkspacePaths.person("koordinaattori"))
            #expect(try await chair.post(WorkspacePaths.issueToken, [("person", "koordinaattori")]).status == .forbidden)
        }
    }

    @Test("The month grid shows each day's meetings as links, with the months around it")
    func monthGrid() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            let page = try await browser.get(WorkspacePaths.month(year: 2027, month: 3))
            #expect(page.status == .ok && page.body.contains("maaliskuu 2027"))
            let march = fixture.routes.watcher.current.plan.meetings.filter { $0.day.year == 2027 && $0.day.month == 3 }
            #expect(!march.isEmpty)
            for meeting in march { #expect(page.body.contains("href=\"\(WorkspacePaths.meeting(meeting.key))\""), "\(meeting.key)") }
            // Links in HTML: `&` written `&amp;`.
            func link(_ year: Int, _ month: Int) -> String {
                WorkspacePaths.month(year: year, month: month).replacingOccurrences(of: "&", with: "&amp;")
            }
            #expect(page.body.contains(link(2027, 2)) && page.body.contains(link(2027, 4)))
            let january = try await browser.get(WorkspacePaths.month(year: 2027, month: 1))
            #expect(january.body.contains(link(2026, 12)))
            let one = try await browser.get(WorkspacePaths.month(year: 2027, month: 3, network: "johtoryhma"))
            #expect(one.body.contains("/workspace/meetings/johtoryhma/2027/03")
                && !one.body.contains("/workspace/meetings/kohtaamispaikat/"))
        }
    }

    @Test("Accounts in the page: the coordinator adds a chair who can then sign in; problems by the field; removal signs out")
    func accountsPage() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            try await browser.get(WorkspacePaths.accounts)
            let bad = try await browser.post(WorkspacePaths.accounts, [("id", "pj lape"), ("role", "chair"),
                                                                      ("password", "lyhyt"), ("passwordAgain", "lyhyt")])
            #expect(bad.status == .unprocessableContent)
            for field in ["id", "networks", "password"] { #expect(bad.body.contains("id=\"\(field)-problem\""), "\(field)") }
            let saved = try await browser.post(WorkspacePaths.accounts, [
                ("id", "pj-lape"), ("role", "chair"), ("networks", "lape-juva"), ("password", "salasana-789"),
                ("passwordAgain", "salasana-789"),
            ])
            #expect(saved.status == .seeOther)
            let account = try #require(try fixture.workspace.database.account("pj-lape"))
            #expect(account.role == .chair && account.networks == ["lape-juva"] && account.passwordHash.hasPrefix("$2"))
            #expect(try fixture.workspace.database.auditLog(target: "pj-lape").first?.actor == "koordinaattori")
            let chair = Browser(client)
            #expect(try await chair.signIn("pj-lape", password: "salasana-789").status == .seeOther)
            #expect(try await chair.get(WorkspacePaths.plan).status == .ok)
            #expect(try await chair.get(WorkspacePaths.accounts).status == .forbidden)
            try await browser.get(WorkspacePaths.accounts)
            try await browser.post(WorkspacePaths.removeAccount, [("id", "pj-lape")])
            #expect(try await chair.get(WorkspacePaths.plan).status == .seeOther, "signed out at once")
        }
    }

    @Test("An extra item for one meeting: on its agenda and members' feed, never in the public feed or on another meeting; removable")
    func extraAgendaItem() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let key = "johtoryhma/2027/03"
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            try await browser.get(WorkspacePaths.meeting(key))
            let added = try await browser.post(WorkspacePaths.addAgendaItem, [("key", key), ("title", "Tilojen vuokrasopimus")])
            #expect(added.status == .seeOther && added.location == WorkspacePaths.meeting(key) + "?done=itemAdded")
            #expect(fixture.routes.watcher.current.plan.meeting(key)?.agenda.last
                == AgendaEntry(title: LocalizedText("Tilojen vuokrasopimus"), source: .extra))
            #expect(fixture.routes.watcher.current.plan.meeting("johtoryhma/2027/04")?.agenda
                .contains { $0.title.fi == "Tilojen vuokrasopimus" } == false)
            let agenda = try await browser.get(WorkspacePaths.document(key, .agenda, .md))
            #expect(agenda.body.contains("Tilojen vuokrasopimus"))
            let members = try String(contentsOfFile: fixture.folder + "/public/feeds/johtoryhma.ics", encoding: .utf8)
            #expect(members.replacingOccurrences(of: "\r\n ", with: "").contains("Tilojen vuokrasopimus"))
            let publicFeed = String(buffer: try await client.execute(uri: "/feeds/public/johtoryhma.ics", method: .get).body)
            #expect(!publicFeed.replacingOccurrences(of: "\r\n ", with: "").contains("Tilojen vuokrasopimus"))
            let id = try #require(try fixture.workspace.database.agendaItems(key).first?.id)
            let page = try await browser.get(WorkspacePaths.meeting(key))
            #expect(page.body.contains("Tilojen vuokrasopimus"))
            try await browser.post(WorkspacePaths.removeAgendaItem, [("key", key), ("id", String(id))])
            #expect(fixture.routes.watcher.current.plan.meeting(key)?.agenda.contains { $0.source == .extra } == false)
            #expect(try fixture.workspace.database.auditLog(target: key).map(\.action).prefix(2)
                == [.agendaItemRemoved, .agendaItemAdded])
            // A chair of another network may not.
            let chair = Browser(client)
            try await chair.signIn("pj-ero")
            try await chair.get(WorkspacePaths.meeting(key))
            #expect(try await chair.post(WorkspacePaths.addAgendaItem, [("key", key), ("title", "x")]).status == .forbidden)
        }
    }

    @Test("The wheel of any year of the plan, in the page, each marker a link to its meeting; the published wheel has no links")
    func wheelPage() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            let page = try await browser.get(WorkspacePaths.wheel + "?year=2028&network=johtoryhma")
            #expect(page.status == .ok && page.body.contains("<svg") && page.body.contains("role=\"group\""))
            let meetings = fixture.routes.watcher.current.plan.meetings(of: "johtoryhma").filter { $0.day.year == 2028 }
            #expect(!meetings.isEmpty)
            for meeting in meetings { #expect(page.body.contains("<a href=\"\(WorkspacePaths.meeting(meeting.key))\""), "\(meeting.key)") }
            #expect(!page.body.contains("/workspace/meetings/kohtaamispaikat/"))
            // The disc in the page, its side panel as text beside it (uncut, wrapping at any width).
            let all = try await browser.get(WorkspacePaths.wheel + "?year=2027")
            let drawing = WheelLayout(rules: fixture.routes.watcher.current.rules, language: .fi)
                .layout(fixture.routes.watcher.current.plan, year: 2027, today: WorkspaceFixture.today)
            #expect(all.body.contains("viewBox=\"0 0 960.0 960.0\"") && !all.body.contains("id=\"panel\""))
            let longest = try #require(drawing.entries.max { $0.text.count < $1.text.count })
            #expect(longest.lines.count > 1)
            #expect(all.body.contains("class=\"wheel-text\"") && all.body.contains(longest.text), "\(longest.text)")
            for ring in drawing.rings { #expect(all.body.contains(ring.title)) }
            let published = String(buffer: try await client.execute(uri: "/wheel/all.svg", method: .get).body)
            #expect(published.contains("role=\"img\"") && !published.contains("<a href"))
        }
    }

    /// The `slot` values of the proposal buttons.
    static func proposals(_ html: String) -> [String] {
        html.components(separatedBy: "name=\"slot\" value=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// The properties of one event of a served feed.
    func feedEvent(_ client: any TestClientProtocol, _ uri: String, uid: String) async throws -> [String: String] {
        FeedEvent.properties(in: String(buffer: try await client.execute(uri: uri, method: .get).body), uid: uid)
    }
}
