import Foundation
import Testing
import TestSupport

@Suite("vuosikello serve", .serialized)
struct ServerTests {
    static let etag = try! NSRegularExpression(pattern: "^\"[0-9a-f]{32}\"$")

    static func isStrongETag(_ value: String?) -> Bool {
        guard let value else { return false }
        return etag.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
    }

    @Test("The page, the feeds and the wheels, with strong ETags, Last-Modified and 304s")
    func serves() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServerFixture(folder: folder)
        defer { server.stop() }

        let page = try server.curl("/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains("<html lang=\"fi\">") && page.text.contains("Verkostojen kokouskalenterit"))
        #expect(page.text.contains("webcal://127.0.0.1:\(server.port)/feeds/public/johtoryhma.ics"))
        #expect(page.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        #expect(try server.curl("/sv").text.contains("<html lang=\"sv\">"))
        #expect(try server.curl("/en").text.contains("<html lang=\"en\">"))
        #expect(try server.curl("/en").text.contains("meeting calendars"))
        // Without --base-url the links name the listening address, whatever Host a visitor sends.
        let spoofed = try server.curl("/", ["-H", "Host: evil.example"]).text
        #expect(!spoofed.contains("evil.example") && spoofed.contains("http://127.0.0.1:\(server.port)/feeds/public/all.ics"))

        let feed = try server.curl("/feeds/public/johtoryhma.ics")
        #expect(feed.status == 200)
        #expect(feed.headers["content-type"] == "text/calendar; charset=utf-8")
        #expect(Self.isStrongETag(feed.headers["etag"]), "\(feed.headers)")
        let lastModified = try #require(feed.headers["last-modified"])
        #expect(lastModified.hasSuffix(" GMT"))
        let file = try Data(contentsOf: URL(fileURLWithPath: folder + "/public/feeds/public/johtoryhma.ics"))
        #expect(feed.body == file)
        #expect(!feed.text.contains("ATTENDEE") && !feed.text.contains("@example"))
        let etag = try #require(feed.headers["etag"])
        for header in ["If-None-Match: \(etag)", "If-None-Match: \"other\", \(etag)", "If-None-Match: W/\(etag)",
                       "If-None-Match: *", "If-Modified-Since: \(lastModified)"] {
            let cached = try server.curl("/feeds/public/johtoryhma.ics", ["-H", header])
            #expect(cached.status == 304, "\(header)")
            #expect(cached.body.isEmpty && cached.headers["etag"] == etag)
        }
        #expect(try server.curl("/feeds/public/johtoryhma.ics", ["-H", "If-None-Match: \"other\""]).status == 200)
        // HEAD: the same headers, no body (curl -I prints only the head).
        let head = try server.curl("/feeds/public/johtoryhma.ics", ["-I"])
        #expect(head.status == 200 && head.headers["content-length"] == String(file.count))
        #expect(!head.text.contains("BEGIN:VCALENDAR"))

        let wheel = try server.curl("/wheel/all.svg")
        #expect(wheel.status == 200 && wheel.headers["content-type"] == "image/svg+xml; charset=utf-8")
        #expect(wheel.text.contains(">Tammikuu</text>"))
        #expect(try server.curl("/wheel/sv/johtoryhma.svg").text.contains(">Januari</text>"))
        #expect(try server.curl("/wheel/fi/all.svg").body == wheel.body, "the page's Finnish wheel is the built one")
        #expect(try server.curl("/wheel/2027/all.svg").status == 200)
        #expect(try server.curl("/static/site.js").headers["content-type"] == "text/javascript; charset=utf-8")
    }

    @Test("Traversal in any encoding, unknown paths and private feeds without a token all get the same 404")
    func refuses() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServerFixture(folder: folder)
        defer { server.stop() }
        let missing = try server.curl("/no-such-page")
        #expect(missing.status == 404)
        let attempts = [
            "/feeds/public/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/feeds/public/%2e%2e%2fjohtoryhma.ics",
            "/feeds/public/%252e%252e/%252e%252e/etc/passwd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
            "/feeds\\..\\..\\etc\\passwd", "/feeds/public/johtoryhma.ics%00.svg", "//etc/passwd", "/./feeds/public/all.ics",
            "/feeds/public/JOHTORYHMA.ics", "/feeds/johtoryhma.ics", "/feeds/people/koordinaattori.ics", "/private",
            "/private/x/feeds/people/koordinaattori.ics", "/public/feeds/all.ics", "/vuosikello.sqlite",
            "/networks/johtoryhma.yaml", "/templates/site.html.mustache",
        ]
        for path in attempts {
            let reply = try server.curl(path)
            #expect(reply.status == 404, "\(path)")
            #expect(reply.body == missing.body, "\(path): the same answer as any unknown path")
            #expect(!reply.text.contains("root:"), "\(path)")
        }
        let post = try server.curl("/feeds/public/all.ics", ["-X", "POST", "-d", "x=1"])
        #expect(post.status == 405 && post.headers["allow"] == "GET, HEAD")
        #expect(try server.curl("/" + String(repeating: "a", count: 5000)).status == 414)
        let big = NSTemporaryDirectory() + "vuosikello-body-" + UUID().uuidString
        try Data(repeating: 0x61, count: 200_000).write(to: URL(fileURLWithPath: big))
        defer { try? FileManager.default.removeItem(atPath: big) }
        #expect(try server.curl("/", ["-X", "GET", "--data-binary", "@" + big]).status == 413)
        let hugeHeader = try server.curl("/", ["-H", "X-Filler: " + String(repeating: "b", count: 120_000)])
        #expect(hugeHeader.status != 200, "an oversized header is not served")
        // Requests that are not HTTP, or are cut off, get 400 on that connection only.
        let malformed = [
            "\u{01}\u{02}garbage\r\n\r\n", "GET /\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\nBroken header\r\n\r\n",
            "GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n", "GET / HTTP/1.1\r\nHost:", "G\u{ff}T /../ HTTP/1.1\r\n\r\n",
            "GET /feeds/public/all.ics HTTP/9.9\r\nHost: a\r\n\r\n",
        ]
        for request in malformed {
            let answer = try server.raw(request)
            #expect(answer == "HTTP/1.1 400 Bad Request", "\(request.debugDescription) → \(answer)")
        }
        // And none of it took the server down.
        #expect(server.process.isRunning)
        #expect(try server.curl("/feeds/public/all.ics").status == 200)
    }

    @Test("Private feeds need the person's token; issuing, revoking and rule changes apply without a restart")
    func tokensAndChanges() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The coordinator has a name, an address and a number: members' outputs only.
        let people = folder + "/people.yaml"
        try (try String(contentsOfFile: people, encoding: .utf8)).replacingOccurrences(
            of: "    organisation: Eloisa\n    maxMeetingsPerDay: 1",
            with: "    organisation: Eloisa\n    name: Liisa Lahti\n    email: liisa.lahti@example.org\n    phone: \"+358 40 123 4567\"\n"
                + "    maxMeetingsPerDay: 1").write(toFile: people, atomically: true, encoding: .utf8)
        let server = try ServerFixture(folder: folder)
        defer { server.stop() }
        let env = ["VUOSIKELLO_TODAY": "2026-11-22"]
        let issued = try CLI.run(["token", "issue", "koordinaattori", "--rules", folder, "--base-url", server.base,
                                  "--lang", "en"], env: env)
        #expect(issued.status == 0, "\(issued.err)")
        let own = try #require(issued.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasSuffix("/feeds/people/koordinaattori.ics") })
        let parts = own.split(separator: "/")
        let token = String(parts[try #require(parts.firstIndex(of: "private")) + 1])
        #expect(token.count == 43, "256 bits, base64url")
        #expect(issued.out.contains("/private/\(token)/feeds/johtoryhma.ics"))
        #expect(try ServerFixture.eventually { try ServerFixture.curl(own).status == 200 })
        let personal = try ServerFixture.curl(own)
        #expect(personal.headers["cache-control"]?.hasPrefix("private") == true)
        #expect(personal.text.contains("BEGIN:VCALENDAR") && personal.text.contains("ATTENDEE"))
        #expect(personal.text.replacingOccurrences(of: "\r\n ", with: "").contains("CN=Liisa Lahti:mailto:liisa.lahti@example.org"))
        for path in ["/", "/feeds/public/johtoryhma.ics", "/feeds/public/all.ics", "/wheel/all.svg", "/wheel/johtoryhma.svg"] {
            let text = try server.curl(path).text.replacingOccurrences(of: "\r\n ", with: "")
            #expect(!text.isEmpty && !text.contains("Liisa") && !text.contains("liisa.lahti") && !text.contains("123 4567"),
                    "\(path) carries no name, address or number")
        }
        #expect(try server.curl("/private/\(token)/feeds/johtoryhma.ics").status == 200)
        #expect(try server.curl("/private/\(token)/feeds/people/johtoryhma-puheenjohtaja.ics").status == 404,
                "not someone else's feed")
        // One character off (a different one, whatever the token ends with).
        let near = token.dropLast() + (token.hasSuffix("A") ? "B" : "A")
        #expect(try server.curl("/private/\(near)/feeds/people/koordinaattori.ics").status == 404)
        let list = try CLI.run(["token", "list", "--rules", folder])
        #expect(list.out.hasPrefix("koordinaattori  ") && !list.out.contains(token), "the token is never shown again")

        // A move made while the server runs reaches the public feed.
        let before = try #require(try server.curl("/feeds/public/johtoryhma.ics").headers["etag"])
        #expect(try CLI.run(["move", "johtoryhma/2026/12", "2026-12-10", "--rules", folder], env: env).status == 0)
        #expect(try ServerFixture.eventually {
            let feed = try server.curl("/feeds/public/johtoryhma.ics")
            return feed.headers["etag"] != before && feed.text.contains("DTSTART;TZID=Europe/Helsinki:20261210T130000")
        })
        // A broken rule file keeps the last good site in service, and says why.
        let rule = folder + "/networks/haastavat-erot.yaml"
        let original = try String(contentsOfFile: rule, encoding: .utf8)
        try (original + "\nmood: typo\n").write(toFile: rule, atomically: true, encoding: .utf8)
        #expect(ServerFixture.eventually { server.log.contains("haastavat-erot.yaml:") })
        #expect(try server.curl("/feeds/public/haastavat-erot.ics").status == 200)
        try original.write(toFile: rule, atomically: true, encoding: .utf8)

        let revoked = try CLI.run(["token", "revoke", "koordinaattori", "--rules", folder, "--lang", "en"])
        #expect(revoked.status == 0 && revoked.out == "revoked the token and answer links of koordinaattori\n")
        #expect(try ServerFixture.eventually { try ServerFixture.curl(own).status == 404 })
        #expect(try CLI.run(["token", "revoke", "koordinaattori", "--rules", folder]).status == 1)
    }

    @Test("The front page in headless Chromium: no WCAG 2.1 AA violations, keyboard focus visible, copy works")
    func browser() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServerFixture(folder: folder)
        defer { server.stop() }
        let shots = folder + "/shot"
        let result = try Peer.json("page_peer.py", [server.base + "/", shots])
        let axe = try #require(result["axe"] as? [String: Any])
        #expect(axe["error"] == nil, "\(axe)")
        #expect((axe["violations"] as? [Any])?.isEmpty == true, "\(axe["violations"] ?? "")")
        #expect((axe["passes"] as? Int ?? 0) > 10)
        #expect(result["lang"] as? String == "fi")
        let focus = try #require(result["focus"] as? [[String: String]])
        #expect(focus.first?["text"] == "Siirry sisältöön", "the skip link comes first")
        #expect(focus.allSatisfy { $0["outline"] == "solid" }, "\(focus)")
        #expect(focus.contains { $0["tag"] == "button" && $0["text"] == "Kopioi" })
        #expect(result["status"] as? String == "Osoite kopioitu: \(server.base)/feeds/public/all.ics")
        #expect(result["wheel"] as? Int == 1500, "the wheel image loads")
        #expect(result["phoneOverflow"] as? Bool == false, "no sideways scrolling on a phone")
        for name in ["desktop", "phone"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: "\(shots)-\(name).png")[.size] as? Int) ?? 0
            #expect(size > 20_000, "\(name) screenshot")
        }
    }
}
