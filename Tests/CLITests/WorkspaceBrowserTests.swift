import Foundation
import Testing
import TestSupport

/// The workspace end to end on the real binary, in headless Chromium (Selenium): the
/// coordinator's path through a meeting, and axe-core on every page type at both widths.
@Suite("Workspace in a browser", .serialized)
struct WorkspaceBrowserTests {
    @Test("Sign in, find johtoryhma/2027/03, move it to a proposed time, record minutes with an action, close it; no axe violations")
    func coordinatorsPath() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let added = try CLI.run(["user", "add", "koordinaattori", "--role", "coordinator", "--rules", folder],
                                input: "salasana-123\n")
        #expect(added.status == 0, "\(added.err)")
        let server = try ServerFixture(folder: folder)
        defer { server.stop() }
        let uid = "johtoryhma.2027.03@"
        let publicBefore = FeedEvent.properties(in: String(decoding: try server.curl("/feeds/public/johtoryhma.ics").body, as: UTF8.self), uid: uid)
        let internalFile = folder + "/public/feeds/johtoryhma.ics"
        let internalBefore = FeedEvent.properties(in: try String(contentsOfFile: internalFile, encoding: .utf8), uid: uid)
        #expect(publicBefore["UID"] != nil && internalBefore["UID"] != nil)

        let shots = folder + "/shots"
        try FileManager.default.createDirectory(atPath: shots, withIntermediateDirectories: true)
        let result = try Peer.json("workspace_peer.py", [server.base, "koordinaattori", "salasana-123",
                                                         "johtoryhma/2027/03", "johtoryhma/2027/04", shots])
        let flow = try #require(result["flow"] as? [String: Any])
        #expect((flow["afterSignIn"] as? String)?.hasSuffix("/workspace") == true, "\(flow)")
        #expect((flow["meetingURL"] as? String)?.hasSuffix("/workspace/meetings/johtoryhma/2027/03") == true)
        #expect(flow["moved"] as? String == "Kokous siirretty. Kalenterit on päivitetty.")
        let slot = try #require(flow["slot"] as? String)
        let compact = slot.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
            .replacingOccurrences(of: " ", with: "T") + "00"
        // The public and the internal feed: the new time, the same UID, SEQUENCE + 1.
        let publicAfter = FeedEvent.properties(in: String(decoding: try server.curl("/feeds/public/johtoryhma.ics").body, as: UTF8.self), uid: uid)
        let internalAfter = FeedEvent.properties(in: try String(contentsOfFile: internalFile, encoding: .utf8), uid: uid)
        for (before, after) in [(publicBefore, publicAfter), (internalBefore, internalAfter)] {
            #expect(after["UID"] == before["UID"])
            #expect(after["DTSTART"]?.hasSuffix(compact) == true, "\(after)")
            #expect(Int(after["SEQUENCE"] ?? "") == Int(before["SEQUENCE"] ?? "")! + 1)
        }
        #expect((flow["recorded"] as? String)?.hasPrefix("Pöytäkirja kirjattu") == true)
        #expect(flow["nextAgenda"] as? Bool == true, "the action is on the next agenda")
        #expect(flow["onOwnersPage"] as? Bool == true, "and on its owner's page")
        #expect(flow["closed"] as? String == "Tehtävä merkitty tehdyksi.")
        #expect(flow["stillOpen"] as? Bool == false)

        let pages = try #require(result["pages"] as? [String: [String: Any]])
        #expect(pages.count == 32)
        for (page, found) in pages.sorted(by: { $0.key < $1.key }) {
            let axe = found["axe"] as? [String: Any] ?? [:]
            #expect(axe["error"] == nil, "\(page): \(axe)")
            #expect((axe["violations"] as? [Any])?.isEmpty == true, "\(page): \(axe["violations"] ?? "")")
            #expect((axe["passes"] as? Int ?? 0) > 5, "\(page)")
            #expect(found["overflow"] as? Bool == false, "\(page): no sideways scrolling")
            #expect((found["url"] as? String)?.contains("/signin") == (page.hasPrefix("signin")), "\(page): \(found["url"] ?? "")")
        }
        let screenshots = try FileManager.default.contentsOfDirectory(atPath: shots).filter { $0.hasSuffix(".png") }
        #expect(screenshots.count == 32)
        // The wheel's words in a real browser: every line drawn inside its arc; beside the
        // disc (below it on a phone) the same words as text at a readable size.
        for page in ["wheel-desktop", "wheel-phone", "wheel-network-desktop", "wheel-network-phone"] {
            let words = try #require(pages[page]?["words"] as? [String: Any], "\(page)")
            #expect((words["lines"] as? Int ?? 0) > 0 && words["fits"] as? Bool == true, "\(page): \(words)")
            #expect((words["listPx"] as? Double ?? 0) >= 14 && words["listVisible"] as? Bool == true, "\(page): \(words)")
        }
        let own = try #require(pages["wheel-network-desktop"]?["words"] as? [String: Any])
        #expect((own["wordsPx"] as? Double ?? 0) >= 9, "a network's own wheel is readable on a desktop: \(own)")
        if let keep = ProcessInfo.processInfo.environment["VUOSIKELLO_SCREENSHOTS"] {
            for name in screenshots {
                try? FileManager.default.removeItem(atPath: keep + "/" + name)
                try FileManager.default.copyItem(atPath: shots + "/" + name, toPath: keep + "/" + name)
            }
        }
    }
}
