import Testing
@testable import Rules
@testable import Scheduling

@Suite("Annual-cycle items, reports, tasks and deadlines")
struct AnnualCycleTests {
    typealias F = Fixture

    private func item(_ title: String, alternate: String? = nil, years: YearRule = .everyYear,
                      at: MeetingSelector) -> AnnualCycleItem {
        AnnualCycleItem(title: LocalizedText(title), alternate: alternate.map { LocalizedText($0) }, years: years,
                        at: at, location: F.here)
    }

    private func agenda(_ plan: Plan, _ key: String) -> [String] {
        plan.meeting(key)?.agenda.map(\.title.fi) ?? []
    }

    @Test("Items in a window, at the first, last and live meeting, and on every meeting")
    func selectors() {
        let network = F.network("k", F.meetings(.perYear(count: 4, months: nil)) {
            $0.live = LiveRule(perYear: 1, prefer: [.month(5)], location: F.here)
        }) {
            $0.annualCycle = [self.item("Alku", at: .first), self.item("Loppu", at: .last),
                              self.item("Lähi", at: .live), self.item("Aina", at: .all),
                              self.item("Toinen", at: .nth(2)), self.item("Syyskuu", at: .month(9))]
        }
        let plan = F.plan(F.rules([network]))
        #expect(agenda(plan, "k/2026/1") == ["Alku", "Aina"])
        #expect(agenda(plan, "k/2026/2") == ["Lähi", "Aina", "Toinen"])
        #expect(agenda(plan, "k/2026/3").contains("Aina"))
        #expect(agenda(plan, "k/2026/4") == ["Loppu", "Aina"])
        let september = plan.meetings.first { $0.day.month == 9 }
        #expect(september?.agenda.map(\.title.fi).contains("Syyskuu") ?? (plan.meetings.allSatisfy { $0.day.month != 9 }))
    }

    @Test("Themed sessions that alternate, and an item on a list of meetings")
    func everyOtherAndLists() {
        let network = F.network("k", F.meetings(.perYear(count: 6, months: nil)) { $0.minSpacingDays = 7 }) {
            $0.annualCycle = [self.item("Teema A", at: .everyOther(startingAt: 1)),
                              self.item("Teema B", at: .everyOther(startingAt: 2)),
                              self.item("Katsaus", at: .list([.nth(2), .last, .nth(2)]))]
        }
        let plan = F.plan(F.rules([network]))
        let agendas = (1...6).map { agenda(plan, "k/2026/\($0)") }
        #expect(agendas.map { $0.contains("Teema A") } == [true, false, true, false, true, false])
        #expect(agendas.map { $0.contains("Teema B") } == [false, true, false, true, false, true])
        #expect(agendas.map { $0.filter { $0 == "Katsaus" }.count } == [0, 1, 0, 0, 0, 1], "each chosen meeting once")
    }

    @Test("Every other year by parity, alternating pairs, every N years from a base year")
    func yearRules() {
        let network = F.network("k", F.meetings(.perYear(count: 2, months: nil))) {
            $0.annualCycle = [
                self.item("Vertaisarviointi", alternate: "Itsearviointi", years: .every(years: 2, base: 0), at: .first),
                self.item("Koulutussuunnitelma", years: .every(years: 2, base: 2027), at: .last),
                self.item("Kolmen vuoden katsaus", years: .every(years: 3, base: 2026), at: .first),
            ]
        }
        let plan = F.plan(F.rules([network], calendar: CalendarRules(period: 2026...2029)), 2026...2029)
        #expect(agenda(plan, "k/2026/1") == ["Vertaisarviointi", "Kolmen vuoden katsaus"])
        #expect(agenda(plan, "k/2027/1") == ["Itsearviointi"])
        #expect(agenda(plan, "k/2028/1") == ["Vertaisarviointi"])
        #expect(agenda(plan, "k/2029/1") == ["Itsearviointi", "Kolmen vuoden katsaus"])
        #expect(agenda(plan, "k/2026/2").isEmpty && agenda(plan, "k/2027/2") == ["Koulutussuunnitelma"])
        #expect(agenda(plan, "k/2029/2") == ["Koulutussuunnitelma"])
    }

    @Test("An item whose meeting does not exist is reported")
    func itemWithoutMeeting() {
        let network = F.network("k", F.meetings(.perYear(count: 2, months: nil))) {
            $0.annualCycle = [self.item("Lähikokouksen asia", at: .live)]
        }
        let plan = F.plan(F.rules([network]))
        #expect(plan.problems.count == 1)
        #expect(plan.problems.first?.severity == .warning && plan.problems.first?.constraint == .annualCycle)
        #expect(!plan.hasErrors)
    }

    @Test("After X's October meeting, the next leadership-group meeting gets the item 'Nostot: X'")
    func reportAfterOctober() throws {
        let johtoryhma = F.network("johtoryhma", F.meetings(.monthly(exceptMonths: [])), members: [F.member("pj", [.chair, .convener])])
        let x = F.network("x", F.meetings(.windows([F.window("mar-apr", "03-01", "04-30"), F.window("oct", "10-01", "10-31")]))) {
            $0.reports = [ReportingLine(to: "johtoryhma", after: .window("oct"), item: LocalizedText("Nostot: X"), location: F.here)]
        }
        let plan = F.plan(F.rules([johtoryhma, x]), 2026...2027)
        for year in [2026, 2027] {
            let october = try #require(plan.meeting("x/\(year)/oct"))
            let next = try #require(plan.meetings.first { $0.networkID == "johtoryhma" && $0.day > october.day })
            #expect(next.agenda.map(\.title.fi) == ["Nostot: X"])
            #expect(next.agenda.first?.source == .report(from: "x", meetingKey: october.key))
            let others = plan.meetings.filter { $0.networkID == "johtoryhma" && $0.key != next.key && $0.cycleYear == year }
            #expect(others.allSatisfy { $0.agenda.isEmpty })
        }
    }

    @Test("A report at least once a year defaults to the reporting network's last meeting, with a default title")
    func reportDefault() {
        let johtoryhma = F.network("johtoryhma", F.meetings(.monthly(exceptMonths: [])), members: [F.member("pj", [.convener])])
        let lp = F.network("lp", F.meetings(.perYear(count: 4, months: nil))) {
            $0.reports = [ReportingLine(to: "johtoryhma", location: F.here)]
        }
        let plan = F.plan(F.rules([johtoryhma, lp]), 2026...2027)
        let leadership = plan.meetings.filter { $0.networkID == "johtoryhma" }
        var expected: [String] = []
        for year in [2026, 2027] {
            let last = plan.meetings.filter { $0.networkID == "lp" && $0.cycleYear == year }.last!
            // The next leadership meeting, if the period still has one.
            if let next = leadership.first(where: { $0.day > last.day }) { expected.append(next.key) }
        }
        #expect(!expected.isEmpty)
        let withReport = leadership.filter { !$0.agenda.isEmpty }
        #expect(withReport.map(\.key) == expected)
        #expect(withReport.allSatisfy { $0.agenda.map(\.title.fi) == ["Raportti: Verkosto lp"] })
    }

    @Test("Guidance flows down: after the leadership group's meeting the group's next one gets 'Ohjaus: …', beside its report up")
    func guidanceDown() throws {
        let johtoryhma = F.network("johtoryhma", F.meetings(.perYear(count: 4, months: nil)), members: [F.member("pj", [.convener])]) {
            var guidance = ReportingLine(to: "lp", after: .nth(2), location: F.here)
            guidance.kind = .guidance
            $0.reports = [guidance]
        }
        let lp = F.network("lp", F.meetings(.monthly(exceptMonths: [])) { $0.minSpacingDays = 7 }) {
            $0.reports = [ReportingLine(to: "johtoryhma", location: F.here)]
        }
        let plan = F.plan(F.rules([johtoryhma, lp]), 2026...2027)
        #expect(!plan.hasErrors, "\(plan.problems.map { $0.rendered(.en) })")
        let second = try #require(plan.meeting("johtoryhma/2026/2"))
        let next = plan.meetings.first { $0.networkID == "lp" && $0.day > second.day }
        #expect(next?.agenda.map(\.title.fi).contains("Ohjaus: Verkosto johtoryhma") == true, "\(next?.agenda.map(\.title.fi) ?? [])")
        #expect(second.agenda.map(\.title.fi).contains("Ohjaus verkostolle: Verkosto lp"))
        #expect(plan.meetings.contains { $0.networkID == "johtoryhma" && $0.agenda.contains { $0.title.fi == "Raportti: Verkosto lp" } })
    }

    @Test("Dated tasks that are not meetings, in their years, owned by a person or role")
    func tasks() throws {
        let seuranta = F.network("seuranta", nil, members: [F.member("koordinaattori", [.convener])]) {
            $0.tasks = [
                TaskRule(id: "perhekysely", title: LocalizedText("Perheiden kysely"), owners: [.person("koordinaattori")],
                         from: MonthDay(month: 9, day: 1)!, due: MonthDay(month: 11, day: 30)!,
                         years: .every(years: 2, base: 1), location: F.here),
                TaskRule(id: "opas", title: LocalizedText("Opas"), owners: [.role(.convener)],
                         from: MonthDay(month: 11, day: 1)!, due: MonthDay(month: 1, day: 15)!, location: F.here),
            ]
        }
        let plan = F.plan(F.rules([seuranta], calendar: CalendarRules(period: 2026...2029)), 2026...2029)
        let surveys = plan.tasks.filter { $0.key.hasSuffix("perhekysely") }
        #expect(surveys.map(\.key) == ["seuranta/2027/perhekysely", "seuranta/2029/perhekysely"])
        #expect(surveys.first?.start == F.day("2027-09-01") && surveys.first?.due == F.day("2027-11-30"))
        let guide = try #require(plan.tasks.first { $0.key == "seuranta/2026/opas" })
        // Due on 15 January, which crosses New Year; the owner is whoever convenes.
        #expect(guide.due == F.day("2027-01-05") || guide.due.year == 2027)
        #expect(guide.owners == ["koordinaattori"])
        #expect(guide.meetingKey == nil)
    }

    @Test("Deadlines: invitation three weeks before live meetings only, agenda a week before, minutes a week after")
    func deadlines() throws {
        let network = F.network("n", F.meetings(.perYear(count: 4, months: nil)) {
            $0.live = LiveRule(perYear: 1, prefer: [.month(9)], location: F.here)
        }, members: [F.member("pj", [.convener]), F.member("a", [.secretary])]) {
            $0.deadlines = [
                DeadlineRule(kind: .invitation, offsetDays: -21, owners: [.role(.convener)], modes: [.live, .hybrid], location: F.here),
                DeadlineRule(kind: .agenda, offsetDays: -7, owners: [.role(.convener)], location: F.here),
                DeadlineRule(kind: .minutes, offsetDays: 7, owners: [.role(.secretary)], location: F.here),
            ]
        }
        let plan = F.plan(F.rules([network]))
        let live = try #require(plan.meetings.first { $0.mode == .live })
        let invitations = plan.tasks.filter { $0.key.hasSuffix("/invitation") }
        #expect(invitations.map(\.meetingKey) == [live.key])
        let invitation = try #require(invitations.first)
        #expect(invitation.owners == ["pj"])
        #expect(invitation.due <= live.day.adding(days: -21) && invitation.due > live.day.adding(days: -25))
        #expect(invitation.due.weekday.rawValue <= 5)
        for meeting in plan.meetings {
            let minutes = try #require(plan.tasks.first { $0.key == meeting.key + "/minutes" })
            #expect(minutes.owners == ["a"])
            // Work after a meeting rolls forward to a working day.
            #expect(minutes.start == meeting.day && minutes.due >= meeting.day.adding(days: 7)
                && minutes.due <= meeting.day.adding(days: 11) && !minutes.due.isWeekend)
            #expect(plan.tasks.contains { $0.key == meeting.key + "/agenda" })
        }
    }
}
