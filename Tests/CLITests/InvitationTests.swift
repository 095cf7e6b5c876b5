import Foundation
import Testing
import TestSupport

/// `vuosikello invite` against a real SMTP server (aiosmtpd with STARTTLS and AUTH)
/// through Debian's msmtp; what arrives is parsed back by Python's email and icalendar
/// and held against the feeds.
@Suite("vuosikello invite", .serialized)
struct InvitationTests {
    static let today = "2027-01-10"
    static let env = ["VUOSIKELLO_TODAY": today]
    /// Someone the rules give no e-mail address.
    static let unreachable = "haastavat-erot-vastuuhenkilo"

    private func invite(_ folder: String, _ smtp: SMTPFixture, _ extra: [String] = [], env: [String: String] = [:])
        throws -> CLI.Result {
        try CLI.run(["invite", "--rules", folder, "--out", folder + "/public", "--mail-from", "vuosikello@esimerkki.invalid",
                     "--sendmail", smtp.sendmail, "--base-url", "https://kalenteri.example.fi"] + extra,
                    env: Self.env.merging(env) { _, new in new })
    }

    /// The invitations a meeting's feed event calls for: one per attendee with an address.
    private func expected(_ events: [String: [String: Any]], from: String, until: String) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for (uid, event) in events where !uid.hasPrefix("task.") && !uid.hasPrefix("action.") {
            let start = String((event["start"] as? String ?? "").prefix(10))
            guard start >= from, start <= until, event["status"] as? String == "CONFIRMED" else { continue }
            let addresses = (event["attendees"] as? [String] ?? []).filter { $0.hasPrefix("mailto:") }
            result[uid] = Set(addresses.map { String($0.dropFirst("mailto:".count)) })
        }
        return result
    }

    @Test("Every attendee gets one REQUEST per version, with the feeds' UID, SEQUENCE, ORGANIZER and ATTENDEEs; a move one more, a cancellation one CANCEL; a second run nothing")
    func invitations() throws {
        let smtp = try SMTPFixture()
        let folder = try CLI.copyOfExampleWithAddresses(without: [Self.unreachable])
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let first = try invite(folder, smtp)
        #expect(first.status == 0, "\(first.err)")
        // Members without an address are listed, not forgotten.
        #expect(first.out.contains("ilman sähköpostiosoitetta, ei kutsuttu: \(Self.unreachable)"), "\(first.out)")
        let all = folder + "/public/feeds/all.ics"
        let (messages, feeds) = try smtp.read(feeds: [all])
        let feed = try #require(feeds[all])
        let wanted = expected(feed, from: Self.today, until: "2028-01-10")
        #expect(messages.count == wanted.values.reduce(0) { $0 + $1.count })
        #expect(first.out.contains("\(messages.count) uutta jonoon, \(messages.count) lähetetty"), "\(first.out)")
        var seen = Set<String>()
        for m in messages {
            let uid = try #require(m["uid"] as? String)
            let rcpt = (m["rcpt"] as? [String] ?? []).joined()
            #expect(seen.insert(uid + " " + rcpt).inserted, "one invitation per meeting and person: \(uid) \(rcpt)")
            #expect(wanted[uid]?.contains(rcpt) == true, "\(rcpt) is an attendee of \(uid)")
            #expect(m["contentType"] as? String == "multipart/mixed")
            let parts = m["parts"] as? [String] ?? []
            #expect(["multipart/alternative", "text/plain", "text/html", "text/calendar"].allSatisfy(parts.contains))
            #expect(m["mimeMethod"] as? String == "REQUEST" && m["calMethod"] as? String == "REQUEST")
            #expect(m["events"] as? Int == 1 && (m["timezones"] as? [String]) == ["Europe/Helsinki"])
            let event = try #require(feed[uid])
            #expect(m["sequence"] as? Int == event["sequence"] as? Int)
            #expect(m["organizer"] as? String == event["organizer"] as? String)
            let attendees = m["attendees"] as? [[String: String]] ?? []
            #expect(attendees.map { $0["address"]! }.sorted() == event["attendees"] as? [String])
            let roles = event["roles"] as? [String: String] ?? [:]
            for a in attendees {
                #expect(a["rsvp"] == "TRUE" && a["partstat"] == "NEEDS-ACTION")
                #expect(a["role"] == roles[a["address"]!])
            }
            // The network's language: Finnish words, and the answer links for this person.
            let text = m["text"] as? String ?? ""
            #expect(text.contains("Ilmoita, tuletko:") && text.contains("https://kalenteri.example.fi/answer/"))
            let subject = m["subject"] as? String ?? ""
            #expect((subject.hasPrefix("Kokouskutsu: ") || subject.hasPrefix("Esityslista: ")) && subject.contains(" klo "),
                    "\(subject)")
        }
        // The agenda goes along once its deadline has come (the January meetings).
        let withAgenda = messages.filter { !($0["attachments"] as? [Any] ?? []).isEmpty }
        #expect(!withAgenda.isEmpty && withAgenda.count < messages.count)
        for m in withAgenda {
            let attachment = try #require((m["attachments"] as? [[String: Any]])?.first)
            #expect((attachment["name"] as? String)?.hasSuffix(".docx") == true && (attachment["size"] as? Int ?? 0) > 1000)
            #expect((m["subject"] as? String)?.hasPrefix("Esityslista:") == true)
        }
        #expect(messages.contains { ($0["subject"] as? String)?.hasPrefix("Kokouskutsu: Etelä-Savon lasten") == true })

        // Again: nothing new.
        let again = try invite(folder, smtp)
        #expect(again.status == 0 && again.out.contains("0 uutta jonoon, 0 lähetetty"), "\(again.out)")
        #expect(smtp.received == messages.count)

        // A move: one REQUEST with SEQUENCE + 1 to the same people.
        let key = "johtoryhma/2027/03", uid = "johtoryhma.2027.03@etela-savo.vuosikello"
        let before = messages.filter { $0["uid"] as? String == uid }
        let moved = try CLI.run(["move", key, "2027-03-17", "--rules", folder], env: Self.env)
        #expect(moved.status == 0, "\(moved.err)")
        #expect(try invite(folder, smtp).status == 0)
        let afterMove = try smtp.read(feeds: [all])
        let update = afterMove.messages.dropFirst(messages.count)
        #expect(update.count == before.count)
        #expect(Set(update.compactMap { ($0["rcpt"] as? [String])?.joined() })
                == Set(before.compactMap { ($0["rcpt"] as? [String])?.joined() }))
        let oldSequence = before.first?["sequence"] as? Int ?? -1
        for m in update {
            #expect(m["uid"] as? String == uid && m["calMethod"] as? String == "REQUEST")
            #expect(m["sequence"] as? Int == oldSequence + 1)
            #expect(m["sequence"] as? Int == afterMove.feeds[all]?[uid]?["sequence"] as? Int)
            #expect((m["start"] as? String)?.hasPrefix("2027-03-17T13:00") == true)
            #expect((m["subject"] as? String)?.hasPrefix("Muuttunut kokouskutsu:") == true)
        }

        // A cancellation: one CANCEL to everyone invited.
        let cancelKey = "johtoryhma/2027/04", cancelUID = "johtoryhma.2027.04@etela-savo.vuosikello"
        let invited = Set(messages.filter { $0["uid"] as? String == cancelUID }.compactMap { ($0["rcpt"] as? [String])?.joined() })
        #expect(!invited.isEmpty)
        #expect(try CLI.run(["cancel", cancelKey, "--rules", folder], env: Self.env).status == 0)
        #expect(try invite(folder, smtp).status == 0)
        let afterCancel = try smtp.read(feeds: [all])
        let cancels = afterCancel.messages.dropFirst(afterMove.messages.count)
        #expect(cancels.count == invited.count)
        #expect(Set(cancels.compactMap { ($0["rcpt"] as? [String])?.joined() }) == invited)
        for m in cancels {
            #expect(m["mimeMethod"] as? String == "CANCEL" && m["calMethod"] as? String == "CANCEL")
            #expect(m["uid"] as? String == cancelUID && m["status"] as? String == "CANCELLED")
            #expect(m["sequence"] as? Int == afterCancel.feeds[all]?[cancelUID]?["sequence"] as? Int)
        }
        let last = try invite(folder, smtp)
        #expect(last.out.contains("0 uutta jonoon, 0 lähetetty") && smtp.received == afterCancel.messages.count)
    }

    @Test("Killed with kill -9 while sending, then run again: every message arrives exactly once; the one being handed over is reported, not sent twice")
    func killedMidRun() throws {
        let until = "2027-02-10"
        let smtp = try SMTPFixture(delay: 0.3)
        let folder = try CLI.copyOfExampleWithAddresses()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // What should arrive: the dry run's messages (it stores nothing).
        let eml = folder + "/eml"
        let dry = try invite(folder, smtp, ["--until", until, "--dry-run", "--eml", eml])
        #expect(dry.status == 0, "\(dry.err)")
        let planned = try FileManager.default.contentsOfDirectory(atPath: eml).filter { $0.hasSuffix(".eml") }
        #expect(planned.count > 40 && smtp.received == 0)
        func messageID(_ data: Data) -> String? {
            String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
                .first { $0.hasPrefix("Message-ID: ") }.map { String($0.dropFirst(12)) }
        }
        let plannedIDs = try planned.map { try #require(messageID(try Data(contentsOf: URL(fileURLWithPath: eml + "/" + $0)))) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["invite", "--rules", folder, "--out", folder + "/public", "--mail-from", "vuosikello@esimerkki.invalid",
                             "--sendmail", smtp.sendmail, "--until", until]
        var environment = ProcessInfo.processInfo.environment
        environment["VUOSIKELLO_TODAY"] = Self.today
        environment.removeValue(forKey: "VUOSIKELLO_LANG")
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Killed while the server holds the 20th message's answer: msmtp is handing it over.
        #expect(ServerFixture.eventually(120) { smtp.received >= 20 })
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let partial = smtp.received
        #expect(partial < planned.count)

        let rerun = try invite(folder, smtp, ["--until", until])
        // The interrupted message is named as uncertain (exit 1) and not sent again.
        #expect(rerun.status == 1 && rerun.err.contains("1 viestin lähetys keskeytyi"), "\(rerun.err)")
        // Let msmtp, orphaned by the kill, finish before counting.
        _ = ServerFixture.eventually(5) { false }
        let received = try smtp.read().messages.compactMap { $0["messageID"] as? String }
        #expect(received.count == planned.count, "every message once: \(received.count) of \(planned.count)")
        #expect(Set(received).count == received.count, "no message twice")
        #expect(Set(received) == Set(plannedIDs))
        let third = try invite(folder, smtp, ["--until", until])
        #expect(third.out.contains("0 uutta jonoon, 0 lähetetty"), "\(third.out)")
        #expect(smtp.received == planned.count)
    }

    @Test("A refused message is reported, waits for its backoff and is tried again; the others go out")
    func refusedAndRetried() throws {
        let smtp = try SMTPFixture()
        let refused = "johtoryhma-jasen-kunnat"
        let folder = try CLI.copyOfExampleWithAddresses(refused: [refused])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let network = ["--network", "johtoryhma", "--until", "2027-03-31"]
        let first = try invite(folder, smtp, network)
        #expect(first.status == 1)
        #expect(first.err.contains("Viesti ei lähtenyt (johtoryhma/2027/01 → \(refused))"), "\(first.err)")
        #expect(first.err.contains("mailbox refused") && first.err.contains("Yritetään uudelleen myöhemmin"), "\(first.err)")
        let delivered = smtp.received
        #expect(delivered > 0)
        #expect(try smtp.read().messages.allSatisfy { ($0["rcpt"] as? [String])?.joined().contains(refused) == false })
        // At once: not tried again (backoff), only reported as waiting.
        let soon = try invite(folder, smtp, network)
        #expect(soon.out.contains("0 lähetetty, 3 odottaa uutta yritystä"), "\(soon.out)")
        #expect(smtp.received == delivered)
        // Two hours later it is tried again, and refused again.
        let later = try invite(folder, smtp, network,
                               env: ["SOURCE_DATE_EPOCH": String(Int(Date().timeIntervalSince1970) + 7200)])
        #expect(later.status == 1 && later.err.components(separatedBy: "Viesti ei lähtenyt").count == 4, "\(later.err)")
    }

    /// A message's Subject, its RFC 2047 words decoded.
    static func subject(_ eml: String) throws -> String {
        let text = try String(contentsOfFile: eml, encoding: .utf8)
        let header = text.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: "")
        let line = try #require(header.components(separatedBy: "\r\n").first { $0.hasPrefix("Subject: ") })
        var result = ""
        for word in line.dropFirst(9).components(separatedBy: "?==?") {
            let bare = word.replacingOccurrences(of: "=?utf-8?B?", with: "").replacingOccurrences(of: "?=", with: "")
            result += String(decoding: Data(base64Encoded: bare) ?? Data(bare.utf8), as: UTF8.self)
        }
        return result
    }

    @Test("Invitations are written in the network's language (language: ruotsi)")
    func networkLanguage() throws {
        let folder = try CLI.copyOfExampleWithAddresses()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rule = folder + "/networks/ero-mikkeli.yaml"
        try (try String(contentsOfFile: rule, encoding: .utf8) + "\nlanguage: ruotsi\n")
            .write(toFile: rule, atomically: true, encoding: .utf8)
        let eml = folder + "/eml"
        let dry = try CLI.run(["invite", "--rules", folder, "--out", folder + "/public", "--dry-run", "--eml", eml,
                               "--network", "ero-mikkeli", "--network", "johtoryhma", "--until", "2027-06-30"], env: Self.env)
        #expect(dry.status == 0, "\(dry.err)")
        let files = try FileManager.default.contentsOfDirectory(atPath: eml).sorted()
        let swedish = files.filter { $0.hasPrefix("ero-mikkeli.") }, finnish = files.filter { $0.hasPrefix("johtoryhma.") }
        #expect(!swedish.isEmpty && !finnish.isEmpty)
        for file in swedish { #expect(try Self.subject(eml + "/" + file).hasPrefix("Kallelse: "), "\(file)") }
        for file in finnish {
            let subject = try Self.subject(eml + "/" + file)
            #expect(subject.hasPrefix("Kokouskutsu: ") || subject.hasPrefix("Esityslista: "), "\(file): \(subject)")
        }
    }

    @Test("build --invite builds, then sends what became due; without a sender it stops before building")
    func buildThenInvite() throws {
        let smtp = try SMTPFixture()
        let folder = try CLI.copyOfExampleWithAddresses(only: ["johtoryhma-puheenjohtaja"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/public"
        let refused = try CLI.run(["build", folder, "--out", out, "--invite", "--documents", "none"], env: Self.env)
        #expect(refused.status == 1 && refused.err.contains("--mail-from tai VUOSIKELLO_MAIL_FROM"), "\(refused.err)")
        #expect(!FileManager.default.fileExists(atPath: out + "/feeds"))
        let built = try CLI.run(["build", folder, "--out", out, "--invite", "--documents", "none", "--mail-from",
                                 "vuosikello@esimerkki.invalid", "--sendmail", smtp.sendmail], env: Self.env)
        #expect(built.status == 0, "\(built.err)")
        // The chair of the leadership group: one meeting a month in the year ahead.
        let messages = try smtp.read().messages
        #expect((11...13).contains(messages.count), "\(messages.count)")
        #expect(messages.allSatisfy { ($0["rcpt"] as? [String]) == ["johtoryhma-puheenjohtaja@esimerkki.invalid"] })
        #expect(built.out.contains("\(messages.count) uutta jonoon, \(messages.count) lähetetty"), "\(built.out)")
    }

    @Test("--dry-run writes .eml files and stores nothing; no sender or no mail program is a clear error")
    func dryRunAndErrors() throws {
        let folder = try CLI.copyOfExampleWithAddresses()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let eml = folder + "/eml"
        let dry = try CLI.run(["invite", "--rules", folder, "--out", folder + "/public", "--dry-run", "--eml", eml,
                               "--network", "johtoryhma", "--until", "2027-06-30"], env: Self.env)
        #expect(dry.status == 0 && dry.out.contains("Kokeilu:"), "\(dry.err)")
        let files = try FileManager.default.contentsOfDirectory(atPath: eml)
        #expect(files.count > 10 && files.allSatisfy { $0.hasPrefix("johtoryhma.2027.") && $0.hasSuffix(".eml") })
        #expect(!FileManager.default.fileExists(atPath: folder + "/vuosikello.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/public/feeds"))

        let noSender = try CLI.run(["invite", "--rules", folder, "--out", folder + "/public"], env: Self.env)
        #expect(noSender.status == 1 && noSender.err.contains("--mail-from tai VUOSIKELLO_MAIL_FROM"), "\(noSender.err)")
        let noProgram = try CLI.run(["invite", "--rules", folder, "--out", folder + "/public", "--mail-from", "a@b.invalid",
                                     "--sendmail", "ei-ole-olemassa"], env: Self.env)
        #expect(noProgram.status == 1 && noProgram.err.contains("Postiohjelmaa 'ei-ole-olemassa' ei löydy"), "\(noProgram.err)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/vuosikello.sqlite"))
    }
}
