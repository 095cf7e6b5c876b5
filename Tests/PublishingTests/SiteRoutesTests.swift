import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
@testable import Publishing
@testable import Rules

/// The server's routes and middleware, in process (HummingbirdTesting's router client),
/// on a site built from a copy of the example.
@Suite("Site routes", .serialized)
struct SiteRoutesTests {
    static func withRoutes(today: Day = Day(iso: "2026-11-22")!,
                           _ body: @escaping @Sendable (SiteRoutes, any TestClientProtocol) async throws -> Void) async throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let builder = SiteBuilder(rulesFolder: folder, databasePath: nil, out: folder + "/public", language: .fi)
        let watcher = try SiteWatcher(builder: builder) { (today, 1_795_000_000) }
        let routes = SiteRoutes(watcher: watcher, baseURL: nil)
        routes.listening.set(host: "127.0.0.1", port: 8080)
        try await Application(router: routes.router()).test(.router) { client in try await body(routes, client) }
    }

    @Test("A feed with its validators; If-None-Match and If-Modified-Since give 304; HEAD has no body")
    func conditional() async throws {
        try await Self.withRoutes { _, client in
            let feed = try await client.execute(uri: "/feeds/public/johtoryhma.ics", method: .get)
            #expect(feed.status == .ok && feed.headers[.contentType] == "text/calendar; charset=utf-8")
            let etag = try #require(feed.headers[.eTag]), modified = try #require(feed.headers[.lastModified])
            #expect(String(buffer: feed.body).hasPrefix("BEGIN:VCALENDAR"))
            #expect(feed.headers[.xContentTypeOptions] == "nosniff" && feed.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            for headers: HTTPFields in [[.ifNoneMatch: etag], [.ifNoneMatch: "\"x\", W/" + etag], [.ifModifiedSince: modified]] {
                let again = try await client.execute(uri: "/feeds/public/johtoryhma.ics", method: .get, headers: headers)
                #expect(again.status == .notModified && again.body.readableBytes == 0 && again.headers[.eTag] == etag)
            }
            let other = try await client.execute(uri: "/feeds/public/johtoryhma.ics", method: .get,
                                                 headers: [.ifNoneMatch: "\"something else\""])
            #expect(other.status == .ok)
            let head = try await client.execute(uri: "/feeds/public/johtoryhma.ics", method: .head)
            #expect(head.status == .ok && head.body.readableBytes == 0 && head.headers[.eTag] == etag)
        }
    }

    @Test("Refusals: 405 with Allow, 414, one plain 404 for anything unknown, traversal or a wrong token")
    func refusals() async throws {
        try await Self.withRoutes { _, client in
            let post = try await client.execute(uri: "/", method: .post)
            #expect(post.status == .methodNotAllowed && post.headers[.allow] == "GET, HEAD")
            let long = try await client.execute(uri: "/" + String(repeating: "a", count: 3000), method: .get)
            #expect(long.status == .uriTooLong)
            let plain = try await client.execute(uri: "/no-such-page", method: .get)
            #expect(plain.status == .notFound && String(buffer: plain.body).hasPrefix("404 – Ei löydy"))
            for uri in ["/feeds/public/../../people.yaml", "/feeds/public/%2e%2e/x.ics", "/feeds/public/nosuch.ics",
                        "/private/not-a-token/feeds/people/koordinaattori.ics", "/wheel/../calendar.yaml",
                        "/static/site.css/"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound && response.body == plain.body, "\(uri)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test("The page in three languages links to the listening address (the Host header is covered end to end)")
    func page() async throws {
        try await Self.withRoutes { _, client in
            for (uri, lang) in [("/", "fi"), ("/sv", "sv"), ("/en", "en")] {
                let page = try await client.execute(uri: uri, method: .get)
                let text = String(buffer: page.body)
                #expect(page.status == .ok && text.contains("<html lang=\"\(lang)\">"))
                #expect(text.contains("http://127.0.0.1:8080/feeds/public/all.ics"))
                #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
            let wheel = try await client.execute(uri: "/wheel/fi/all.svg", method: .get)
            #expect(wheel.status == .ok && wheel.headers[.contentType] == "image/svg+xml; charset=utf-8")
        }
    }

    @Test("A past year's archive feed is served and linked from the page; members reach their network's archive")
    func archive() async throws {
        try await Self.withRoutes(today: Day(iso: "2027-09-01")!) { routes, client in
            let feed = try await client.execute(uri: "/feeds/public/archive/2026/johtoryhma.ics", method: .get)
            #expect(feed.status == .ok && feed.headers[.contentType] == "text/calendar; charset=utf-8")
            let text = String(buffer: feed.body).replacingOccurrences(of: "\r\n ", with: "")
            #expect(text.contains("X-WR-CALNAME:Etelä-Savon lasten, nuorten ja perheiden johtoryhmä: arkisto 2026\r\n"))
            #expect(text.contains("DTSTART;TZID=Europe/Helsinki:2026") && !text.contains("DTSTART;TZID=Europe/Helsinki:2027"))
            let page = String(buffer: try await client.execute(uri: "/", method: .get).body)
            #expect(page.contains("href=\"http://127.0.0.1:8080/feeds/public/archive/2026/johtoryhma.ics\">2026</a>"))
            #expect(page.contains("href=\"http://127.0.0.1:8080/feeds/public/archive/2026/all.ics\">2026</a>"))
            #expect(!page.contains("/archive/2027/"), "this year is not history yet")
            let site = routes.watcher.current
            let chair = try #require(site.rules.network("johtoryhma")?.members.first?.personID)
            #expect(site.access[chair]?.contains("feeds/archive/2026/johtoryhma.ics") == true)
            #expect(site.privateResources["feeds/archive/2026/johtoryhma.ics"] != nil)
            let missing = try await client.execute(uri: "/feeds/public/archive/2027/johtoryhma.ics", method: .get)
            #expect(missing.status == .notFound)
        }
    }

    @Test("Clean paths: letters, digits and / . - _ only, never .. or //")
    func cleanPaths() {
        for path in ["/", "/feeds/public/all.ics", "/feeds/public/archive/2026/ero-mikkeli.ics", "/static/site.css", "/a_b"] {
            #expect(RequestGuardMiddleware.isClean(path), "\(path)")
        }
        for path in ["", "feeds", "//", "/feeds//x", "/..", "/a/../b", "/a/..", "/%2e", "/a b", "/ä", "/a?b", "/a\\b"] {
            #expect(!RequestGuardMiddleware.isClean(path), "\(path)")
        }
    }
}
