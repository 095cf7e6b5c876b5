import Foundation
import Testing
@testable import Publishing
@testable import Rendering
@testable import Rules
@testable import Scheduling
@testable import Storage

@Suite("iCalendar feeds", .serialized)
struct FeedTests {
    static let firstBuild = 1_790_000_000   // 2026-09-21
    static let laterBuild = 1_790_090_000

    @Test("Every feed is valid to libical and to Python's icalendar, and both agree with the plan")
    func validAndAgreed() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (plan, report) = try fixture.build(years: 2026...2029, now: Self.firstBuild)
        let networks = fixture.rules.networks.count, people = fixture.rules.people.count
        #expect(report.feeds.count == 2 * networks + 2 + people)
        let peer = try fixture.peer()
        #expect(peer.count == report.feeds.count)
        let clock = RegionClock(identifier: "Europe/Helsinki")
        let all = try #require(peer["feeds/all.ics"])
        let builder = fixture.events
        #expect(all.events.count == plan.meetings.count + plan.tasks.filter { !$0.isDeadline }.count)
        #expect(all.expanded == all.events.count)
        for meeting in plan.meetings {
            let event = try #require(all.event(builder.uid(meetingKey: meeting.key)))
            #expect(event.start == clock.iso8601(meeting.day, meeting.start))
            #expect(event.end == clock.iso8601(meeting.day, meeting.end))
            #expect(event.status == (meeting.isCancelled ? "CANCELLED" : "CONFIRMED"))
            #expect(event.summary.hasPrefix(fixture.rules.network(meeting.networkID)!.title.fi))
        }
        // libical reads its own output back: every meeting on its day and time.
        let read = try CalendarImport(years: 2026...2029, timeZone: TimeZone(identifier: "Europe/Helsinki")!,
                                      skipFree: true).read(path: fixture.folder + "/feeds/all.ics")
        let meetings = plan.meetings.filter { !$0.isCancelled }
        #expect(read.count == meetings.count)
        #expect(Set(read.map { "\($0.firstDay.iso) \($0.startTime!)" })
            == Set(meetings.map { "\($0.day.iso) \($0.start)" }))
    }

    @Test("A feed written in pieces is exactly what libical writes for the whole calendar")
    func pieceByPieceEqualsWhole() throws {
        let rules = FeedFixture.example
        var plan = Project.plan(rules, years: 2026...2026, state: PlanState(today: Day(iso: "2025-01-01")!))
        plan.meetings[1].status = .cancelled
        plan.meetings[2].status = .moved
        let renderer = ICalendarRenderer(rules: rules, language: .fi, plan: plan, years: 2026...2029)
        let metadata = FeedMetadata(name: "Testi, ja; muuta", description: "Kuvaus\nrivi", color: "teal")
        let all = FeedEventBuilder(domain: "etela-savo.vuosikello").events(plan)
        let picked = [all[0], all[1], all[2], all[plan.meetings.count], all[plan.meetings.count + 1]]
        let events = picked.enumerated().map { ($1, EventStamp(sequence: $0, created: 1_780_000_000, modified: 1_780_000_000 + $0)) }
        for audience in Audience.allCases {
            let (header, footer) = renderer.frame(metadata)
            let pieces = header + events.map { renderer.eventText($0.0, stamp: $0.1, audience: audience) }.joined() + footer
            #expect(pieces == renderer.wholeCalendar(metadata, events: events, audience: audience))
            let bytes = events.map { renderer.eventBytes($0.0, stamp: $0.1, audience: audience) }
            #expect(bytes.map { String(decoding: $0, as: UTF8.self) } == events.map { renderer.eventText($0.0, stamp: $0.1, audience: audience) })
        }
    }

    @Test("Lines are folded at 75 octets without splitting a character, with CRLF endings")
    func folding() throws {
        var rules = FeedFixture.example
        let index = rules.networks.firstIndex { $0.id == "kohtaamispaikat" }!
        rules.networks[index].title = LocalizedText(fi: String(repeating: "Äiti-isä-lapsi 🌲 ", count: 12))
        let fixture = FeedFixture(rules: rules)
        try fixture.build(now: Self.firstBuild)
        for (path, data) in try fixture.snapshot() {
            let bytes = [UInt8](data)
            var lineStart = 0
            for i in bytes.indices where bytes[i] == 0x0A {
                #expect(i > 0 && bytes[i - 1] == 0x0D, "\(path): a line ends without CR")
                let line = Array(bytes[lineStart..<(i - 1)])
                #expect(line.count <= 75, "\(path): a line of \(line.count) octets")
                #expect(String(validating: line, as: UTF8.self) != nil, "\(path): a line splits a character")
                lineStart = i + 1
            }
            #expect(lineStart == bytes.count, "\(path) does not end with CRLF")
        }
        let peer = try fixture.peer()
        let event = try #require(peer["feeds/public/kohtaamispaikat.ics"]?.events.first)
        #expect(event.summary == String(repeating: "Äiti-isä-lapsi 🌲 ", count: 12))
    }

    @Test("Names with ä, ö, å, emoji, commas, semicolons and newlines survive the trip")
    func specialCharacters() throws {
        var rules = FeedFixture.example
        let index = rules.networks.firstIndex { $0.id == "ero-mikkeli" }!
        let title = "Åbo, Vöyri; Ääni 😀 \"lainaus\" \\ vino"
        let item = "Asia; jossa pilkku, ja\nrivinvaihto ✅"
        rules.networks[index].title = LocalizedText(fi: title)
        rules.networks[index].annualCycle = [AnnualCycleItem(title: LocalizedText(item), at: .first,
                                                             location: SourceLocation(file: "x", line: 1, column: 1))]
        let fixture = FeedFixture(rules: rules)
        let (plan, _) = try fixture.build(now: Self.firstBuild)
        let first = try #require(plan.meetings.first { $0.networkID == "ero-mikkeli" })
        let peer = try fixture.peer()
        let event = try #require(peer["feeds/ero-mikkeli.ics"]?.event(fixture.events.uid(meetingKey: first.key)))
        #expect(event.summary == title)
        #expect(event.description.contains("• " + item))
        #expect(peer["feeds/ero-mikkeli.ics"]?.name == title)
        #expect(peer["feeds/ero-mikkeli.ics"]?.calname == title)
    }

    @Test("Times are right on both sides of the March and October clock changes, never floating")
    func daylightSaving() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        try fixture.build(years: 2026...2029, now: Self.firstBuild)
        func lastSunday(_ month: Int, _ year: Int) -> Day {
            var day = Day.lastOf(month: month, year: year)
            while day.weekday != .sunday { day = day.adding(days: -1) }
            return day
        }
        var checked = (march: 0, october: 0)
        for event in try fixture.peer()["feeds/all.ics"]!.events where event.start.contains("T") {
            #expect(!event.start.hasPrefix("FLOATING"), "\(event.uid)")
            let day = try #require(Day(iso: String(event.start.prefix(10))))
            let summer = day >= lastSunday(3, day.year) && day < lastSunday(10, day.year)
            #expect(event.start.hasSuffix(summer ? "+03:00" : "+02:00"), "\(event.uid) \(event.start)")
            if day.month == 3 { checked.march += 1 }
            if day.month == 10 { checked.october += 1 }
        }
        #expect(checked.march > 5 && checked.october > 5)
    }

    @Test("Public feeds carry no names, e-mail addresses, attendee lists or meeting links")
    func privacy() throws {
        var rules = FeedFixture.example
        rules.people["koordinaattori"]!.email = "koordinaattori@example.org"
        rules.people["koordinaattori"]!.name = "Liisa Lahti"
        rules.people["koordinaattori"]!.phone = "+358 40 123 4567"
        let fixture = FeedFixture(rules: rules)
        try fixture.build(now: Self.firstBuild)
        let titles = rules.people.values.map(\.title.fi) + ["Liisa Lahti", "+358 40 123 4567"]
        for (path, data) in try fixture.snapshot() where path.hasPrefix("feeds/public/") {
            let text = String(decoding: data, as: UTF8.self)
            let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
            #expect(!unfolded.contains("ATTENDEE") && !unfolded.contains("ORGANIZER"), "\(path)")
            #expect(!unfolded.contains("mailto:") && !unfolded.contains("@example.org"), "\(path)")
            #expect(!unfolded.contains("https://teams"), "\(path)")
            for title in titles where !title.isEmpty { #expect(!unfolded.contains(title), "\(path) names \(title)") }
        }
        let members = try fixture.text("feeds/johtoryhma.ics").replacingOccurrences(of: "\r\n ", with: "")
        // Members see each other by name, where the rules give one.
        #expect(members.contains("ORGANIZER;CN=Liisa Lahti:mailto:koordinaattori@example.org"))
        #expect(members.contains("ROLE=CHAIR"))
        #expect(members.contains("ROLE=REQ-PARTICIPANT"))
        let lape = try fixture.text("feeds/lape-juva.ics").replacingOccurrences(of: "\r\n ", with: "")
        #expect(lape.contains("ROLE=OPT-PARTICIPANT"))
    }

    @Test("The same plan gives byte-identical files, and an unchanged rebuild rewrites nothing")
    func idempotent() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (_, first) = try fixture.build(now: Self.firstBuild)
        let before = try fixture.snapshot()
        let (_, second) = try fixture.build(now: Self.laterBuild)
        #expect(second.feeds.isEmpty)
        #expect(second.unchanged == first.feeds.count)
        #expect(second.records.isEmpty)
        #expect(try fixture.snapshot() == before)
        // A deleted file is written again, the same bytes.
        try FileManager.default.removeItem(atPath: fixture.folder + "/feeds/all.ics")
        let (_, third) = try fixture.build(now: Self.laterBuild + 1)
        #expect(third.written == ["feeds/all.ics"])
        #expect(try fixture.snapshot() == before)
    }

    @Test("The benchmark's reference writer, libical alone, writes the build's files byte for byte")
    func referenceWriter() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (_, report) = try fixture.build(now: Self.firstBuild)
        let writer = ReferenceFeedWriter(try #require(report.publication))
        #expect(Set(writer.paths) == Set(report.written))
        #expect(writer.eventCount > 0)
        let folder = fixture.folder + "-reference"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try writer.write(into: folder)
        for path in writer.paths {
            #expect(FileManager.default.contents(atPath: folder + "/" + path) == (try fixture.data(path)), "\(path)")
        }
    }

    @Test("A moved meeting keeps its UID; SEQUENCE rises by one and DTSTAMP is the time of the move")
    func move() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (plan, _) = try fixture.build(now: Self.firstBuild)
        let meeting = try #require(plan.meetings.first { $0.networkID == "lp-kehittajat" && $0.day.year == 2026 })
        let other = try #require(plan.meetings.first { $0.networkID == "johtoryhma" })
        let uid = fixture.events.uid(meetingKey: meeting.key)
        let before = try fixture.peer()
        try fixture.database.save(MeetingOverride(key: meeting.key, day: meeting.day.adding(days: 1), start: meeting.start))
        let (_, report) = try fixture.build(now: Self.laterBuild)
        let after = try fixture.peer()
        let old = try #require(before["feeds/lp-kehittajat.ics"]?.event(uid))
        let new = try #require(after["feeds/lp-kehittajat.ics"]?.event(uid))
        #expect(new.sequence == old.sequence + 1)
        #expect(new.start != old.start)
        #expect(new.description.contains("siirretty"))
        let stamp = try fixture.text("feeds/lp-kehittajat.ics")
        #expect(stamp.contains("DTSTAMP:\(EventStamp.utcText(Self.laterBuild))"))
        // Unrelated events keep their version and stamp; unrelated feeds are not rewritten.
        let otherUID = fixture.events.uid(meetingKey: other.key)
        #expect(after["feeds/johtoryhma.ics"]?.event(otherUID)?.sequence == before["feeds/johtoryhma.ics"]?.event(otherUID)?.sequence)
        #expect(!report.written.contains("feeds/johtoryhma.ics"))
        #expect(report.written.contains("feeds/all.ics") && report.written.contains("feeds/public/lp-kehittajat.ics"))
    }

    @Test("A meeting's deadlines follow it: a move raises their SEQUENCE, a cancellation takes them out")
    func deadlinesFollowTheirMeeting() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (plan, _) = try fixture.build(now: Self.firstBuild)
        let meeting = try #require(plan.meetings.first { $0.networkID == "johtoryhma" && $0.day.month == 3 })
        let builder = fixture.events
        let agenda = builder.uid(taskKey: meeting.key + "/agenda")
        let before = try #require(try fixture.peer()["feeds/people/koordinaattori.ics"]?.event(agenda))
        #expect(before.sequence == 0)
        try fixture.database.save(MeetingOverride(key: meeting.key, day: meeting.day.adding(days: 7), start: meeting.start))
        try fixture.build(now: Self.laterBuild)
        let moved = try #require(try fixture.peer()["feeds/people/koordinaattori.ics"]?.event(agenda))
        #expect(moved.sequence == 1)
        #expect(moved.start != before.start)
        try fixture.database.save(MeetingOverride(key: meeting.key, cancelled: true))
        try fixture.build(now: Self.laterBuild + 10)
        let feed = try #require(try fixture.peer()["feeds/people/koordinaattori.ics"])
        #expect(feed.event(agenda) == nil)
        #expect(feed.event(builder.uid(meetingKey: meeting.key))?.status == "CANCELLED")
    }

    @Test("A cancelled meeting stays in the feed as STATUS:CANCELLED with a higher SEQUENCE")
    func cancelled() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (plan, _) = try fixture.build(now: Self.firstBuild)
        let meeting = try #require(plan.meetings.first { $0.networkID == "kohtaamispaikat" })
        try fixture.database.save(MeetingOverride(key: meeting.key, cancelled: true))
        try fixture.build(now: Self.laterBuild)
        let uid = fixture.events.uid(meetingKey: meeting.key)
        let event = try #require(try fixture.peer()["feeds/public/kohtaamispaikat.ics"]?.event(uid))
        #expect(event.status == "CANCELLED" && event.sequence == 1)
        #expect(event.summary.hasPrefix("Peruttu: "))
    }

    @Test("A meeting removed from the rules is cancelled, not dropped, in every feed that had it")
    func removedNetwork() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (plan, _) = try fixture.build(now: Self.firstBuild)
        let removed = plan.meetings.filter { $0.networkID == "vertaisryhmaohjaajat" }
        fixture.rules.networks.removeAll { $0.id == "vertaisryhmaohjaajat" }
        let (_, report) = try fixture.build(now: Self.laterBuild)
        #expect(report.removed >= removed.count)
        let peer = try fixture.peer()
        let builder = fixture.events
        for meeting in removed {
            let uid = builder.uid(meetingKey: meeting.key)
            for feed in ["feeds/all.ics", "feeds/public/all.ics", "feeds/vertaisryhmaohjaajat.ics",
                         "feeds/public/vertaisryhmaohjaajat.ics", "feeds/people/koordinaattori.ics"] {
                let event = try #require(peer[feed]?.event(uid), "\(feed) lost \(uid)")
                #expect(event.status == "CANCELLED" && event.sequence == 1)
            }
        }
        // And it stays that way: nothing changes on the next build.
        let (_, again) = try fixture.build(now: Self.laterBuild + 100)
        #expect(again.feeds.isEmpty && again.records.isEmpty)
    }

    @Test("A meeting leaving the window ages out: not cancelled, its state kept, the year whole in the archive")
    func agingOut() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        fixture.today = Day(iso: "2026-01-01")!
        let (plan, _) = try fixture.build(years: 2026...2028, now: Self.firstBuild)
        let builder = fixture.events
        let leadership = plan.meetings.filter { $0.networkID == "johtoryhma" && $0.day.year == 2026 }
        let first = try #require(leadership.first)
        #expect(try fixture.peer()["feeds/public/johtoryhma.ics"]?.event(builder.uid(meetingKey: first.key)) != nil)

        // A year and a half on: 2026's first half has left the twelve months' window.
        fixture.today = Day(iso: "2027-08-15")!
        let (_, later) = try fixture.build(years: 2026...2028, now: Self.laterBuild)
        let gone = leadership.filter { $0.day < Day(iso: "2026-08-15")! }
        let goneUIDs = Set(gone.map { builder.uid(meetingKey: $0.key) })
        #expect(!later.records.contains { goneUIDs.contains($0.uid) }, "their stored state is untouched")
        let peer = try fixture.peer()
        let kept = leadership.filter { $0.day >= Day(iso: "2026-08-15")! }
        #expect(!gone.isEmpty && !kept.isEmpty)
        for path in ["feeds/public/johtoryhma.ics", "feeds/johtoryhma.ics", "feeds/all.ics", "feeds/public/all.ics"] {
            let feed = try #require(peer[path])
            for meeting in gone { #expect(feed.event(builder.uid(meetingKey: meeting.key)) == nil, "\(path) \(meeting.key)") }
            for meeting in kept { #expect(feed.event(builder.uid(meetingKey: meeting.key))?.status == "CONFIRMED") }
        }
        // The archive has the whole year as it was, at the SEQUENCE subscribers saw.
        for path in ["feeds/public/archive/2026/johtoryhma.ics", "feeds/archive/2026/johtoryhma.ics"] {
            let archive = try #require(peer[path])
            #expect(archive.events.map(\.uid).sorted() == leadership.map { builder.uid(meetingKey: $0.key) }.sorted())
            #expect(archive.events.allSatisfy { $0.status == "CONFIRMED" && $0.sequence == 0 })
            #expect(archive.calname.contains("2026"))
        }
        #expect(peer["feeds/public/archive/2027/johtoryhma.ics"] == nil, "only past years are archived")
        // Personal feeds carry the window but have no archive.
        #expect(peer["feeds/people/koordinaattori.ics"] != nil)
        #expect(!peer.keys.contains { $0.contains("/archive/") && $0.hasSuffix("/koordinaattori.ics") })
        // CalDAV keeps every event: a collection is not a subscribed file.
        let resources = try #require(later.publication?.resources(feed: "feeds/public/johtoryhma.ics"))
        #expect(gone.allSatisfy { resources.current.contains(builder.uid(meetingKey: $0.key)) })

        // Widening the window brings them back unchanged: nothing was ever cancelled.
        fixture.rules.calendar.feedWindow = FeedWindow(pastMonths: nil, futureMonths: nil)
        let (_, wide) = try fixture.build(years: 2026...2028, now: Self.laterBuild + 100)
        #expect(!wide.records.contains { goneUIDs.contains($0.uid) })
        let back = try #require(try fixture.peer()["feeds/public/johtoryhma.ics"])
        for meeting in gone {
            let event = try #require(back.event(builder.uid(meetingKey: meeting.key)))
            #expect(event.status == "CONFIRMED" && event.sequence == 0)
        }
    }

    @Test("A window with an end: later meetings join the feed as it reaches them, as they were planned")
    func windowAhead() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        fixture.rules.calendar.feedWindow = FeedWindow(pastMonths: 1, futureMonths: 3)
        fixture.today = Day(iso: "2026-01-10")!
        let (plan, _) = try fixture.build(years: 2026...2027, now: Self.firstBuild)
        let builder = fixture.events
        let feed = try #require(try fixture.peer()["feeds/public/kohtaamispaikat.ics"])
        let meetings = plan.meetings.filter { $0.networkID == "kohtaamispaikat" }
        let inside = meetings.filter { $0.day >= Day(iso: "2025-12-10")! && $0.day <= Day(iso: "2026-04-10")! }
        #expect(Set(feed.events.map(\.uid)) == Set(inside.map { builder.uid(meetingKey: $0.key) }))
        fixture.today = Day(iso: "2026-09-01")!
        try fixture.build(years: 2026...2027, now: Self.laterBuild)
        let moved = try #require(try fixture.peer()["feeds/public/kohtaamispaikat.ics"])
        let now = meetings.filter { $0.day >= Day(iso: "2026-08-01")! && $0.day <= Day(iso: "2026-12-01")! }
        #expect(!now.isEmpty)
        #expect(Set(moved.events.map(\.uid)) == Set(now.map { builder.uid(meetingKey: $0.key) }))
        #expect(moved.events.allSatisfy { $0.sequence == 0 && $0.status == "CONFIRMED" })
        // A window of one month has let January to July go: this year is archived whole already.
        let archive = try #require(try fixture.peer()["feeds/public/archive/2026/kohtaamispaikat.ics"])
        #expect(Set(archive.events.map(\.uid))
            == Set(meetings.filter { $0.day.year == 2026 }.map { builder.uid(meetingKey: $0.key) }))
    }

    @Test("Editing one network leaves the other networks' feeds byte-identical")
    func editOtherNetwork() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        try fixture.build(now: Self.firstBuild)
        let before = try fixture.snapshot()
        let index = fixture.rules.networks.firstIndex { $0.id == "perhekeskustoimijat" }!
        fixture.rules.networks[index].meetings?.preferredTimes = [TimeOfDay(text: "10:00")!]
        let (_, report) = try fixture.build(now: Self.laterBuild)
        let after = try fixture.snapshot()
        #expect(after["feeds/perhekeskustoimijat.ics"] != before["feeds/perhekeskustoimijat.ics"])
        for network in fixture.rules.networks where network.id != "perhekeskustoimijat" {
            #expect(after["feeds/\(network.id).ics"] == before["feeds/\(network.id).ics"], "\(network.id)")
            #expect(after["feeds/public/\(network.id).ics"] == before["feeds/public/\(network.id).ics"])
            #expect(!report.written.contains("feeds/\(network.id).ics"))
        }
    }

    @Test("An agenda change updates DTSTAMP without raising SEQUENCE")
    func minorChange() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (plan, _) = try fixture.build(now: Self.firstBuild)
        let meeting = try #require(plan.meetings.first { $0.networkID == "lp-kouluttajat" })
        let index = fixture.rules.networks.firstIndex { $0.id == "lp-kouluttajat" }!
        fixture.rules.networks[index].annualCycle.append(
            AnnualCycleItem(title: LocalizedText("Uusi asia"), at: .all, location: SourceLocation(file: "x", line: 1, column: 1)))
        try fixture.build(now: Self.laterBuild)
        let uid = fixture.events.uid(meetingKey: meeting.key)
        let event = try #require(try fixture.peer()["feeds/lp-kouluttajat.ics"]?.event(uid))
        #expect(event.sequence == 0)
        #expect(event.description.contains("Uusi asia"))
        #expect(try fixture.text("feeds/lp-kouluttajat.ics").contains("LAST-MODIFIED:\(EventStamp.utcText(Self.laterBuild))"))
    }

    @Test("A personal feed has the person's own meetings and the tasks they own, as all-day free events")
    func personalFeed() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        let (plan, _) = try fixture.build(now: Self.firstBuild)
        let feed = try #require(try fixture.peer()["feeds/people/koordinaattori.ics"])
        let expectedMeetings = plan.meetings.filter { m in m.attendees.contains { $0.personID == "koordinaattori" && !$0.optional } }
        let expectedTasks = plan.tasks.filter { $0.owners.contains("koordinaattori") }
        #expect(feed.events.count == expectedMeetings.count + expectedTasks.count)
        #expect(!feed.events.contains { $0.uid.hasPrefix("lape-") })
        let tasks = feed.events.filter { $0.uid.hasPrefix("task.") }
        #expect(tasks.count == expectedTasks.count)
        #expect(tasks.allSatisfy { $0.transparent && !$0.start.contains("T") })
        #expect(tasks.contains { $0.summary.hasPrefix("Perheiden kysely") })
        #expect(feed.name == "Perhekeskuskoordinaattori: omat kokoukset ja tehtävät")
    }

    @Test("Calendar name, colour and refresh interval are set")
    func calendarProperties() throws {
        let fixture = FeedFixture(rules: FeedFixture.example)
        try fixture.build(now: Self.firstBuild)
        let text = try fixture.text("feeds/public/johtoryhma.ics")
        for line in ["NAME:Etelä-Savon lasten\\, nuorten ja perheiden johtoryhmä", "X-WR-CALNAME:",
                     "REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H", "TZID:Europe/Helsinki",
                     "METHOD:PUBLISH"] {
            #expect(text.contains(line), "\(line)")
        }
        let colors = try fixture.peer().values.map(\.color)
        #expect(colors.allSatisfy { CSSColor.named[$0] != nil })
    }
}
