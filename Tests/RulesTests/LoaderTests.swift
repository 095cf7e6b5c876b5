import Foundation
import Testing
import TestSupport
@testable import Rules

@Suite("Loading rule folders")
struct LoaderTests {
    @Test("The shipped Etelä-Savo example loads without errors and has every network of seed 002")
    func example() throws {
        let result = RuleLoader().load(folder: Example.folder)
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.rendered(.en) })")
        let rules = try #require(result.rules)
        let ids = Set(rules.networks.map(\.id))
        let expected = ["johtoryhma", "perhekeskustoimijat", "opiskeluhuolto", "kohtaamispaikat", "lp-kehittajat",
                        "lp-kouluttajat", "ero-mikkeli", "ero-pieksamaki", "ero-savonlinna", "ero-maakunta",
                        "varhainen-tuki", "vertaisryhmaohjaajat", "vakivallaton", "haastavat-erot"]
        for id in expected { #expect(ids.contains(id), "missing \(id)") }
        #expect(ids.filter { $0.hasPrefix("lape-") }.count == 12)
        #expect(rules.calendar.period == 2026...2029)
        #expect(rules.calendar.noMeetingMonths == [7])
    }

    @Test("The example's people are role ids, not names")
    func examplePrivacy() throws {
        let rules = try #require(RuleLoader().load(folder: Example.folder).rules)
        for person in rules.people.values {
            #expect(RuleNode.isValidID(person.id))
            #expect(person.email == nil)
        }
    }

    @Test("A complete network file is read into its parts")
    func fullNetwork() throws {
        let folder = try RulesFolder(["networks/ero-testi.yaml": """
            id: ero-testi
            title: {fi: Eroryhmä, sv: Skilsmässogrupp, en: Divorce group}
            body: formal
            municipality: mikkeli
            cycleStart: aug
            members:
              - {person: puheenjohtaja, roles: [chair, convener], from: 2026-01-01, until: 2027-12-31}
              - {person: koordinaattori, attendance: every-other}
            rotation:
              secretary: [koordinaattori, puheenjohtaja]
              place: {among: [huone], by: year}
            meetings:
              windows:
                - {id: autumn, months: [sep, oct], mode: live, agenda: [Syksyn asiat]}
                - {id: winter, months: [dec, jan], count: 2}
              mode: remote
              online: teams
              place: huone
              weekdays: [tue, thu]
              earliest: "10:00"
              latest: "15:00"
              duration: 90min
            annualCycle:
              - {title: Vertaisarviointi, alternate: Itsearviointi, years: even, at: autumn}
            tasks:
              - {id: opas, title: Oppaan päivitys, owner: convener, from: 11-01, due: 12-15}
            reports:
              - {to: ero-testi-2, after: autumn, item: "Nostot"}
            """, "networks/ero-testi-2.yaml": RulesFolder.simpleNetwork])
        defer { folder.remove() }
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.rendered(.en) })")
        let network = try #require(result.rules?.network("ero-testi"))
        #expect(network.title.text(.sv) == "Skilsmässogrupp")
        #expect(network.body == .formal)
        #expect(network.cycleStartMonth == 8)
        #expect(network.members[0].roles == [.chair, .convener])
        #expect(network.members[1].attendance == .everyOther)
        #expect(network.rotations.map(\.subject) == [.secretary, .place])
        #expect(network.rotations[1].by == .year)
        let meetings = try #require(network.meetings)
        #expect(meetings.durationMinutes == 90)
        #expect(meetings.allowedWeekdays == [.tuesday, .thursday])
        guard case .windows(let windows) = meetings.phases.first?.cadence else {
            Issue.record("expected windows")
            return
        }
        #expect(windows[1].from == MonthDay(month: 12, day: 1) && windows[1].to == MonthDay(month: 1, day: 31))
        #expect(windows[1].count == 2)
        #expect(network.annualCycle.first?.at == .window("autumn"))
        #expect(network.tasks.first?.owners == [.role(.convener)])
        #expect(network.reports.first?.after == .window("autumn"))
        // Deadlines come from the calendar defaults when the network gives none.
        #expect(network.deadlines.isEmpty)
    }

    @Test("One-off dates are read alone or beside a cadence; a wrong one is named at its place")
    func oneOffDates() throws {
        let folder = try RulesFolder([
            "networks/a.yaml": "title: A\nmeetings:\n  dates: [2026-09-14 13:00, 2026-10-05]\n",
            "networks/b.yaml": "title: B\nmeetings:\n  cadence: 2 kertaa vuodessa\n  dates: 2026-12-01T10:00\n",
        ])
        defer { folder.remove() }
        let rules = try #require(folder.load().rules)
        #expect(rules.network("a")?.meetings?.dates.map(\.day.iso) == ["2026-09-14", "2026-10-05"])
        #expect(rules.network("a")?.meetings?.dates.first?.time == TimeOfDay(text: "13:00"))
        #expect(rules.network("a")?.meetings?.phases.isEmpty == true)
        #expect(rules.network("b")?.meetings?.dates.first?.time == TimeOfDay(text: "10:00"))
        let bad = try RulesFolder(["networks/a.yaml": "title: A\nmeetings:\n  dates: [2026-09-31, 2026-10-05 25:00]\n",
                                   "networks/b.yaml": "title: B\nmeetings:\n  cadence: monthly\n  start: 2027-05-01\n  end: 2027-03-01\n"])
        defer { bad.remove() }
        let errors = bad.load().errors
        #expect(errors.map(\.message) == [.invalidDate("2026-09-31"), .invalidTime("25:00"),
                                           .periodReversed(from: "2027-05-01", to: "2027-03-01")], "\(errors.map { $0.rendered(.en) })")
        let places = errors.compactMap(\.location).map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column)" }
        #expect(places == ["a.yaml:3:11", "a.yaml:3:23", "b.yaml:3:3"], "\(places)")
        // start and end bound any cadence.
        let bounded = try RulesFolder(["networks/b.yaml": "title: B\nmeetings:\n  cadence: kuukausittain\n  start: 2027-03-10\n  end: 2027-10-15\n"])
        defer { bounded.remove() }
        let phase = try #require(bounded.load().rules?.network("b")?.meetings?.phases.first)
        #expect(phase.from?.iso == "2027-03-10" && phase.until?.iso == "2027-10-15")
    }

    @Test("Items on every other meeting or on a list of meetings; a series around a date")
    func selectorsAndAround() throws {
        let folder = try RulesFolder([
            "networks/a.yaml": """
                title: A
                meetings:
                  cadence: kuukausittain
                annualCycle:
                  - {title: Teema, at: joka toinen}
                  - {title: Toinen teema, at: parilliset}
                  - {title: Katsaus, at: [1, toukokuu, viimeinen]}
                """,
            "networks/b.yaml": """
                title: B
                meetings:
                  series: {around: 2027-03-15, before: 2, after: 3, every: 1 viikko}
                  minSpacing: 5d
                """,
            "networks/c.yaml": "title: C\nmeetings:\n  series: {around: 2027-03-15, before: 2, after: 1, sessions: [A, B]}\n  minSpacing: 5d\n",
        ])
        defer { folder.remove() }
        let result = folder.load()
        #expect(result.errors.map(\.message) == [.sessionCount(given: 2, expected: 3)], "\(result.errors.map { $0.rendered(.en) })")
        let good = try RulesFolder(["networks/a.yaml": try String(contentsOfFile: folder.path + "/networks/a.yaml", encoding: .utf8),
                                    "networks/b.yaml": try String(contentsOfFile: folder.path + "/networks/b.yaml", encoding: .utf8)])
        defer { good.remove() }
        let rules = try #require(good.load().rules)
        #expect(rules.network("a")?.annualCycle.map(\.at) == [.everyOther(startingAt: 1), .everyOther(startingAt: 2),
                                                             .list([.nth(1), .month(5), .last])])
        guard case .series(let series) = rules.network("b")?.meetings?.phases.first?.cadence else {
            Issue.record("a series")
            return
        }
        #expect(series.sessions.count == 5 && series.sessions.first?.fi == "Tapaaminen 1")
        #expect((0..<5).map { series.day($0).iso } == ["2027-03-01", "2027-03-08", "2027-03-22", "2027-03-29", "2027-04-05"])
    }

    @Test("Phases, series and RRULE cadences are read")
    func cadences() throws {
        let folder = try RulesFolder([
            "networks/a.yaml": """
            title: A
            meetings:
              phases:
                - {until: 2026-06-30, cadence: twice a month, minSpacing: 7d}
                - {from: 2026-07-01, cadence: monthly}
            """.replacingOccurrences(of: ", minSpacing: 7d", with: ""),
            "networks/b.yaml": """
            title: B
            meetings:
              series:
                start: 2026-09-01
                every: 1 week
                sessions: [Aloitus, Teema 1, Teema 2, Päätös]
              minSpacing: 5d
            """,
            "networks/c.yaml": """
            title: C
            meetings:
              cadence: "FREQ=MONTHLY;BYDAY=2TU"
              start: 2026-01-01
            """,
        ])
        defer { folder.remove() }
        let rules = try #require(folder.load().rules)
        #expect(rules.network("a")?.meetings?.phases.count == 2)
        guard case .series(let series) = rules.network("b")?.meetings?.phases.first?.cadence else {
            Issue.record("expected a series")
            return
        }
        #expect(series.sessions.count == 4 && series.everyDays == 7)
        guard case .recurrence(let rule, _) = rules.network("c")?.meetings?.phases.first?.cadence else {
            Issue.record("expected a recurrence")
            return
        }
        #expect(rule.text.contains("BYDAY=2TU"))
    }
}

@Suite("Rules that work but leave someone without what they need")
struct IncompleteRuleTests {
    @Test("A network without members or convener, a live meeting without a room, a remote one without a link: warnings")
    func warnings() throws {
        let folder = try RulesFolder([
            "networks/tyhja.yaml": """
                title: Tyhjä
                meetings:
                  cadence: 4 per year
                  online: teams
                """,
            "networks/ilman.yaml": """
                title: Ilman koollekutsujaa
                members:
                  - {person: puheenjohtaja, role: chair}
                meetings:
                  cadence: 4 per year
                  live: 1
                """,
            "networks/hyva.yaml": RulesFolder.simpleNetwork,
        ])
        defer { folder.remove() }
        let result = folder.load()
        #expect(result.rules != nil && result.errors.isEmpty)
        let warnings = result.warnings.map { ($0.location.map { ($0.file as NSString).lastPathComponent } ?? "", $0.message) }
        #expect(warnings.contains { $0 == ("tyhja.yaml", .noMembers) })
        #expect(warnings.contains { $0 == ("ilman.yaml", .noConvener) })
        #expect(warnings.contains { $0 == ("ilman.yaml", .liveWithoutPlace) })
        #expect(warnings.contains { $0 == ("ilman.yaml", .remoteWithoutLink) })
        #expect(!warnings.contains { $0.0 == "hyva.yaml" })
        #expect(result.warnings.first { $0.message == .noConvener }?.rendered(.fi).contains("varoitus: verkostolla ei ole koollekutsujaa") == true)
    }

    @Test("Owners may be a list; blackouts may stop deadlines; an imported calendar may not count as meetings")
    func newKeys() throws {
        let folder = try RulesFolder([
            "calendar.yaml": RulesFolder.calendar + """
                blackouts:
                  - {name: Joulu, from: 12-22, to: 01-06, noDeadlines: true}

                """,
            "people.yaml": RulesFolder.people + """
                  muistuttaja:
                    title: Muistuttaja
                    busyCountsAsMeetings: false

                """,
            "networks/x.yaml": RulesFolder.simpleNetwork + """
                deadlines:
                  - {task: agenda, before: 1 week, owner: [convener, chair]}
                tasks:
                  - {id: raportti, title: Raportti, owner: [koordinaattori, puheenjohtaja], from: 01-01, due: 02-01}

                """,
        ])
        defer { folder.remove() }
        let rules = try #require(folder.load().rules, "\(folder.load().errors.map { $0.rendered(.en) })")
        #expect(rules.calendar.blackouts.first?.noDeadlines == true)
        #expect(rules.people["muistuttaja"]?.busyCountsAsMeetings == false)
        #expect(rules.people["koordinaattori"]?.busyCountsAsMeetings == true)
        let network = try #require(rules.network("x"))
        #expect(network.deadlines.first?.owners == [.role(.convener), .role(.chair)])
        #expect(network.tasks.first?.owners == [.person("koordinaattori"), .person("puheenjohtaja")])
    }

    @Test("Network files are read side by side but joined in file order: the same networks, problems and print")
    func networkFilesInOrder() throws {
        var files: [String: String] = [:]
        for i in 0..<40 {
            files[String(format: "networks/n%02d.yaml", i)] = RulesFolder.simpleNetwork
                .replacingOccurrences(of: "Testiverkosto", with: "Verkosto \(i)")
        }
        let folder = try RulesFolder(files)
        defer { folder.remove() }
        let rules = try #require(folder.load().rules)
        #expect(rules.networks.map(\.id) == (0..<40).map { String(format: "n%02d", $0) })
        // The print of every text read, each after its name, in the order the loader documents.
        var expected = Signature()
        for name in ["calendar.yaml", "people.yaml", "places.yaml"] + files.keys.sorted() {
            expected.add(name)
            expected.add(try String(contentsOfFile: folder.path + "/" + name, encoding: .utf8))
        }
        #expect(rules.sourcePrint == expected.stored)

        // Whole-file problems keep the order of the files; the references a missing
        // people.yaml leaves unchecked are counted over every file.
        for broken in [31, 5, 17] { try "".write(toFile: folder.path + String(format: "/networks/n%02d.yaml", broken),
                                                  atomically: true, encoding: .utf8) }
        try "title: [".write(toFile: folder.path + "/networks/n10.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder.path + "/people.yaml")
        for _ in 0..<3 {
            let errors = folder.load().errors
            #expect(errors.map { folder.place(of: $0).components(separatedBy: ":")[0] }
                .filter { $0.hasPrefix("networks/") }
                == ["networks/n05.yaml", "networks/n10.yaml", "networks/n17.yaml", "networks/n31.yaml"])
            #expect(errors.contains { $0.message == .referencesNotChecked(.person, count: 36, file: "people.yaml") })
        }
    }
}
