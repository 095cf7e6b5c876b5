import Testing
@testable import Rules
@testable import Scheduling

/// Each rule pattern of the vocabulary, placed by the scheduler.
@Suite("Cadences and their placement")
struct CadenceTests {
    typealias F = Fixture

    @Test("N meetings a year are spread over the year, one in each window, none in July")
    func perYearSpread() {
        let plan = F.plan(F.rules([F.network("n", F.meetings(.perYear(count: 4, months: nil)))]))
        let days = plan.meetings.map(\.day)
        #expect(plan.meetings.map(\.key) == ["n/2026/1", "n/2026/2", "n/2026/3", "n/2026/4"])
        // 11 open months in groups of 3, 3, 3, 2: Jan–Mar, Apr–Jun, Aug–Oct, Nov–Dec.
        #expect((1...3).contains(days[0].month) && (4...6).contains(days[1].month))
        #expect((8...10).contains(days[2].month) && (11...12).contains(days[3].month))
        #expect(plan.problems.isEmpty)
    }

    @Test("Named windows, each with its own mode and agenda items")
    func windows() throws {
        let cadence = Cadence.windows([
            F.window("jan-feb", "01-01", "02-28", agenda: ["Tietoa päättäjille"]),
            F.window("apr-may", "04-01", "05-31", mode: .live),
            F.window("aug-sep", "08-01", "09-30"),
            F.window("nov-dec", "11-01", "12-31", agenda: ["Oppaan päivitys", "Tavoitteet"]),
        ])
        let plan = F.plan(F.rules([F.network("ero", F.meetings(cadence) { $0.placeID = "huone" })]))
        let keys = plan.meetings.map(\.key)
        #expect(keys == ["ero/2026/jan-feb", "ero/2026/apr-may", "ero/2026/aug-sep", "ero/2026/nov-dec"])
        for meeting in plan.meetings {
            let window = try #require(meeting.window)
            #expect(window.contains(meeting.day))
        }
        #expect(plan.meeting("ero/2026/apr-may")?.mode == .live)
        #expect(plan.meeting("ero/2026/apr-may")?.placeID == "huone")
        #expect(plan.meeting("ero/2026/jan-feb")?.mode == .remote)
        #expect(plan.meeting("ero/2026/nov-dec")?.agenda.map(\.title.fi) == ["Oppaan päivitys", "Tavoitteet"])
    }

    @Test("Several meetings in one window are spread inside it")
    func windowWithCount() {
        let plan = F.plan(F.rules([F.network("n", F.meetings(.windows([F.window("kevat", "03-01", "05-31", count: 3)])))]))
        #expect(plan.meetings.map(\.key) == ["n/2026/kevat-1", "n/2026/kevat-2", "n/2026/kevat-3"])
        #expect(plan.meetings.map(\.day.month) == [3, 4, 5])
    }

    @Test("Mainly monthly: one a month, none in July or the excluded months")
    func monthly() {
        let plan = F.plan(F.rules([F.network("j", F.meetings(.monthly(exceptMonths: [12])))]))
        #expect(plan.meetings.map(\.day.month) == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11])
        #expect(plan.meetings.first?.key == "j/2026/01")
    }

    @Test("Every three weeks, expanded by libical, on the nominal days when nothing is in the way")
    func everyThreeWeeks() {
        let start = F.day("2026-01-13")
        let plan = F.plan(F.rules([F.network("ydin", F.meetings(.recurrence(.everyWeeks(3), start: start)))]))
        let days = plan.meetings.map(\.day)
        #expect(days.first == start)
        #expect(days.allSatisfy { $0.weekday == .tuesday })
        // July is closed, so the nominal days in July are skipped or moved; elsewhere 21 days apart.
        let gaps = zip(days, days.dropFirst()).map { $0.days(until: $1) }
        #expect(gaps.filter { $0 == 21 }.count >= 12)
        #expect(!days.contains { $0.month == 7 })
    }

    @Test("A standard RRULE: the second Tuesday of the month")
    func rrule() throws {
        let rule = try #require(RecurrenceRule("FREQ=MONTHLY;BYDAY=2TU"))
        let plan = F.plan(F.rules([F.network("r", F.meetings(.recurrence(rule, start: F.day("2026-01-01"))))]))
        #expect(plan.meetings.count == 11)
        #expect(plan.meetings.allSatisfy { $0.day.weekday == .tuesday && (8...14).contains($0.day.day) })
    }

    @Test("Twice a month: one in each half")
    func twiceAMonth() {
        let plan = F.plan(F.rules([F.network("t", F.meetings(.twiceAMonth(exceptMonths: [])) { $0.minSpacingDays = 7 })]))
        #expect(plan.meetings.count == 22)
        for month in [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] {
            let inMonth = plan.meetings.filter { $0.day.month == month }
            #expect(inMonth.count == 2)
            #expect(inMonth.contains { $0.day.day <= 15 } && inMonth.contains { $0.day.day > 15 })
        }
    }

    @Test("Cadence in phases: twice a month until June, then monthly")
    func phases() {
        var rules = F.meetings(.monthly(exceptMonths: [])) { $0.minSpacingDays = 7 }
        rules.phases = [Phase(until: F.day("2026-06-30"), cadence: .twiceAMonth(exceptMonths: []), location: F.here),
                        Phase(from: F.day("2026-07-01"), cadence: .monthly(exceptMonths: []), location: F.here)]
        let plan = F.plan(F.rules([F.network("p", rules)]))
        #expect(plan.meetings.filter { $0.day.month <= 6 }.count == 12)
        #expect(plan.meetings.filter { $0.day.month >= 8 }.count == 5)
    }

    @Test("A course sequence: opening, themed sessions and closing, weekly")
    func series() {
        let sessions = ["Aloitus", "Teema 1", "Teema 2", "Päätös"].map { LocalizedText($0) }
        let rules = F.meetings(.series(Series(start: F.day("2026-09-01"), everyDays: 7, sessions: sessions))) {
            $0.minSpacingDays = 5
        }
        let plan = F.plan(F.rules([F.network("kurssi", rules)]))
        #expect(plan.meetings.map(\.subtitle?.fi) == ["Aloitus", "Teema 1", "Teema 2", "Päätös"])
        #expect(plan.meetings.map(\.day.iso) == ["2026-09-01", "2026-09-08", "2026-09-15", "2026-09-22"])
        #expect(plan.meetings.first?.key == "kurssi/2026/session-01")
    }

    @Test("A series' start is a hard bound: a preferred weekday before it does not pull the first session earlier")
    func seriesStartIsABound() {
        let sessions = ["Aloitus", "Teema 1", "Päätös"].map { LocalizedText($0) }
        // Starts on a Wednesday; Mondays are preferred and the flex would allow two days earlier.
        let rules = F.meetings(.series(Series(start: F.day("2026-09-02"), everyDays: 7, sessions: sessions))) {
            $0.minSpacingDays = 5
            $0.preferredWeekdays = [.monday]
            $0.flexDays = 3
        }
        let plan = F.plan(F.rules([F.network("kurssi", rules)]))
        #expect(plan.meetings.count == 3)
        #expect(plan.meetings.allSatisfy { $0.day >= F.day("2026-09-02") }, "\(plan.meetings.map(\.day.iso))")
        // Later sessions may still move to the preferred Monday within the flex.
        #expect(plan.meetings.dropFirst().allSatisfy { $0.day.weekday == .monday }, "\(plan.meetings.map(\.day.iso))")
    }

    @Test("One-off dates, beside a cadence or alone: the day is kept, and the time when it is given")
    func oneOffDates() {
        let seminar = FixedDate(day: F.day("2026-09-14"), time: F.time("13:00"), location: F.here)
        let kickOff = FixedDate(day: F.day("2026-10-05"), location: F.here)
        let mixed = F.meetings(.perYear(count: 2, months: nil)) {
            $0.minSpacingDays = 5
            $0.dates = [seminar, kickOff]
        }
        let alone = F.meetings(.perYear(count: 1, months: nil)) {
            $0.phases = []
            $0.dates = [FixedDate(day: F.day("2026-11-17"), time: F.time("10:30"), location: F.here)]
        }
        let plan = F.plan(F.rules([F.network("s", mixed), F.network("t", alone)]))
        #expect(!plan.hasErrors, "\(plan.problems.map { $0.rendered(.en) })")
        let fixed = plan.meetings.first { $0.key == "s/2026/09-14" }
        #expect(fixed?.day.iso == "2026-09-14" && fixed?.start == F.time("13:00"), "at the given time, not the preferred 09:00")
        let free = plan.meetings.first { $0.key == "s/2026/10-05" }
        #expect(free?.day.iso == "2026-10-05" && free?.start == F.time("09:00"), "the preferred time when none is given")
        #expect(plan.meetings(of: "s").count == 4)
        #expect(plan.meetings(of: "t").map(\.key) == ["t/2026/11-17"])
        #expect(plan.meetings(of: "t").first?.start == F.time("10:30"))
    }

    @Test("A course around a due date: five sessions before it and five after, the date itself left free")
    func seriesAroundADate() {
        let due = F.day("2027-03-15")
        let series = Series(around: due, before: 5, after: 5, everyDays: 7,
                            sessions: (1...10).map { LocalizedText("Tapaaminen \($0)") })
        let rules = F.meetings(.series(series)) {
            $0.minSpacingDays = 5
            $0.flexDays = 3
        }
        let plan = F.plan(F.rules([F.network("valmennus", rules)], calendar: CalendarRules(period: 2027...2027)), 2027...2027)
        #expect(!plan.hasErrors, "\(plan.problems.map { $0.rendered(.en) })")
        let days = plan.meetings.map(\.day)
        #expect(days.count == 10)
        #expect(days.prefix(5).allSatisfy { $0 < due } && days.suffix(5).allSatisfy { $0 > due }, "\(days.map(\.iso))")
        #expect(plan.meetings.map(\.subtitle?.fi).last == "Tapaaminen 10")
        #expect(days.first!.days(until: due) >= 28 && days.first!.days(until: due) <= 38, "about five weeks before")
    }

    @Test("One of the four is live, in the preferred month")
    func oneLive() {
        let rules = F.meetings(.perYear(count: 4, months: nil)) {
            $0.live = LiveRule(perYear: 1, prefer: [.month(9)], location: F.here)
            $0.placeID = "huone"
        }
        let plan = F.plan(F.rules([F.network("k", rules)]), 2026...2027)
        for year in [2026, 2027] {
            let live = plan.meetings.filter { $0.cycleYear == year && $0.mode == .live }
            #expect(live.count == 1)
            #expect(live.first?.key == "k/\(year)/3")
            #expect(live.first?.placeID == "huone" && live.first?.onlineID == nil)
        }
        let remote = plan.meetings.filter { $0.mode == .remote }
        #expect(remote.allSatisfy { $0.onlineID == "teams" && $0.placeID == nil })
    }

    @Test("Preferred weekday and time are honoured; earliest and latest are hard")
    func weekdaysAndTimes() {
        let rules = F.meetings(.monthly(exceptMonths: [])) {
            $0.preferredWeekdays = [.thursday]
            $0.preferredTimes = [F.time("13:00")]
            $0.earliest = F.time("12:00")
            $0.latest = F.time("15:30")
            $0.durationMinutes = 90
        }
        let plan = F.plan(F.rules([F.network("j", rules)]))
        // May 14 2026 is Ascension Day: that month falls back to another day.
        #expect(plan.meetings.filter { $0.day.weekday == .thursday }.count >= 10)
        #expect(plan.meetings.allSatisfy { $0.start == F.time("13:00") && $0.end == F.time("14:30") })
    }

    @Test("Allowed weekdays are a hard rule")
    func allowedWeekdays() {
        let rules = F.meetings(.perYear(count: 6, months: nil)) { $0.allowedWeekdays = [.monday] }
        let plan = F.plan(F.rules([F.network("m", rules)]))
        #expect(plan.meetings.count == 6 && plan.meetings.allSatisfy { $0.day.weekday == .monday })
    }

    @Test("Rotation of the secretary by meeting and of the place by year")
    func rotation() {
        let network = F.network("ero", F.meetings(.perYear(count: 4, months: nil)) { $0.mode = .live },
                                members: [F.member("pj", [.convener]), F.member("a"), F.member("b"), F.member("c")]) {
            $0.rotations = [Rotation(subject: .secretary, among: ["a", "b", "c"], by: .meeting, location: F.here),
                            Rotation(subject: .place, among: ["huone", "toinen"], by: .year, location: F.here)]
        }
        let plan = F.plan(F.rules([network]), 2026...2027)
        #expect(plan.meetings.map { $0.secretaries.first ?? "-" } == ["a", "b", "c", "a", "b", "c", "a", "b"])
        #expect(plan.meetings.filter { $0.cycleYear == 2026 }.allSatisfy { $0.placeID == "huone" })
        #expect(plan.meetings.filter { $0.cycleYear == 2027 }.allSatisfy { $0.placeID == "toinen" })
        // The rotated secretary attends and is expected (blocks their calendar).
        #expect(plan.meetings[0].attendees.contains { $0.personID == "a" && $0.roles.contains(.secretary) && !$0.optional })
    }

    @Test("Rotation counts from the rules' first year, whatever period is planned")
    func rotationIsStableAcrossPeriods() {
        let network = F.network("ero", F.meetings(.perYear(count: 4, months: nil)),
                                members: [F.member("pj", [.convener])]) {
            $0.rotations = [Rotation(subject: .secretary, among: ["a", "b", "c"], by: .meeting, location: F.here)]
        }
        let rules = F.rules([network])
        let whole = F.plan(rules, 2026...2027)
        let second = F.plan(rules, 2027...2027)
        for meeting in second.meetings {
            #expect(whole.meeting(meeting.key)?.secretaries == meeting.secretaries)
        }
    }

    @Test("An annual cycle that starts in August (a school year)")
    func schoolYear() {
        let cadence = Cadence.windows([F.window("syksy", "09-01", "10-31"), F.window("kevat", "03-01", "04-30")])
        let network = F.network("oh", F.meetings(cadence)) { $0.cycleStartMonth = 8 }
        let plan = F.plan(F.rules([network]), 2026...2027)
        #expect(plan.meetings.map(\.key) == ["oh/2025-26/kevat", "oh/2026-27/syksy", "oh/2026-27/kevat", "oh/2027-28/syksy"])
        #expect(plan.meeting("oh/2026-27/kevat")?.day.year == 2027)
    }

    @Test("Members' terms: the chair changes on the date the term ends")
    func terms() {
        let network = F.network("j", F.meetings(.monthly(exceptMonths: [])),
                                members: [F.member("koordinaattori", [.convener, .secretary]),
                                          F.member("pj", [.chair], until: F.day("2026-06-30")),
                                          F.member("a", [.chair], from: F.day("2026-07-01"))])
        let plan = F.plan(F.rules([network]))
        #expect(plan.meetings.filter { $0.day.month <= 6 }.allSatisfy { $0.chairs == ["pj"] })
        #expect(plan.meetings.filter { $0.day.month >= 8 }.allSatisfy { $0.chairs == ["a"] })
        #expect(plan.meetings.filter { $0.day.month >= 8 }.allSatisfy { !$0.attendees.contains { $0.personID == "pj" } })
    }

    @Test("Attendance: every other meeting, and on demand (invited, never blocking)")
    func attendance() {
        let network = F.network("n", F.meetings(.perYear(count: 4, months: nil)),
                                members: [F.member("pj", [.convener]), F.member("a", [.member], .everyOther),
                                          F.member("koordinaattori", [.member], .onDemand)])
        let plan = F.plan(F.rules([network]))
        let expected = plan.meetings.map { m in !(m.attendees.first { $0.personID == "a" }?.optional ?? true) }
        #expect(expected == [true, false, true, false])
        #expect(plan.meetings.allSatisfy { m in m.attendees.first { $0.personID == "koordinaattori" }?.optional == true })
    }
}

@Suite("Recurring series over closed periods")
struct ClosedPeriodTests {
    typealias F = Fixture

    @Test("A weekly series leaves out the weeks in July and in the Christmas blackout, without errors")
    func weeklySkipsClosedPeriods() {
        let christmas = Blackout(name: LocalizedText("Joulu"),
                                 span: .everyYear(YearlyPeriod(from: MonthDay(month: 12, day: 22)!, to: MonthDay(month: 1, day: 6)!)),
                                 location: F.here)
        let calendar = CalendarRules(period: 2026...2026, blackouts: [christmas])
        let network = F.network("viikko", F.meetings(.recurrence(.everyWeeks(1), start: F.day("2026-01-07"))) {
            $0.minSpacingDays = 5
        })
        let plan = F.plan(F.rules([network], calendar: calendar))
        #expect(!plan.hasErrors, "\(plan.problems.map { $0.rendered(.en) })")
        #expect(!plan.meetings.contains { $0.day.month == 7 })
        #expect(!plan.meetings.contains { $0.day >= F.day("2026-12-22") })
        // 52 Wednesdays from 7 January; the 5 in July and the 2 after 22 December are left out.
        #expect(plan.meetings.count == 52 - 5 - 2)
    }
}
