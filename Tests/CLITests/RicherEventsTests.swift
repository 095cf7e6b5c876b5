import Foundation
import Testing
import TestSupport

/// What members see in their calendars beyond the meeting itself: the agenda as it stands
/// with the open actions and the links, and their own action items.
@Suite("Richer events and action items in the feeds", .serialized)
struct RicherEventsTests {
    static let env = ["VUOSIKELLO_TODAY": "2026-11-22"]

    static func run(_ arguments: [String], _ folder: String) throws -> CLI.Result {
        try CLI.run(arguments + ["--rules", folder], env: env)
    }

    /// The VEVENT of `uid` in a feed, unfolded.
    static func event(_ uid: String, in path: String) throws -> String? {
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\r\n ", with: "")
        return text.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:\(uid)\r\n") }
    }

    @Test("An action item is an all-day, free event in its owner's feed, updated when closed; the next meeting lists it until then, with links to the agenda and page")
    func actionsAndLinks() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try Self.run(["minutes", "johtoryhma", "--last"], folder)
        var filled = template.out.replacingOccurrences(of: "- [ ] koordinaattori", with: "- [x] koordinaattori")
        let item = try #require(filled.range(of: "## 6. "))
        let field = try #require(filled.range(of: "Tehtävä:", range: item.upperBound..<filled.endIndex))
        filled.replaceSubrange(field, with: "Tehtävä: Kootaan kuntien tilannekatsaus | koordinaattori | 15.1.2027")
        try filled.write(toFile: folder + "/pk.md", atomically: true, encoding: .utf8)
        #expect(try Self.run(["minutes", "record", folder + "/pk.md"], folder).status == 0)

        let out = folder + "/public"
        let build = try CLI.run(["build", folder, "--out", out, "--documents", "none", "--base-url", "https://kalenteri.example.fi/"],
                                env: Self.env)
        #expect(build.status == 0, "\(build.err)")
        let personal = out + "/feeds/people/koordinaattori.ics"
        let uid = "action.1@etela-savo.vuosikello"
        let action = try #require(try Self.event(uid, in: personal))
        #expect(action.contains("DTSTART;VALUE=DATE:20270115\r\n") && action.contains("TRANSP:TRANSPARENT\r\n"))
        #expect(action.contains("SUMMARY:Tehtävä: Kootaan kuntien tilannekatsaus\r\n") && action.contains("SEQUENCE:0\r\n"))
        // Only its owner's feed carries it.
        #expect(try Self.event(uid, in: out + "/feeds/all.ics") == nil)
        #expect(try Self.event(uid, in: out + "/feeds/people/johtoryhma-puheenjohtaja.ics") == nil)

        // The next meeting lists it, with the links; the public feed neither.
        let next = "johtoryhma.2026.12@etela-savo.vuosikello"
        let members = try #require(try Self.event(next, in: out + "/feeds/johtoryhma.ics"))
        #expect(members.contains("Avoimet tehtävät:\\n• Kootaan kuntien tilannekatsaus (Perhekeskuskoordinaattori\\, 15.1.2027)"),
                "\(members)")
        #expect(members.contains("Esityslista: https://kalenteri.example.fi/workspace/document?key=johtoryhma/2026/12&kind=agenda&format=docx"))
        #expect(members.contains("Kokouksen sivu: https://kalenteri.example.fi/workspace/meetings/johtoryhma/2026/12"))
        #expect(!members.contains("Tunnus:"))
        let everyone = try #require(try Self.event(next, in: out + "/feeds/public/johtoryhma.ics"))
        #expect(!everyone.contains("tilannekatsaus") && !everyone.contains("kalenteri.example.fi"))
        #expect(everyone.contains("Esityslista:"))

        // Python's icalendar reads the personal feed with the action in it.
        let parsed = try Peer.json("ics_peer.py", [out + "/feeds/people"])
        let events = (parsed["koordinaattori.ics"] as? [String: Any])?["events"] as? [[String: Any]] ?? []
        let read = try #require(events.first { $0["uid"] as? String == uid })
        #expect(read["start"] as? String == "2027-01-15" && read["end"] as? String == "2027-01-16")
        #expect(read["transparent"] as? Bool == true && read["attendees"] as? Int == 0)

        #expect(try Self.run(["actions", "close", "1"], folder).status == 0)
        #expect(try CLI.run(["build", folder, "--out", out, "--documents", "none", "--base-url", "https://kalenteri.example.fi"],
                            env: Self.env).status == 0)
        let closed = try #require(try Self.event(uid, in: personal))
        #expect(closed.contains("SUMMARY:✓ Tehty: Kootaan kuntien tilannekatsaus\r\n") && closed.contains("SEQUENCE:1\r\n"))
        #expect(try Self.event(next, in: out + "/feeds/johtoryhma.ics")?.contains("tilannekatsaus") == false)
    }
}
