import Testing
@testable import Rules
@testable import Scheduling

@Suite("Today and the past")
struct HistoryTests {
    typealias F = Fixture

    static let november = F.day("2026-11-29")

    /// A monthly network and one meeting four times a year with one live, as the coordinator has them.
    static func region() -> [Network] {
        [F.network("kuukausi", F.meetings(.monthly(exceptMonths: []))),
         F.network("neljasti", F.meetings(.perYear(count: 4, months: nil)) {
             $0.live = LiveRule(perYear: 1, prefer: [.month(5)], location: F.here)
             $0.placeID = "huone"
         }, members: [F.member("pj", [.convener])]) {
             $0.deadlines = [DeadlineRule(kind: .minutes, offsetDays: 7, owners: [.role(.secretary)], location: F.here)]
         }]
    }

    @Test("A network added in November gets no meeting before today; its past windows are reported missed, once")
    func addedInNovember() throws {
        let rules = F.rules(Self.region())
        let before = F.plan(rules, today: Self.november)
        let history = F.history(of: before, today: Self.november)
        var added = rules
        added.networks.append(F.network("uusi", F.meetings(.monthly(exceptMonths: [])),
                                        members: [F.member("a", [.convener])]))
        let after = F.plan(added, today: Self.november, baseline: F.baseline(of: before), history: history)
        #expect(!after.hasErrors)
        for meeting in before.meetings where meeting.day < Self.november {
            #expect(after.meeting(meeting.key) == meeting, "\(meeting.key) changed")
        }
        let new = after.meetings(of: "uusi")
        #expect(new.map(\.key) == ["uusi/2026/11", "uusi/2026/12"])
        #expect(new.allSatisfy { $0.day >= Self.november })
        // January to October (no July) were over: reported once each, naming the window.
        #expect(after.missed.map(\.key) == ["uusi/2026/01", "uusi/2026/02", "uusi/2026/03", "uusi/2026/04",
                                            "uusi/2026/05", "uusi/2026/06", "uusi/2026/08", "uusi/2026/09",
                                            "uusi/2026/10"])
        let warned = after.problems.filter { $0.message == .missed }
        #expect(warned.count == 9 && warned.allSatisfy { $0.severity == .warning && $0.window != nil })
        // Once stored, they are not reported again.
        var stored = F.history(of: after, today: Self.november)
        stored.missed = Set(after.missed.map(\.key))
        let again = F.plan(added, today: Self.november, baseline: F.baseline(of: after), history: stored)
        #expect(!again.problems.contains { $0.message == .missed })
        #expect(again.meetings.map(\.key) == after.meetings.map(\.key))
        // No deadline of the new network falls in the past either.
        #expect(!after.tasks.contains { $0.networkID == "uusi" && $0.meetingKey.flatMap(after.meeting)?.day ?? Self.november < Self.november })
    }

    @Test("Changing a cadence from 4 to 6 a year re-modes nothing held and moves nothing into the past")
    func cadenceChanged() throws {
        let rules = F.rules(Self.region())
        let before = F.plan(rules, today: Self.november)
        let history = F.history(of: before, today: Self.november)
        var changed = rules
        changed.networks[1].meetings?.phases = [Phase(cadence: .perYear(count: 6, months: nil), location: F.here)]
        let after = F.plan(changed, today: Self.november, baseline: F.baseline(of: before), history: history)
        for meeting in before.meetings where meeting.day < Self.november {
            let now = try #require(after.meeting(meeting.key), "\(meeting.key) was dropped")
            #expect(now == meeting)
        }
        // The held live meeting counts for the year: no second one is made.
        let year = after.meetings(of: "neljasti").filter { $0.cycleYear == 2026 && !$0.isCancelled }
        #expect(year.filter { $0.mode == .live }.count == 1)
        for meeting in after.meetings where before.meeting(meeting.key) == nil || before.meeting(meeting.key)!.day >= Self.november {
            #expect(meeting.day >= Self.november, "\(meeting.key) was put in the past")
        }
    }

    @Test("One live meeting a year keeps its turn as the meetings before it are held")
    func liveTurnStays() throws {
        let rules = F.rules([F.network("lp", F.meetings(.perYear(count: 4, months: nil)) {
            $0.live = LiveRule(perYear: 1, prefer: [], location: F.here)
            $0.placeID = "huone"
        }, members: [F.member("pj", [.convener])])])
        let start = F.plan(rules, today: F.day("2025-12-01"))
        let year = start.meetings(of: "lp").filter { $0.day.year == 2026 }
        #expect(year.count == 4)
        let lives = year.filter { $0.mode == .live }.map(\.key)
        #expect(lives.count == 1)
        let live = try #require(lives.first)
        // Today moves through the year; each plan starts from the one before and its history.
        var previous = start
        for meeting in year {
            let today = meeting.day.adding(days: 1)
            let plan = F.plan(rules, today: today, baseline: F.baseline(of: previous),
                              history: F.history(of: previous, today: today))
            #expect(plan.meetings(of: "lp").filter { $0.day.year == 2026 && $0.mode == .live }.map(\.key) == [live],
                    "on \(today.iso)")
            previous = plan
        }
    }

    @Test("A renamed network keeps the titles of its held meetings")
    func renameKeepsHistory() throws {
        let rules = F.rules(Self.region())
        let before = F.plan(rules, today: Self.november)
        var renamed = rules
        renamed.networks[0].title = LocalizedText("Uusi nimi")
        let after = F.plan(renamed, today: Self.november, baseline: F.baseline(of: before),
                           history: F.history(of: before, today: Self.november))
        #expect(after.meetings(of: "kuukausi").filter { $0.day < Self.november }.allSatisfy { $0.title.fi == "Verkosto kuukausi" })
        #expect(after.meetings(of: "kuukausi").filter { $0.day >= Self.november }.allSatisfy { $0.title.fi == "Uusi nimi" })
    }

    @Test("A network removed from the rules keeps its held meetings and deadlines; the rest go")
    func removedNetwork() throws {
        let rules = F.rules(Self.region())
        let before = F.plan(rules, today: Self.november)
        var removed = rules
        removed.networks.removeAll { $0.id == "neljasti" }
        let after = F.plan(removed, today: Self.november, baseline: F.baseline(of: before),
                           history: F.history(of: before, today: Self.november))
        let held = before.meetings(of: "neljasti").filter { $0.day < Self.november }
        #expect(after.meetings(of: "neljasti") == held)
        #expect(!held.isEmpty)
        for meeting in held where !meeting.isCancelled {
            #expect(after.tasks.contains { $0.meetingKey == meeting.key }, "\(meeting.key)")
        }
        #expect(!after.tasks.contains { $0.networkID == "neljasti" && $0.due >= Self.november.adding(days: 30) })
    }

    @Test("A meeting the rules can no longer place can still be cancelled")
    func cancelWhatCannotBePlaced() throws {
        var rules = F.rules(Self.region())
        let before = F.plan(rules, today: Self.november)
        // The coordinator's leave covers all of December.
        rules.people["koordinaattori"]?.unavailable = [DatedPeriod(from: F.day("2026-12-01"), to: F.day("2026-12-31"))]
        let blocked = F.plan(rules, today: Self.november, baseline: F.baseline(of: before),
                             history: F.history(of: before, today: Self.november))
        #expect(blocked.problems.contains { $0.severity == .error && $0.meetingKey == "kuukausi/2026/12" })
        let cancelled = F.plan(rules, today: Self.november,
                               overrides: [MeetingOverride(key: "kuukausi/2026/12", cancelled: true)],
                               baseline: F.baseline(of: before), history: F.history(of: before, today: Self.november))
        #expect(!cancelled.hasErrors)
        #expect(cancelled.meeting("kuukausi/2026/12")?.status == .cancelled)
    }

    @Test("Cancelling the year's only live meeting leaves a warning; so do minutes of a meeting to come")
    func liveAndMinutesWarnings() throws {
        let rules = F.rules(Self.region())
        let plan = F.plan(rules, today: F.day("2026-03-01"))
        let live = try #require(plan.meetings(of: "neljasti").first { $0.mode == .live })
        let cancelled = F.plan(rules, today: F.day("2026-03-01"), overrides: [MeetingOverride(key: live.key, cancelled: true)],
                               minutes: [live.key])
        #expect(cancelled.problems.contains {
            $0.severity == .warning && $0.message == .tooFewLive(cycle: "2026", needed: 1, left: 0, mode: .live)
        })
        #expect(!plan.problems.contains { if case .tooFewLive = $0.message { true } else { false } })
        let minutes = F.plan(rules, today: F.day("2026-03-01"), minutes: [live.key])
        #expect(minutes.problems.contains { $0.meetingKey == live.key && $0.message == .minutesBeforeMeeting(day: live.day) })
    }

    @Test("Shared roles are all kept: two secretaries, co-chairs, co-conveners; their work goes to each")
    func sharedRoles() throws {
        let network = F.network("jaettu", F.meetings(.perYear(count: 2, months: nil)),
                                members: [F.member("koordinaattori", [.convener]), F.member("pj", [.convener, .chair]),
                                          F.member("a", [.chair]), F.member("b", [.secretary]),
                                          F.member("c", [.secretary])]) {
            $0.deadlines = [DeadlineRule(kind: .minutes, offsetDays: 7, owners: [.role(.secretary)], location: F.here),
                            DeadlineRule(kind: .agenda, offsetDays: -7, owners: [.role(.convener), .role(.chair)],
                                         location: F.here)]
        }
        let plan = F.plan(F.rules([network]))
        let meeting = try #require(plan.meetings.first)
        #expect(meeting.conveners == ["koordinaattori", "pj"])
        #expect(meeting.chairs == ["pj", "a"])
        #expect(meeting.secretaries == ["b", "c"])
        #expect(plan.task(meeting.key + "/minutes")?.owners == ["b", "c"])
        #expect(plan.task(meeting.key + "/agenda")?.owners == ["koordinaattori", "pj", "a"])
    }

    @Test("A report goes to the first receiving meeting whose agenda is still open; a year without one is warned about")
    func reports() throws {
        var leadership = F.network("jr", F.meetings(.monthly(exceptMonths: [])))
        leadership.deadlines = [DeadlineRule(kind: .agenda, offsetDays: -7, owners: [.role(.convener)], location: F.here)]
        let sender = F.network("lahettaja", F.meetings(.windows([F.window("lokakuu", "10-01", "10-31")])),
                               members: [F.member("pj", [.convener])]) {
            $0.reports = [ReportingLine(to: "jr", after: .window("lokakuu"), location: F.here)]
        }
        let rules = F.rules([leadership, sender])
        let plan = F.plan(rules)
        let october = try #require(plan.meeting("lahettaja/2026/lokakuu"))
        let receiving = try #require(plan.meetings(of: "jr").first { $0.agenda.contains { $0.title.fi.hasPrefix("Raportti:") } })
        #expect(try #require(plan.task(receiving.key + "/agenda")).due > october.day)
        for skipped in plan.meetings(of: "jr") where skipped.day > october.day && skipped.day < receiving.day {
            #expect(try #require(plan.task(skipped.key + "/agenda")).due <= october.day)
        }
        // The October meeting cancelled: no report this year, and the plan says so.
        let cancelled = F.plan(rules, overrides: [MeetingOverride(key: october.key, cancelled: true)])
        #expect(cancelled.problems.contains { $0.message == .reportMissing(to: "jr", cycle: "2026") })
    }

    @Test("Deadlines: work after a meeting rolls forward, work before it rolls back, minutes never on the meeting day")
    func deadlines() throws {
        var calendar = CalendarRules(period: 2026...2027)
        calendar.blackouts = [Blackout(name: LocalizedText("Joulu"), span: .everyYear(YearlyPeriod(
            from: MonthDay(month: 12, day: 22)!, to: MonthDay(month: 1, day: 6)!)), location: F.here)]
        let days = WorkingCalendar(rules: calendar, first: F.day("2026-01-01"), last: F.day("2027-12-31"))
        let minutes = DeadlineRule(kind: .minutes, offsetDays: 7, owners: [.role(.secretary)], location: F.here)
        let agenda = DeadlineRule(kind: .agenda, offsetDays: -7, owners: [.role(.convener)], location: F.here)
        let sameDay = DeadlineRule(kind: .minutes, offsetDays: 0, owners: [.role(.secretary)], location: F.here)
        // The example's cases: a 16.12. meeting's minutes are due 23.12. (the Christmas break
        // stops meetings, not work), a 30.6. meeting's on the first working day of August.
        #expect(days.due(minutes, meetingDay: F.day("2026-12-16")) == F.day("2026-12-23"))
        #expect(days.due(minutes, meetingDay: F.day("2026-06-30")) == F.day("2026-08-03"))
        // The agenda of a 13.1. meeting: not 18.12., but 5.1. (Epiphany is a holiday).
        #expect(days.due(agenda, meetingDay: F.day("2026-01-13")) == F.day("2026-01-05"))
        #expect(days.due(sameDay, meetingDay: F.day("2026-03-12")) == F.day("2026-03-13"))
        // A break that also stops deadlines says so.
        calendar.blackouts[0].noDeadlines = true
        let strict = WorkingCalendar(rules: calendar, first: F.day("2025-01-01"), last: F.day("2027-12-31"))
        #expect(strict.due(minutes, meetingDay: F.day("2026-12-16")) == F.day("2027-01-07"))
        #expect(strict.due(agenda, meetingDay: F.day("2026-01-13")) == F.day("2025-12-19"))
    }
}
