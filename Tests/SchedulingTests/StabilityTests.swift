import Testing
@testable import Rules
@testable import Scheduling

@Suite("Determinism, stability and the coordinator's changes")
struct StabilityTests {
    typealias F = Fixture

    private func slots(_ plan: Plan, except excluded: Set<String> = []) -> [String: String] {
        Dictionary(uniqueKeysWithValues: plan.meetings.filter { !excluded.contains($0.networkID) }
            .map { ($0.key, "\($0.day.iso) \($0.start) \($0.status.rawValue)") })
    }

    @Test("The same rules and state give the same plan", .tags(.example))
    func deterministic() {
        let rules = F.example
        let a = F.plan(rules, 2026...2029), b = F.plan(rules, 2026...2029)
        #expect(a.meetings == b.meetings)
        #expect(a.tasks == b.tasks)
        // Planning again from the stored previous plan changes nothing.
        let c = F.plan(rules, 2026...2029, baseline: F.baseline(of: a))
        #expect(c.meetings == a.meetings)
    }

    @Test("Removing a network moves no other network's meeting", .tags(.example))
    func removeNetwork() {
        let rules = F.example
        let before = F.plan(rules, 2026...2029)
        var without = rules
        without.networks.removeAll { $0.id == "lp-kouluttajat" }
        let after = F.plan(without, 2026...2029, baseline: F.baseline(of: before))
        #expect(slots(after) == slots(before, except: ["lp-kouluttajat"]))
    }

    @Test("Adding a network moves no other network's meeting", .tags(.example))
    func addNetwork() {
        let rules = F.example
        let before = F.plan(rules, 2026...2029)
        var with = rules
        // A new monthly network convened by the coordinator, who is already busy.
        with.networks.append(F.network("uusi", F.meetings(.monthly(exceptMonths: [])) {
            $0.preferredWeekdays = [.thursday]
            $0.preferredTimes = [F.time("13:00")]
        }))
        let after = F.plan(with, 2026...2029, baseline: F.baseline(of: before))
        #expect(!after.hasErrors)
        #expect(slots(after, except: ["uusi"]) == slots(before))
        #expect(after.meetings.filter { $0.networkID == "uusi" }.count == 44)
    }

    @Test("Editing one network moves only that network's meetings", .tags(.example))
    func editNetwork() throws {
        let rules = F.example
        let before = F.plan(rules, 2026...2029)
        var edited = rules
        let index = try #require(edited.networks.firstIndex { $0.id == "perhekeskustoimijat" })
        edited.networks[index].meetings?.preferredWeekdays = [.monday]
        let after = F.plan(edited, 2026...2029, baseline: F.baseline(of: before))
        #expect(slots(after, except: ["perhekeskustoimijat"]) == slots(before, except: ["perhekeskustoimijat"]))
        // The edited network follows its new preference where the coordinator is free.
        func mondays(_ plan: Plan) -> Int {
            plan.meetings.filter { $0.networkID == "perhekeskustoimijat" && $0.day.weekday == .monday }.count
        }
        #expect(mondays(after) >= 10 && mondays(after) >= mondays(before) + 5, "\(mondays(before)) → \(mondays(after))")
    }

    @Test("Without a previous plan, a low-priority network added last does not disturb the others", .tags(.example))
    func addWithoutBaseline() {
        let rules = F.example
        let before = F.plan(rules, 2026...2029)
        var with = rules
        with.networks.append(F.network("viimeinen", F.meetings(.perYear(count: 2, months: nil)),
                                       members: [F.member("a", [.convener])]) { $0.priority = -10 })
        let after = F.plan(with, 2026...2029)
        #expect(slots(after, except: ["viimeinen"]) == slots(before))
    }

    @Test("A move that takes another meeting's slot forces only that meeting to move", .tags(.example))
    func hardConflictForcesMove() throws {
        let rules = F.example
        let before = F.plan(rules, 2026...2029)
        // Move a leadership-group meeting onto the day of another meeting the coordinator convenes.
        let victim = try #require(before.meetings.first { $0.networkID == "kohtaamispaikat" && $0.day.year == 2026 })
        let moved = try #require(before.meetings.first { $0.networkID == "johtoryhma" && $0.day.month == victim.day.month
            && $0.day.year == 2026 })
        let override = MeetingOverride(key: moved.key, day: victim.day, start: moved.start)
        let after = F.plan(rules, 2026...2029, overrides: [override], baseline: F.baseline(of: before))
        #expect(after.meeting(moved.key)?.status == .moved)
        #expect(after.meeting(moved.key)?.day == victim.day)
        #expect(after.meeting(victim.key)?.day != victim.day)
        #expect(slots(after).filter { $0.key != moved.key && $0.key != victim.key }
            == slots(before).filter { $0.key != moved.key && $0.key != victim.key })
        #expect(!after.hasErrors)
    }

    @Test("Move, cancel and restore")
    func overrides() throws {
        let network = F.network("n", F.meetings(.perYear(count: 4, months: nil)) {
            $0.live = LiveRule(perYear: 1, prefer: [.month(5)], location: F.here)
        }) {
            $0.annualCycle = [AnnualCycleItem(title: LocalizedText("Toisen kokouksen asia"), at: .nth(2), location: F.here)]
            $0.deadlines = [DeadlineRule(kind: .agenda, offsetDays: -7, owners: [.role(.convener)], location: F.here)]
        }
        let rules = F.rules([network])
        let original = F.plan(rules)
        let second = try #require(original.meeting("n/2026/2"))

        let moved = F.plan(rules, overrides: [MeetingOverride(key: second.key, day: F.day("2026-06-02"), start: F.time("10:00"))],
                           baseline: F.baseline(of: original))
        #expect(moved.meeting(second.key)?.status == .moved)
        #expect(moved.meeting(second.key)?.day == F.day("2026-06-02"))
        #expect(moved.meeting(second.key)?.start == F.time("10:00"))
        #expect(moved.tasks.first { $0.key == second.key + "/agenda" }?.due == F.day("2026-05-26"))

        let cancelled = F.plan(rules, overrides: [MeetingOverride(key: second.key, cancelled: true)],
                               baseline: F.baseline(of: original))
        let c = try #require(cancelled.meeting(second.key))
        #expect(c.status == .cancelled)
        #expect(c.day == second.day)
        // No deadlines for a cancelled meeting; it keeps its own items (what it would have
        // handled) and hands them on to the next meeting.
        #expect(!cancelled.tasks.contains { $0.meetingKey == second.key })
        #expect(c.agenda.map(\.title.fi) == ["Toisen kokouksen asia"])
        let third = try #require(cancelled.meeting("n/2026/3"))
        #expect(third.agenda.first?.title.fi == "Toisen kokouksen asia")
        #expect(third.agenda.first?.source == .carriedOver(from: second.key))

        // Restoring is planning without the override: back where it was.
        let restored = F.plan(rules, baseline: F.baseline(of: moved))
        #expect(restored.meeting(second.key)?.day == second.day)
        #expect(restored.meeting(second.key)?.status == .planned)
    }

    @Test("Stored moves that break a hard rule are warned about in every plan, forced or not")
    func overrideWarnings() {
        let a = F.network("a", F.meetings(.perYear(count: 1, months: nil)))
        let b = F.network("b", F.meetings(.perYear(count: 1, months: nil)))
        let rules = F.rules([a, b])
        let plan = F.plan(rules, overrides: [
            MeetingOverride(key: "a/2026/1", day: F.day("2026-03-07"), start: F.time("09:00"), forced: true),
            MeetingOverride(key: "b/2026/1", day: F.day("2026-03-09"), start: F.time("10:00")),
            MeetingOverride(key: "c/2026/1", cancelled: true),
        ])
        let broken = plan.problems.compactMap { problem -> ([Blocker], Bool)? in
            if case let .brokenMove(blockers, forced) = problem.message { return (blockers, forced) }
            return nil
        }
        #expect(broken.count == 1)
        #expect(broken.first?.0 == [.closedDay(.weekend)] && broken.first?.1 == true)
        #expect(plan.problems.map(\.message).contains(.unknownOverride))
        #expect(plan.problems.allSatisfy { $0.severity == .warning })
        // The Monday move keeps every rule (Monday is no preferred day, but that is soft).
        #expect(!plan.problems.contains { $0.meetingKey == "b/2026/1" })
    }

    @Test("SlotCheck names every hard rule a hand-picked slot would break, and finds free times nearby")
    func slotCheck() throws {
        let a = F.network("a", F.meetings(.windows([F.window("w", "03-03", "03-03")])))
        let b = F.network("b", F.meetings(.windows([F.window("w", "03-02", "03-20")])) {
            $0.allowedWeekdays = [.tuesday, .wednesday, .thursday]
            $0.latest = F.time("16:00")
        })
        let rules = F.rules([a, b])
        let plan = F.plan(rules)
        let meeting = try #require(plan.meeting("b/2026/w"))
        let check = SlotCheck(rules: rules, plan: plan)
        let booked = try #require(plan.meeting("a/2026/w"))
        let blocking = check.blockers(meeting, day: F.day("2026-03-03"), start: F.time("21:30"))
        #expect(blocking.contains(.hours(earliest: F.time("08:30"), latest: F.time("16:00"))))
        #expect(blocking.contains { if case .dayLimit(let person, 1, let others, _) = $0 { person == "koordinaattori" && others.map(\.key) == [booked.key] } else { false } })
        #expect(check.blockers(meeting, day: F.day("2026-03-03"), start: booked.start)
            == [.overlap(person: "koordinaattori", meeting: BookedMeeting(key: booked.key, networkID: "a",
                                                                       title: booked.title, day: booked.day,
                                                                       start: booked.start, end: booked.end))])
        #expect(check.blockers(meeting, day: F.day("2026-04-06"), start: F.time("13:00"))
            .contains(.closedDay(.holiday(LocalizedText(fi: "2. pääsiäispäivä", sv: "Annandag påsk", en: "Easter Monday")))))
        #expect(check.blockers(meeting, day: F.day("2026-04-08"), start: F.time("13:00"))
            .contains { if case .outsideWindow = $0 { true } else { false } })
        #expect(check.blockers(meeting, day: F.day("2026-03-13"), start: F.time("13:00"))
            .contains(.weekday(.friday, allowed: [.tuesday, .wednesday, .thursday])))
        #expect(check.blockers(meeting, day: F.day("2026-03-11"), start: F.time("13:00")).isEmpty)
        let near = check.nearby(meeting, day: F.day("2026-03-03"), start: F.time("13:00"))
        #expect(near.count == 3)
        for slot in near { #expect(check.blockers(meeting, day: slot.day, start: slot.start).isEmpty) }
        #expect(near.first.map { abs($0.day.ordinal - F.day("2026-03-03").ordinal) } == 1)
    }
}

@Suite("Meetings in the past")
struct PastMeetingTests {
    typealias F = Fixture

    @Test("A meeting before today stays where it was even when its rules change; later ones follow the rules")
    func pastIsKept() throws {
        let network = F.network("n", F.meetings(.monthly(exceptMonths: [])) { $0.preferredWeekdays = [.tuesday] })
        let before = F.plan(F.rules([network]))
        var edited = network
        edited.meetings?.preferredWeekdays = [.friday]
        let today = F.day("2026-06-01")
        let after = F.plan(F.rules([edited]), today: today, baseline: F.baseline(of: before),
                           history: F.history(of: before, today: today))
        for meeting in after.meetings {
            let old = try #require(before.meeting(meeting.key))
            if old.day < today {
                #expect(meeting.day == old.day, "\(meeting.key) moved although it is in the past")
            }
        }
        // Most of the six later meetings follow the new preference (a soft rule, weighed
        // against the day that spreads the meetings evenly).
        let later = after.meetings.filter { $0.day >= today }
        #expect(later.count == 6 && later.filter { $0.day.weekday == .friday }.count >= 4)
        #expect(before.meetings.filter { $0.day >= today && $0.day.weekday == .friday }.isEmpty)
    }
}
