import Testing
@testable import Rules
@testable import Scheduling

/// One small region where each hard rule can be broken on its own day.
private enum Scene {
    typealias F = Fixture

    static let today = F.day("2026-03-02")

    static func rules(busyCounts: Bool = true) -> RuleSet {
        var calendar = CalendarRules(period: 2026...2026)
        calendar.blackouts = [Blackout(name: LocalizedText("Huoltotauko"),
                                       span: .dates(DatedPeriod(from: F.day("2026-04-01"), to: F.day("2026-04-03"))),
                                       location: F.here)]
        calendar.schoolHolidays = [SchoolHoliday(name: LocalizedText("Talviloma"),
                                                 period: DatedPeriod(from: F.day("2026-04-14"), to: F.day("2026-04-17")),
                                                 municipalities: .all, location: F.here)]
        var coordinator = F.person("koordinaattori", limit: 1)
        coordinator.busy = [ImportedEvent(summary: "Valtakunnallinen verkosto", firstDay: F.day("2026-03-12"),
                                          lastDay: F.day("2026-03-12"), startTime: F.time("09:00"),
                                          endTime: F.time("10:00"))]
        coordinator.busyCountsAsMeetings = busyCounts
        let a = F.person("a", away: [DatedPeriod(name: LocalizedText("Loma"), from: F.day("2026-03-24"),
                                                 to: F.day("2026-03-27"))])
        var b = F.person("b")
        b.busy = [ImportedEvent(summary: "Oma kokous", firstDay: F.day("2026-03-26"), lastDay: F.day("2026-03-26"),
                                startTime: F.time("13:00"), endTime: F.time("15:00"))]
        let n = F.network("n", F.meetings(.windows([F.window("w", "03-01", "04-30", count: 2)])) {
            $0.mode = .live
            $0.placeID = "huone"
            $0.allowedWeekdays = [.tuesday, .wednesday, .thursday]
            $0.avoidSchoolHolidays = .all
        }, members: [F.member("koordinaattori", [.convener]), F.member("a"), F.member("b")])
        let o = F.network("o", F.meetings(.windows([F.window("x", "03-10", "03-10")])))
        let r = F.network("r", F.meetings(.windows([F.window("y", "03-11", "03-11")])) {
            $0.mode = .live
            $0.placeID = "huone"
        }, members: [F.member("c", [.convener])])
        return F.rules([n, o, r], calendar: calendar, people: [coordinator, a, b, F.person("c"), F.person("pj")])
    }
}

@Suite("The hard rules, one checker")
struct HardRuleTests {
    typealias F = Fixture

    @Test("Every hard rule a move could break is named by the same checker the scheduler uses")
    func everyRule() throws {
        let rules = Scene.rules()
        let plan = F.plan(rules, today: Scene.today)
        #expect(!plan.hasErrors, "\(plan.problems.map { $0.text(.en) })")
        let check = SlotCheck(rules: rules, plan: plan)
        let first = try #require(plan.meeting("n/2026/w-1"))
        let second = try #require(plan.meeting("n/2026/w-2"))
        let other = try #require(plan.meeting("o/2026/x"))
        let room = try #require(plan.meeting("r/2026/y"))
        func blockers(_ day: String, _ time: String, _ meeting: Meeting? = nil) -> [Blocker] {
            check.blockers(meeting ?? first, day: F.day(day), start: F.time(time))
        }
        func booked(_ m: Meeting) -> BookedMeeting {
            BookedMeeting(key: m.key, networkID: m.networkID, title: m.title, day: m.day, start: m.start, end: m.end)
        }
        #expect(blockers("2026-03-07", "09:00").contains(.closedDay(.weekend)))
        #expect(blockers("2026-04-06", "09:00").contains(.closedDay(.holiday(
            LocalizedText(fi: "2. pääsiäispäivä", sv: "Annandag påsk", en: "Easter Monday")))))
        #expect(blockers("2026-07-14", "09:00").contains(.closedDay(.noMeetingMonth(7))))
        #expect(blockers("2026-04-02", "09:00", second).contains(.closedDay(.blackout(LocalizedText("Huoltotauko")))))
        #expect(blockers("2026-04-15", "09:00", second).contains(.closedDay(.schoolHoliday(LocalizedText("Talviloma")))))
        #expect(blockers("2026-03-23", "09:00").contains(.weekday(.monday, allowed: [.tuesday, .wednesday, .thursday])))
        #expect(blockers("2026-03-19", "15:00").contains(.hours(earliest: F.time("08:30"), latest: F.time("16:00"))))
        #expect(blockers("2026-05-05", "09:00").contains(.outsideWindow(try #require(first.window))))
        #expect(blockers("2026-02-26", "09:00").contains(.past(today: Scene.today)))
        #expect(blockers(second.day.adding(days: -7).iso, "09:00")
            .contains(.spacing(days: 14, meeting: booked(second))))
        #expect(blockers("2026-03-25", "09:00").contains(.unavailable(
            person: "a", period: DatedPeriod(name: LocalizedText("Loma"), from: F.day("2026-03-24"), to: F.day("2026-03-27")))))
        #expect(blockers("2026-03-26", "13:00").contains(.busy(
            person: "b", event: BusyTime(summary: "Oma kokous", day: F.day("2026-03-26"), start: F.time("13:00"),
                                         end: F.time("15:00")))))
        #expect(blockers(other.day.iso, other.start.description).contains(.overlap(person: "koordinaattori",
                                                                                  meeting: booked(other))))
        #expect(blockers(other.day.iso, "13:00") == [.dayLimit(person: "koordinaattori", limit: 1,
                                                               meetings: [booked(other)], busy: [])])
        // Her own calendar's meeting counts towards the daily limit, at any hour.
        let imported = BusyTime(summary: "Valtakunnallinen verkosto", day: F.day("2026-03-12"), start: F.time("09:00"),
                                end: F.time("10:00"))
        #expect(blockers("2026-03-12", "13:00") == [.dayLimit(person: "koordinaattori", limit: 1, meetings: [],
                                                              busy: [imported])])
        #expect(blockers(room.day.iso, room.start.description).contains(.roomTaken(place: "huone", meeting: booked(room))))
        // A free slot is free.
        #expect(blockers("2026-03-18", "13:00").isEmpty)
        // Each is said in words: "koordinaattori: Verkosto o 10.3. klo 9–11".
        #expect(ProblemMessage.describe(.overlap(person: "koordinaattori", meeting: booked(other)), .fi)
            == "koordinaattori: Verkosto o \(other.day.day).\(other.day.month). klo \(other.start.hour)–\(other.end.hour)")
    }

    @Test("The scheduler keeps the same rules: no meeting on a day the checker refuses")
    func schedulerAgrees() throws {
        let rules = Scene.rules()
        let plan = F.plan(rules, today: Scene.today)
        let check = SlotCheck(rules: rules, plan: plan)
        for meeting in plan.meetings {
            #expect(check.blockers(meeting, day: meeting.day, start: meeting.start).isEmpty, "\(meeting.key)")
        }
        // The coordinator's imported meeting day holds none of her meetings.
        #expect(!plan.meetings.contains { $0.day == F.day("2026-03-12") && $0.expected.contains("koordinaattori") })
    }

    @Test("busyCountsAsMeetings: false lets a day with an imported event take a meeting")
    func busyNeedNotCount() throws {
        let rules = Scene.rules(busyCounts: false)
        let plan = F.plan(rules, today: Scene.today)
        let first = try #require(plan.meeting("n/2026/w-1"))
        #expect(SlotCheck(rules: rules, plan: plan).blockers(first, day: F.day("2026-03-12"), start: F.time("13:00")).isEmpty)
    }

    /// Six networks that all want the room `huone` at 9 on 2–3 March, convened by `convener(i)`.
    static func roomSeekers(convener: (Int) -> String) -> [Network] {
        (1...6).map { i in
            F.network("h\(i)", F.meetings(.windows([F.window("w", "03-02", "03-03")])) {
                $0.mode = .live
                $0.placeID = "huone"
                $0.preferredTimes = [F.time("09:00")]
            }, members: [F.member(convener(i), [.convener])])
        }
    }

    @Test("Two meetings are never booked into the same room at the same time")
    func rooms() throws {
        let plan = F.plan(F.rules(Self.roomSeekers { _ in "pj" }))
        #expect(!plan.hasErrors)
        let slots = plan.meetings.map { "\($0.day) \($0.start)" }
        #expect(Set(slots).count == 6)
        for a in plan.meetings {
            for b in plan.meetings where a.key < b.key && a.day == b.day {
                #expect(a.end <= b.start || b.end <= a.start, "\(a.key) and \(b.key) share the room")
            }
        }
    }

    @Test("A place that holds two meetings at once takes two at a time, never three")
    func placeHoldsSeveral() throws {
        var rules = F.rules(Self.roomSeekers { "p\($0)" }, people: F.people + (1...6).map { Person(id: "p\($0)", title: LocalizedText("P"), location: F.here) })
        rules.places["huone"]?.holds = 2
        let plan = F.plan(rules)
        #expect(!plan.hasErrors, "\(plan.problems.map { $0.rendered(.en) })")
        for a in plan.meetings {
            let together = plan.meetings.filter { $0.day == a.day && $0.start < a.end && a.start < $0.end }
            #expect(together.count <= 2, "\(together.map(\.key)) in the room at once")
        }
        #expect(plan.meetings.contains { a in plan.meetings.contains { $0.key != a.key && $0.day == a.day && $0.start == a.start } },
                "two at once do happen")
    }

    @Test("A person invited on demand gets meetings on days apart, and apart from their own")
    func onDemandSpreads() throws {
        // Six groups with the same rules, to which the coordinator comes when invited, and
        // her own network in the same window.
        var networks = (1...6).map { i in
            F.network("g\(i)", F.meetings(.windows([F.window("w", "03-01", "03-31")])),
                      members: [F.member("pj", [.convener]), F.member("koordinaattori", [.member], .onDemand)])
        }
        networks.append(F.network("oma", F.meetings(.windows([F.window("w", "03-01", "03-31")]))))
        let plan = F.plan(F.rules(networks))
        #expect(!plan.hasErrors)
        let invited = plan.meetings.filter { $0.networkID.hasPrefix("g") }
        #expect(Set(invited.map(\.day)).count == 6, "\(invited.map(\.day))")
        let own = try #require(plan.meeting("oma/2026/w"))
        #expect(!invited.contains { $0.day == own.day })
        // She is invited, not expected: her calendar is not blocked by the groups.
        #expect(invited.allSatisfy { $0.attendees.contains { $0.personID == "koordinaattori" && $0.optional } })
    }

    @Test("In the Etelä-Savo example the twelve LAPE groups meet on days of their own, apart from the coordinator's meetings", .tags(.example))
    func lapeGroups() throws {
        let plan = F.plan(F.example, 2026...2029)
        let lape = plan.meetings.filter { $0.networkID.hasPrefix("lape-") }
        #expect(lape.count == 12 * 4 * 4)
        #expect(Set(lape.map(\.day)).count == lape.count)
        let own = Set(plan.meetings.filter { !$0.networkID.hasPrefix("lape-") && $0.expected.contains("koordinaattori") }
            .map(\.day))
        #expect(lape.filter { own.contains($0.day) }.isEmpty)
    }
}
