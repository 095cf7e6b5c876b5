import Foundation
import Testing
@testable import Rules

/// Coordinators write Finnish: every enumerated value and cadence has Finnish (and
/// Swedish) words beside the English keys, and messages list the choices in their own language.
@Suite("Finnish and Swedish words in the rules")
struct RuleWordsTests {
    @Test("Roles, modes, attendance, body and rotation steps in Finnish mean what the English keys mean")
    func finnishValues() throws {
        let folder = try RulesFolder([
            "networks/x.yaml": """
                title: X
                body: toimielin
                meetings:
                  cadence: 4 kertaa vuodessa
                  mode: etä
                members:
                  - {person: koordinaattori, role: [koollekutsuja, sihteeri]}
                  - {person: puheenjohtaja, role: Puheenjohtaja, attendance: joka toinen}
                rotation:
                  secretary: {among: [koordinaattori, puheenjohtaja], by: vuosi}
                annualCycle:
                  - {title: Talousarvio, at: viimeinen, years: parilliset}
                  - {title: Tilinpäätös, at: ensimmäinen, years: joka vuosi}
                """,
        ])
        defer { folder.remove() }
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.rendered(.en) })")
        let network = try #require(result.rules?.network("x"))
        #expect(network.body == .formal)
        #expect(network.meetings?.mode == .remote)
        guard case .perYear(4, _) = network.meetings?.phases.first?.cadence else {
            Issue.record("4 kertaa vuodessa is 4 per year")
            return
        }
        #expect(network.members.first { $0.personID == "koordinaattori" }?.roles == [.convener, .secretary])
        let chair = try #require(network.members.first { $0.personID == "puheenjohtaja" })
        #expect(chair.roles == [.chair] && chair.attendance == .everyOther)
        #expect(network.rotations.first?.by == .year)
        #expect(network.annualCycle.map(\.at) == [.last, .first])
        #expect(network.annualCycle.map(\.years) == [.every(years: 2, base: 0), .everyYear])
    }

    @Test("Cadences in Finnish and Swedish", arguments: [
        ("kuukausittain", "monthly"), ("kahdesti kuukaudessa", "twice a month"), ("joka toinen viikko", "every other week"),
        ("viikoittain", "weekly"), ("3 viikon välein", "every 3 weeks"), ("joka 3. viikko", "every 3 weeks"),
        ("4 kertaa vuodessa", "4 per year"), ("neljännesvuosittain", "quarterly"), ("kahdesti vuodessa", "twice a year"),
        ("månatligen", "monthly"), ("varannan vecka", "every other week"), ("var 3:e vecka", "every 3 weeks"),
        ("6 gånger om året", "6 per year"),
    ])
    func cadences(finnish: String, english: String) throws {
        #expect(CadenceText.parse(finnish) != nil, "\(finnish)")
        #expect(CadenceText.parse(finnish) == CadenceText.parse(english), "\(finnish) = \(english)")
    }

    @Test("A wrong word lists the choices in the message's language, and suggests the closest word")
    func choicesInTheReadersLanguage() throws {
        let folder = try RulesFolder([
            "networks/x.yaml": "title: X\nmeetings:\n  cadence: monthly\nmembers:\n  - {person: koordinaattori, role: puheenjohtja}\n",
        ])
        defer { folder.remove() }
        let error = try #require(folder.onlyError())
        #expect(error.place == "networks/x.yaml:5:36")
        let finnish = try #require(folder.load().errors.first?.rendered(.fi))
        #expect(finnish.contains("vaihtoehdot ovat puheenjohtaja, varapuheenjohtaja, sihteeri, koollekutsuja"), "\(finnish)")
        #expect(finnish.contains("'puheenjohtaja'"), "the closest word: \(finnish)")
        let english = try #require(folder.load().errors.first?.rendered(.en))
        #expect(english.contains("the choices are chair, vice-chair, secretary, convener"), "\(english)")
        let swedish = try #require(folder.load().errors.first?.rendered(.sv))
        #expect(swedish.contains("alternativen är ordförande"), "\(swedish)")
        // The cadence message gives Finnish examples to a Finnish reader.
        let cadence = try RulesFolder(["networks/x.yaml": "title: X\nmeetings:\n  cadence: silloin tällöin\n"])
        defer { cadence.remove() }
        let text = try #require(cadence.load().errors.first?.rendered(.fi))
        #expect(text.contains("\"kuukausittain\"") && text.contains("\"4 kertaa vuodessa\"") && !text.contains("\"monthly\""))
    }

    @Test("A person's id that is also a Finnish role word stays the person")
    func personIDsBeforeRoleWords() throws {
        let folder = try RulesFolder([
            "networks/x.yaml": """
                title: X
                meetings:
                  cadence: monthly
                members:
                  - {person: koordinaattori, role: convener}
                tasks:
                  - {id: a, title: A, from: 02-01, due: 03-01, owner: puheenjohtaja}
                  - {id: b, title: B, from: 03-01, due: 04-01, owner: sihteeri}
                  - {id: c, title: C, from: 04-01, due: 05-01, owner: chair}
                """,
        ])
        defer { folder.remove() }
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.rendered(.en) })")
        let tasks = try #require(result.rules?.network("x")?.tasks)
        #expect(tasks.map(\.owners) == [[.person("puheenjohtaja")], [.role(.secretary)], [.role(.chair)]])
    }

    @Test("People may have a name, e-mail and phone; a malformed e-mail is named at its place")
    func names() throws {
        let people = """
            people:
              koordinaattori:
                title: Perhekeskuskoordinaattori
                name: Liisa Lahti
                email: liisa.lahti@example.fi
                phone: "+358 40 123 4567"
              puheenjohtaja:
                title: Puheenjohtaja
                email: pj at example
            """
        let folder = try RulesFolder(["people.yaml": people, "networks/x.yaml": "title: X\nmeetings:\n  cadence: monthly\n"])
        defer { folder.remove() }
        let error = try #require(folder.onlyError())
        #expect(error.place == "people.yaml:9:12" && error.message == .invalidEmail("pj at example"))
        let fixed = try RulesFolder(["people.yaml": people.replacingOccurrences(of: "pj at example", with: "pj@example.fi"),
                                     "networks/x.yaml": "title: X\nmeetings:\n  cadence: monthly\n"])
        defer { fixed.remove() }
        let person = try #require(fixed.load().rules?.people["koordinaattori"])
        #expect(person.name == "Liisa Lahti" && person.phone == "+358 40 123 4567" && person.email == "liisa.lahti@example.fi")
        #expect(person.shownName(.fi) == "Liisa Lahti")
        #expect(person.nameAndTitle(.fi) == "Liisa Lahti, Perhekeskuskoordinaattori")
        #expect(fixed.load().rules?.people["puheenjohtaja"]?.shownName(.fi) == "Puheenjohtaja")
    }
}

@Suite("Every problem in one run")
struct AllProblemsTests {
    @Test("Problems in several files and several fields of one entry all come at once, each once")
    func oneRun() throws {
        let folder = try RulesFolder([
            "people.yaml": RulesFolder.people + "  sihteeri:\n    title: Sihteeri\n    email: ei-osoite\n",
            "networks/a.yaml": """
                title: A
                meetings:
                  cadence: kuukausittain
                  mode: paikan paalla
                members:
                  - {person: tuntematon, role: jäsen}
                tasks:
                  - {title: Kysely, due: 13-40, owner: [kuka]}
                annualCycle:
                  - {at: viimenen, years: joskus}
                """,
            "networks/b.yaml": "title: B\nmeetings:\n  cadence: silloin tällöin\n  live: {prefer: [first], mode: lähi}\n",
            "networks/c.yaml": "title: C\nmeetings: [\n",
        ])
        defer { folder.remove() }
        let errors = folder.load().errors
        let found = errors.map { "\($0.location.map { "\(($0.file as NSString).lastPathComponent):\($0.line)" } ?? $0.path ?? "")" }
        let expected = [
            "people.yaml:9",                                  // e-mail
            "a.yaml:4", "a.yaml:6",                           // mode word, unknown person
            "a.yaml:8", "a.yaml:8", "a.yaml:8", "a.yaml:8",   // task: no id, no from, due 13-40, owner kuka
            "a.yaml:10", "a.yaml:10", "a.yaml:10",            // item: no title, selector, years
            "b.yaml:3", "b.yaml:4",                           // cadence, live without perYear
            "c.yaml:3",                                       // YAML
        ]
        #expect(found.sorted() == expected.sorted(), "\(errors.map { $0.rendered(.en) })")
        #expect(Set(errors.map { $0.rendered(.en) }).count == errors.count, "each once")
    }

    @Test("A folder with no network yet still has its other files read: every problem at once")
    func noNetworksYet() throws {
        let folder = try RulesFolder(["calendar.yaml": "region: X\nnoMeetingMonths: [heinäkuuta]\n"])
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: folder.path + "/networks")
        let messages = folder.load().errors.map(\.message)
        #expect(messages.contains(.noNetworkFiles(folder.path)) && messages.contains(.invalidMonth("heinäkuuta")), "\(messages)")
    }
}

@Suite("Municipalities and organisations that are renamed or merge")
struct OrganisationTests {
    static let calendar = """
        region: Testimaa
        period: {from: 2026, to: 2027}
        municipalities:
          mikkeli: Mikkeli
          ristiina:
            name: Ristiina
            until: 2026-12-31
            mergedInto: mikkeli
          linna:
            name: {fi: Savonlinna, sv: Nyslott}
            formerly: [{name: Vanhalinna, until: 2026-05-31}]
        organisations:
          eloisa: {name: Eloisa, from: 2023-01-01}
          essote: {name: Essote, until: 2022-12-31, mergedInto: eloisa}
        """

    @Test("A name as of a day: the former name before its end, the merged one after a merger")
    func namesOnADay() throws {
        let folder = try RulesFolder(["calendar.yaml": Self.calendar, "networks/x.yaml": "title: X\nmeetings:\n  cadence: monthly\n"])
        defer { folder.remove() }
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.rendered(.en) })")
        let calendar = try #require(result.rules?.calendar)
        #expect(calendar.name(of: "ristiina", on: Day(iso: "2026-06-01")!)?.fi == "Ristiina")
        #expect(calendar.name(of: "ristiina", on: Day(iso: "2027-01-01")!)?.fi == "Mikkeli")
        #expect(calendar.name(of: "linna", on: Day(iso: "2026-05-31")!)?.fi == "Vanhalinna")
        #expect(calendar.name(of: "linna", on: Day(iso: "2026-06-01")!)?.text(.sv) == "Nyslott")
        #expect(calendar.name(of: "essote", on: Day(iso: "2026-06-01")!)?.fi == "Eloisa")
        #expect(calendar.name(of: "mikkeli", on: Day(iso: "2026-06-01")!)?.fi == "Mikkeli")
        #expect(calendar.municipalities.map(\.id) == ["mikkeli", "ristiina", "linna"], "still municipalities for holidays")
    }

    @Test("A merger into an unknown id, without its last day, or in a circle is named at its place")
    func badMergers() throws {
        let folder = try RulesFolder(["calendar.yaml": """
            region: Testimaa
            period: {from: 2026, to: 2027}
            organisations:
              a: {name: A, until: 2026-12-31, mergedInto: b}
              b: {name: B, until: 2026-12-31, mergedInto: a}
              c: {name: C, mergedInto: eloisaa}
            """, "networks/x.yaml": "title: X\nmeetings:\n  cadence: monthly\n"])
        defer { folder.remove() }
        let messages = folder.load().errors.map(\.message)
        #expect(messages.contains(.missingKey("until")))
        #expect(messages.contains(.unknownReference(.organisation, "eloisaa", suggestion: nil)))
        #expect(messages.contains(.mergerCircle("a")) && messages.contains(.mergerCircle("b")))
    }
}

/// `report:` on an annual-cycle item: the monitoring report of which year goes with it.
@Suite("The monitoring report on an agenda item")
struct ReportItemRuleTests {
    @Test("`report: edellinen vuosi` and `same-year` are read; an unknown word names its line and the choices")
    func reportWords() throws {
        let folder = try RulesFolder([
            "networks/x.yaml": """
                title: X
                meetings:
                  cadence: monthly
                annualCycle:
                  - {title: Seurantaraportti, at: feb, report: edellinen vuosi}
                  - {title: Puolivuotiskatsaus, at: aug, report: same-year}
                """,
        ])
        defer { folder.remove() }
        let items = try #require(folder.load().rules?.network("x")?.annualCycle)
        #expect(items.map(\.report) == [.previousYear, .sameYear])
        #expect(ReportYear.previousYear.year(at: 2027) == 2026 && ReportYear.sameYear.year(at: 2027) == 2027)

        let wrong = try RulesFolder([
            "networks/x.yaml": "title: X\nmeetings:\n  cadence: monthly\nannualCycle:\n  - {title: R, report: joskus}\n",
        ])
        defer { wrong.remove() }
        let error = try #require(wrong.onlyError())
        #expect(error.place == "networks/x.yaml:5:24", "\(error)")
        let finnish = try #require(wrong.load().errors.first?.rendered(.fi))
        #expect(finnish.contains("edellinen vuosi") && finnish.contains("kuluva vuosi"), "\(finnish)")
    }
}

/// `feeds:` in calendar.yaml: how far back and ahead the subscription feeds reach.
@Suite("The feeds' window")
struct FeedWindowRuleTests {
    @Test("`feeds: {past: 6, future: kaikki}` is read; the default is 12 months back and everything ahead")
    func window() throws {
        let folder = try RulesFolder(["calendar.yaml": RulesFolder.calendar + "feeds: {past: 6, future: kaikki}\n",
                                      "networks/x.yaml": RulesFolder.simpleNetwork])
        defer { folder.remove() }
        let window = try #require(folder.load().rules?.calendar.feedWindow)
        #expect(window == FeedWindow(pastMonths: 6, futureMonths: nil))
        #expect(FeedWindow() == FeedWindow(pastMonths: 12, futureMonths: nil))
        let today = Day(iso: "2027-03-31")!
        #expect(window.first(today: today) == Day(iso: "2026-09-30"))
        #expect(FeedWindow(pastMonths: 1, futureMonths: 11).first(today: today) == Day(iso: "2027-02-28"))
        #expect(FeedWindow(pastMonths: 1, futureMonths: 11).end(today: today) == Day(iso: "2028-03-01"))
        #expect(Day(iso: "2027-01-15")!.adding(months: -13) == Day(iso: "2025-12-15"))

        let wrong = try RulesFolder(["calendar.yaml": RulesFolder.calendar + "feeds:\n  past: vuosi\n  futur: 3\n",
                                     "networks/x.yaml": RulesFolder.simpleNetwork])
        defer { wrong.remove() }
        let errors = wrong.load().errors
        #expect(errors.map(wrong.place).sorted() == ["calendar.yaml:11:9", "calendar.yaml:12:3"], "\(errors)")
        let finnish = errors.map { $0.rendered(.fi) }.joined(separator: "\n")
        #expect(finnish.contains("future"), "the misspelt key's suggestion: \(finnish)")
        #expect(finnish.contains("kuukausien määrä (esim. 12) tai kaikki"), "\(finnish)")
    }
}
