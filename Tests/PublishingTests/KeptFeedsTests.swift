import Foundation
import TestSupport
import Testing
@testable import Publishing
@testable import Rules
@testable import Scheduling
@testable import Storage

@Suite("Feeds kept when nothing they are made from changed")
struct KeptFeedsTests {
    /// A copy of the example with its own database and output folder, built as `build` builds.
    final class ExampleCopy {
        let folder: String
        let out: String
        var today = Day(iso: "2026-01-15")!

        init() throws {
            folder = try CLI.copyOfExample()
            out = folder + "-out"
        }

        var project: Project { Project(rulesFolder: folder, databasePath: folder + "/vuosikello.sqlite") }

        func build(rules: RuleSet? = nil, keeping: Bool = true,
                   meanwhile: (@Sendable () -> Bool)? = nil) throws -> ProjectBuild.Result {
            var options = ProjectBuild.Options(out: out, language: .fi, years: 2026...2027, documents: [],
                                               wheels: false, today: today, now: 1_780_000_000)
            options.keepsUnchangedFeeds = keeping
            options.stillCurrent = meanwhile
            return try ProjectBuild(project: project, rules: rules ?? RuleLoader().load(folder: folder).rules!)
                .run(options)
        }

        /// Every feed file's bytes, by path.
        func feeds() throws -> [String: Data] {
            var result: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: out)!
            while let path = enumerator.nextObject() as? String {
                if path.hasSuffix(".ics") { result[path] = FileManager.default.contents(atPath: out + "/" + path) }
            }
            return result
        }

        deinit { for path in [folder, out] { try? FileManager.default.removeItem(atPath: path) } }
    }

    @Test("A rebuild from the same inputs keeps every feed unreconciled, with the same report and bytes")
    func keptWhenUnchanged() throws {
        let copy = try ExampleCopy()
        let first = try copy.build()
        #expect(first.feeds.publication != nil)
        #expect(first.feeds.feeds.count > 100)
        let files = try copy.feeds()
        let second = try copy.build()
        #expect(second.feeds.publication == nil)
        #expect(second.feeds.feeds.isEmpty)
        #expect(second.feeds.unchanged == first.feeds.feeds.count)
        #expect(second.feeds.events == first.feeds.events)
        #expect(second.plan.meetings == first.plan.meetings)
        #expect(try copy.feeds() == files)
        // Asked not to keep them, a build reconciles every event and finds them all unchanged.
        let full = try copy.build(keeping: false)
        #expect(full.feeds.publication != nil)
        #expect(full.feeds.feeds.isEmpty && full.feeds.records.isEmpty)
        #expect(full.feeds.unchanged == first.feeds.feeds.count)
    }

    @Test("A move (also one stored while a build plans), a rule edit, a changed import, another day, a feed file removed and rules changed in code each build the feeds again")
    func builtAgainOnChange() throws {
        let copy = try ExampleCopy()
        let first = try copy.build()
        #expect(try copy.build().feeds.publication == nil)

        // A move stored meanwhile (as the workspace or `move` stores it).
        let meeting = try #require(first.plan.meetings.first { $0.day > Day(iso: "2026-03-01")! })
        try ProjectDatabase(path: copy.project.databasePath)
            .save(MeetingOverride(key: meeting.key, day: meeting.day.adding(days: 1), start: meeting.start))
        let moved = try copy.build()
        #expect(moved.feeds.publication != nil)
        #expect(!moved.feeds.feeds.isEmpty)
        #expect(moved.plan.meetings.first { $0.key == meeting.key }?.day == meeting.day.adding(days: 1))
        #expect(try copy.build().feeds.publication == nil)

        // A move stored while a build plans (the workspace's act during the server's rebuild):
        // that build is not taken for one made with the move, so the next one publishes it.
        let later = try #require(moved.plan.meetings.first { $0.day > meeting.day.adding(days: 30) })
        let database = copy.project.databasePath
        let racing = try copy.build(meanwhile: {
            (try? ProjectDatabase(path: database).save(MeetingOverride(key: later.key, day: later.day.adding(days: 1),
                                                                       start: later.start))) != nil
        })
        #expect(racing.plan.meetings.first { $0.key == later.key }?.day == later.day)
        let caughtUp = try copy.build()
        #expect(caughtUp.feeds.publication != nil)
        #expect(caughtUp.plan.meetings.first { $0.key == later.key }?.day == later.day.adding(days: 1))
        #expect(try copy.build().feeds.publication == nil)

        // A rule file edited: the network's title changes in its feed.
        let file = copy.folder + "/networks/" + meeting.networkID + ".yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let range = try #require(text.range(of: "  fi: "))
        try text.replacingCharacters(in: range, with: "  fi: Uusi nimi, ").write(toFile: file, atomically: true,
                                                                                encoding: .utf8)
        let edited = try copy.build()
        #expect(edited.feeds.publication != nil)
        #expect(edited.feeds.written.contains("feeds/\(meeting.networkID).ics"))
        #expect(try copy.build().feeds.publication == nil)

        // Another day: the window moves and the past becomes history.
        copy.today = copy.today.adding(days: 1)
        #expect(try copy.build().feeds.publication != nil)
        #expect(try copy.build().feeds.publication == nil)

        // A feed file removed by hand is written again.
        try FileManager.default.removeItem(atPath: copy.out + "/feeds/all.ics")
        let restored = try copy.build()
        #expect(restored.feeds.written == ["feeds/all.ics"])
        #expect(try copy.build().feeds.publication == nil)

        // An imported calendar is among the rules' texts.
        let imported = copy.folder + "/imports/koordinaattori-outlook.ics"
        let before = RuleLoader().load(folder: copy.folder).rules?.sourcePrint
        #expect(before != nil && RuleLoader().load(folder: copy.folder).rules?.sourcePrint == before)
        try (try String(contentsOfFile: imported, encoding: .utf8)).replacingOccurrences(of: "SUMMARY:", with: "SUMMARY:Muu ")
            .write(toFile: imported, atomically: true, encoding: .utf8)
        #expect(RuleLoader().load(folder: copy.folder).rules?.sourcePrint != before)
        #expect(try copy.build().feeds.publication != nil)

        // Rules changed after loading have no print of their texts: never taken for unchanged.
        var rules = RuleLoader().load(folder: copy.folder).rules!
        #expect(rules.sourcePrint != nil)
        rules.networks[0].color = "teal"
        #expect(rules.sourcePrint == nil)
        #expect(try copy.build(rules: rules).feeds.publication != nil)
    }
}
