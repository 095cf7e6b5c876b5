import Testing
@testable import Rules
@testable import Scheduling

@Suite("The Etelä-Savo example follows the action plan", .tags(.example))
struct ExampleTests {
    typealias F = Fixture

    @Test("The divorce-help groups' annual items quote the plan word for word")
    func wordForWord() throws {
        let rules = F.example
        for area in ["mikkeli", "pieksamaki", "savonlinna"] {
            let network = try #require(rules.network("ero-\(area)"))
            guard case .windows(let windows) = network.meetings?.phases.first?.cadence else {
                Issue.record("ero-\(area) has no windows")
                continue
            }
            let items = windows.flatMap(\.agenda).map(\.fi)
            #expect(items.contains("Tietoa päättäjille, esimiehille ja työyhteisöihin parisuhteen tuesta ja eroauttamisesta"))
            #expect(items.contains("Vanhemmuussuunnitelman ja parisuhteen tuen ja eroauttamisen materiaalien boostaus"))
            #expect(!items.contains { $0.contains("esihenkilöille") || $0.contains("Vanhemmuussuunnitelman sekä") })
        }
    }

    @Test("Each group lists the member organisations the plan names, so they get feeds and protection from double bookings")
    func members() throws {
        let rules = F.example
        let municipalities = rules.calendar.municipalities.map(\.id)
        #expect(municipalities.count == 12)
        func members(_ id: String) throws -> Set<String> { Set(try #require(rules.network(id)).members.map(\.personID)) }
        let actors = try members("perhekeskustoimijat")
        for m in municipalities { #expect(actors.contains("perhekeskustoimija-\(m)")) }
        #expect(actors.isSuperset(of: ["perhekeskustoimija-eloisa", "perhekeskustoimija-jarjestot",
                                       "perhekeskustoimija-seurakunnat"]))
        for m in municipalities {
            let lape = try #require(rules.network("lape-\(m)"))
            #expect(Set(lape.members.map(\.personID)).isSuperset(of: ["lape-puheenjohtaja-\(m)", "lape-\(m)-eloisa",
                                                                     "lape-\(m)-jarjestot", "lape-\(m)-seurakunta"]))
            #expect(lape.members.first { $0.personID == "lape-\(m)-perheet" }?.attendance == .onDemand)
        }
        let studentWelfare = try members("opiskeluhuolto")
        for m in municipalities { #expect(studentWelfare.contains("opiskeluhuolto-sivistystoimi-\(m)")) }
        #expect(studentWelfare.contains("opiskeluhuolto-nuorisoedustaja"))
        // Everyone listed gets their own feed's meetings.
        let plan = F.plan(rules, 2026...2026)
        let actorMeeting = try #require(plan.meetings(of: "perhekeskustoimijat").first)
        #expect(actorMeeting.expected.contains("perhekeskustoimija-juva"))
    }

    @Test("The leadership group's chair prepares the meetings with the coordinator")
    func chairPrepares() throws {
        let plan = F.plan(F.example, 2026...2026)
        for meeting in plan.meetings(of: "johtoryhma") where !meeting.isCancelled {
            #expect(plan.task(meeting.key + "/agenda")?.owners == ["koordinaattori", "johtoryhma-puheenjohtaja"])
        }
    }
}
