import Foundation
import Testing
@testable import Storage

@Suite("Feed tokens and CalDAV state")
struct PublishingStateTests {
    @Test("A new token replaces the old one; revoking removes it; only hashes are stored")
    func tokens() throws {
        let db = try ProjectDatabase()
        try db.saveToken(person: "koordinaattori", hash: "aa")
        try db.saveToken(person: "koordinaattori", hash: "bb")
        try db.saveToken(person: "jasen", hash: "cc")
        #expect(try db.tokens().map(\.personID) == ["jasen", "koordinaattori"])
        #expect(try db.tokens().first { $0.personID == "koordinaattori" }?.tokenHash == "bb")
        #expect(try db.revokeToken(person: "koordinaattori"))
        #expect(try !db.revokeToken(person: "koordinaattori"))
        #expect(try db.tokens().map(\.personID) == ["jasen"])
    }

    @Test("What a collection received is kept per collection and UID")
    func caldav() throws {
        let db = try ProjectDatabase()
        let a = "http://dav/a/", b = "http://dav/b/"
        try db.saveCalDAV(collection: a, saved: [
            CalDAVResourceRecord(collection: a, uid: "1", href: "/a/1.ics", etag: "\"e1\"", contentHash: "h1"),
            CalDAVResourceRecord(collection: a, uid: "2", href: "/a/2.ics", etag: nil, contentHash: "h2"),
        ], deleted: [])
        try db.saveCalDAV(collection: b, saved: [
            CalDAVResourceRecord(collection: b, uid: "1", href: "/b/1.ics", etag: "\"x\"", contentHash: "h"),
        ], deleted: [])
        #expect(try db.caldavResources(collection: a).keys.sorted() == ["1", "2"])
        try db.saveCalDAV(collection: a, saved: [
            CalDAVResourceRecord(collection: a, uid: "1", href: "/a/1.ics", etag: "\"e2\"", contentHash: "h1b"),
        ], deleted: ["2"])
        let after = try db.caldavResources(collection: a)
        #expect(after.keys.sorted() == ["1"] && after["1"]?.etag == "\"e2\"" && after["1"]?.contentHash == "h1b")
        #expect(try db.caldavResources(collection: b)["1"]?.etag == "\"x\"", "other collections untouched")
    }
}
