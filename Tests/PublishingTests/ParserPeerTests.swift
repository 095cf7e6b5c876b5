import Foundation
import Testing
import TestSupport
@testable import Publishing
@testable import Rendering
@testable import Rules
@testable import Scheduling

/// Feeds that more calendar parsers read whole. Before issue 10, Ruby's icalendar
/// rejected them for the VTIMEZONE's observances of 2037–2038, and ics-py and icalevents
/// for the second CATEGORIES line of each event (ics-py also for TZUNTIL).
@Suite("Feeds other parsers read")
struct ParserPeerTests {
    struct RubyReading: Decodable {
        let vevents: Int
        let events: Int?
        let error: String?
    }

    @Test("Ruby's icalendar reads every event of every feed of the example")
    func ruby() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (_, report) = try fixture.build(years: 2026...2029, now: FeedTests.firstBuild)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["ruby", Peer.script("ruby_peer.rb"), fixture.folder]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "ruby-icalendar (apt-get install ruby-icalendar)")
        let readings = try JSONDecoder().decode([String: RubyReading].self, from: data)
        #expect(readings.count == report.feeds.count)
        for (path, reading) in readings.sorted(by: { $0.key < $1.key }) {
            #expect(reading.error == nil, "\(path)")
            #expect(reading.events == reading.vevents, "\(path)")
        }
        #expect(readings.values.map(\.vevents).reduce(0, +) > 1000)
    }

    /// What a Python parser made of each file (see Tests/Peers/python_parsers_peer.py).
    static func python(_ parser: String, _ files: [String]) throws -> [String: RubyReading] {
        let data = try Peer.run([Peer.script("python_parsers_peer.py"), parser] + files,
                                what: "\(parser) (pip install ics icalevents)")
        return try JSONDecoder().decode([String: RubyReading].self, from: data)
    }

    static func feeds(under folder: String) -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder)
        var files: [String] = []
        while let name = walker?.nextObject() as? String {
            if name.hasSuffix(".ics") { files.append(folder + "/" + name) }
        }
        return files.sorted()
    }

    @Test("icalevents reads every event of every feed; ics-py every event of every public network feed")
    func python() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (_, report) = try fixture.build(years: 2026...2029, now: FeedTests.firstBuild)
        let every = Self.feeds(under: fixture.folder)
        #expect(every.count == report.feeds.count)
        let icalevents = try Self.python("icalevents", every)
        #expect(icalevents.count == every.count)
        for (path, reading) in icalevents.sorted(by: { $0.key < $1.key }) {
            #expect(reading.error == nil && reading.events == reading.vevents, "icalevents: \(path): \(reading)")
        }
        let publicFeeds = every.filter { $0.contains("/feeds/public/") && !$0.hasSuffix("/all.ics") }
        #expect(publicFeeds.count == 27)
        // One process per file: ics-py slows down with every file it has read before.
        var ics: [String: RubyReading] = [:]
        for file in publicFeeds { ics.merge(try Self.python("ics", [file])) { a, _ in a } }
        for (path, reading) in ics.sorted(by: { $0.key < $1.key }) {
            #expect(reading.error == nil && reading.events == reading.vevents, "ics-py: \(path): \(reading)")
        }
        #expect(ics.values.map(\.vevents).reduce(0, +) > 300)
    }

    @Test("One CATEGORIES line per event, a VTIMEZONE with only the feed's years, and the town named once")
    func shape() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        try fixture.build(years: 2026...2029, now: FeedTests.firstBuild)
        let text = try fixture.text("feeds/johtoryhma.ics")
        let events = text.components(separatedBy: "BEGIN:VEVENT").dropFirst()
        #expect(!events.isEmpty)
        for event in events {
            let lines = event.split(separator: "\r\n").filter { $0.hasPrefix("CATEGORIES") }
            #expect(lines.count == 1 && lines[0].hasPrefix("CATEGORIES:johtoryhma,"))
        }
        let zone = try #require(text.range(of: "BEGIN:VTIMEZONE").flatMap { start in
            text.range(of: "END:VTIMEZONE").map { String(text[start.lowerBound..<$0.upperBound]) } })
        #expect(zone.components(separatedBy: "BEGIN:DAYLIGHT").count == 2)
        #expect(zone.components(separatedBy: "BEGIN:STANDARD").count == 2)
        #expect(!zone.contains("DTSTART:2037") && !zone.contains("DTSTART:2038") && !zone.contains("TZUNTIL"))
        // The public LOCATION names the town once ("Kokoushuone, Juva", not "…, Juva, Juva").
        let everyone = try fixture.text("feeds/public/johtoryhma.ics")
        #expect(everyone.contains("LOCATION:Eloisan kokoustila\\, Mikkeli\r\n"))
        #expect(!everyone.contains("Mikkeli\\, Mikkeli"))
    }
}
