import Testing
@testable import Rules
@testable import Scheduling

@Suite("Hard constraints and rules that cannot be met")
struct ConstraintTests {
    typealias F = Fixture

    @Test("The Etelä-Savo plan keeps every hard constraint", .tags(.example))
    func examplePlanIsValid() throws {
        let rules = F.example
        let plan = F.plan(rules, 2026...2029)
        #expect(!plan.hasErrors, "\(plan.problems.map { $0.rendered(.en) })")
        let calendar = WorkingCalendar(rules: rules.calendar, first: F.day("2026-01-01"), last: F.day("2029-12-31"))
        let held = plan.meetings.filter { !$0.isCancelled }
        for meeting in held {
            let network = try #require(rules.network(meeting.networkID))
            let meetingRules = try #require(network.meetings)
            // Never on a weekend, holiday, blackout, in July, or on an avoided school holiday.
            #expect(calendar.closedReason(meeting.day, avoiding: meetingRules.avoidSchoolHolidays) == nil,
                    "\(meeting.key) on \(meeting.day)")
            // Inside its window and its hours.
            #expect(meeting.window?.contains(meeting.day) == true, "\(meeting.key)")
            #expect(meeting.start >= meetingRules.earliest && meeting.end <= meetingRules.latest)
        }
        // No person in two overlapping meetings; the coordinator in at most one a day.
        var byPersonDay: [String: [Meeting]] = [:]
        for meeting in held {
            for attendee in meeting.attendees where !attendee.optional {
                byPersonDay["\(attendee.personID) \(meeting.day.iso)", default: []].append(meeting)
            }
        }
        for (slot, meetings) in byPersonDay {
            for (i, a) in meetings.enumerated() {
                for b in meetings[(i + 1)...] {
                    #expect(!(a.start < b.end && b.start < a.end), "\(slot): \(a.key) and \(b.key) overlap")
                }
            }
            if slot.hasPrefix("koordinaattori ") { #expect(meetings.count == 1, "\(slot): \(meetings.map(\.key))") }
        }
        // Never over the hours the coordinator's own (imported) calendar has taken.
        let busy = try #require(rules.people["koordinaattori"]).busy
        #expect(!busy.isEmpty)
        for meeting in held where meeting.attendees.contains(where: { $0.personID == "koordinaattori" && !$0.optional }) {
            for event in busy where event.firstDay <= meeting.day && meeting.day <= event.lastDay {
                let start = event.firstDay == meeting.day ? event.startTime!.minutes : 0
                let end = event.lastDay == meeting.day ? event.endTime!.minutes : 24 * 60
                #expect(!(meeting.start.minutes < end && start < meeting.end.minutes), "\(meeting.key) vs \(event.summary)")
            }
        }
        // Minimum spacing between meetings of one network.
        for network in rules.networks {
            guard let spacing = network.meetings?.minSpacingDays else { continue }
            let days = held.filter { $0.networkID == network.id }.map(\.day).sorted()
            for (a, b) in zip(days, days.dropFirst()) { #expect(a.days(until: b) >= spacing, "\(network.id) \(a) \(b)") }
        }
    }

    @Test("The Etelä-Savo plan has the cadence the seed gives each network", .tags(.example))
    func exampleCadences() {
        let plan = F.plan(F.example, 2026...2029)
        func count(_ id: String, _ year: Int) -> Int { plan.meetings.filter { $0.networkID == id && $0.day.year == year }.count }
        for year in 2026...2029 {
            #expect(count("johtoryhma", year) == 11)
            #expect(count("ero-mikkeli", year) == 4)
            #expect(count("ero-maakunta", year) == 2)
            #expect(count("kohtaamispaikat", year) == 4)
            #expect(count("opiskeluhuolto", year) == 3)
            #expect(count("vertaisryhmaohjaajat", year) == 2)
            let liveKohtaamispaikat = plan.meetings.filter { $0.networkID == "kohtaamispaikat" && $0.day.year == year && $0.mode == .live }
            #expect(liveKohtaamispaikat.count == 1)
        }
        #expect(plan.meetings.filter { $0.networkID == "ero-maakunta" && $0.windowID == "mar-apr" }.allSatisfy { $0.mode == .live })
        #expect(plan.meetings.filter { $0.networkID == "ero-maakunta" && $0.windowID == "oct" }.allSatisfy { $0.mode == .remote })
        #expect(!plan.meetings.contains { $0.day.month == 7 })
    }

    @Test("The Etelä-Savo agendas carry the seed's annual cycle", .tags(.example))
    func exampleAgendas() throws {
        let plan = F.plan(F.example, 2026...2029)
        for area in ["mikkeli", "pieksamaki", "savonlinna"] {
            let novDec = try #require(plan.meeting("ero-\(area)/2026/nov-dec"))
            let titles = novDec.agenda.map(\.title.fi)
            #expect(titles.contains("Lapsiperheiden eroauttamisen palvelut -oppaan päivitys"))
            #expect(titles.contains("Tavoitteet ja nostot seuraavalle vuodelle"))
        }
        // The October "Nostot" go to the first leadership meeting whose agenda is still open:
        // its agenda deadline falls after the provincial meeting.
        for year in 2026...2029 {
            let october = try #require(plan.meeting("ero-maakunta/\(year)/oct"))
            let receiving = plan.meetings.filter { m in m.networkID == "johtoryhma" && m.day > october.day
                && plan.task(m.key + "/agenda").map { $0.due > october.day } == true }
            let next = try #require(receiving.first)
            #expect(next.agenda.contains { $0.title.fi.hasPrefix("Nostot: parisuhteen tuen") })
            for skipped in plan.meetings where skipped.networkID == "johtoryhma" && skipped.day > october.day
                && skipped.day < next.day {
                #expect(!skipped.agenda.contains { $0.title.fi.hasPrefix("Nostot:") }, "\(skipped.key)")
                #expect(try #require(plan.task(skipped.key + "/agenda")).due <= october.day)
            }
        }
        let peer = plan.meetings.filter { $0.networkID == "kohtaamispaikat" }.flatMap(\.agenda).map(\.title.fi)
        #expect(peer.filter { $0.contains("vertaisarviointi") }.count == 2)
        #expect(peer.filter { $0.contains("itsearviointi") }.count == 2)
        let surveys = plan.tasks.filter { $0.key.hasPrefix("seuranta/") && $0.key.hasSuffix("perheiden-kysely") }
        #expect(surveys.map(\.start.year) == [2027, 2029])
        let municipal = plan.tasks.filter { $0.key.hasSuffix("kuntakysely") }
        #expect(municipal.map(\.start.year) == [2026, 2028])
    }

    @Test("The coordinator is never in two meetings a day, even when networks compete")
    func coordinatorOncePerDay() {
        let networks = (1...6).map { i in
            F.network("n\(i)", F.meetings(.windows([F.window("w", "03-02", "03-06")])) { $0.minSpacingDays = 1 })
        }
        let plan = F.plan(F.rules(networks))
        let days = plan.meetings.map(\.day)
        #expect(Set(days).count == days.count)
        // Five working days (2–6 March 2026) for six networks: one cannot be placed.
        #expect(plan.meetings.count == 5)
        let problem = plan.problems.first
        #expect(plan.problems.count == 1 && problem?.severity == .error)
        #expect(problem?.constraint == .people)
        if case .peopleBusy(let person, let days, let examples)? = problem?.message {
            #expect(person == "koordinaattori" && days == 5 && !examples.isEmpty)
        } else {
            Issue.record("expected peopleBusy, got \(String(describing: problem?.message))")
        }
        #expect(problem?.text(.en).contains("koordinaattori is already in another meeting") == true)
    }

    @Test("People without a daily limit may have two meetings a day, but never overlapping")
    func overlapping() {
        let networks = (1...3).map { i in
            F.network("n\(i)", F.meetings(.windows([F.window("w", "03-03", "03-03")])) {
                $0.preferredTimes = [F.time("09:00")]
            }, members: [F.member("pj", [.convener])])
        }
        let plan = F.plan(F.rules(networks))
        #expect(plan.meetings.count == 3 && plan.meetings.allSatisfy { $0.day == F.day("2026-03-03") })
        let sorted = plan.meetings.sorted { $0.start < $1.start }
        for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(a.end <= b.start) }
    }

    @Test("Four meetings in a window too small for them are reported with the window and the spacing")
    func windowTooSmall() throws {
        let network = F.network("n", F.meetings(.windows([F.window("kevat", "03-02", "03-20", count: 4)])) {
            $0.minSpacingDays = 10
        })
        let plan = F.plan(F.rules([network]))
        #expect(plan.hasErrors)
        let problem = try #require(plan.problems.first { $0.severity == .error })
        #expect(problem.networkID == "n")
        #expect(problem.constraint == .spacing)
        #expect(problem.window != nil)
        #expect(problem.location == F.here)
        #expect(problem.text(.en).contains("minimum spacing of 10 days"))
    }

    @Test("A window with no working day is explained by what closed it")
    func closedWindow() throws {
        let network = F.network("n", F.meetings(.windows([F.window("joulu", "12-24", "12-27")])))
        let plan = F.plan(F.rules([network]))
        let problem = try #require(plan.problems.first)
        #expect(problem.constraint == .calendar)
        let text = problem.text(.fi)
        #expect(text.contains("Jouluaatto") && text.contains("viikonloppu"))
    }

    @Test("Someone away for the whole window")
    func personAway() throws {
        let away = DatedPeriod(from: F.day("2026-03-01"), to: F.day("2026-03-31"))
        let people = F.people.filter { $0.id != "pj" } + [F.person("pj", away: [away])]
        let network = F.network("n", F.meetings(.windows([F.window("maalis", "03-01", "03-31")])),
                                members: [F.member("pj", [.chair])])
        let plan = F.plan(F.rules([network], people: people))
        let problem = try #require(plan.problems.first)
        #expect(problem.message == .personUnavailable(person: "pj"))
    }

    @Test("Hours taken in a person's own calendar are avoided, and explained when nothing else is left")
    func busyElsewhere() throws {
        let busy = ImportedEvent(summary: "Kansallinen verkosto", firstDay: F.day("2026-03-03"), lastDay: F.day("2026-03-03"),
                                 startTime: F.time("08:00"), endTime: F.time("12:00"))
        var pj = F.person("pj")
        pj.busy = [busy]
        let people = F.people.filter { $0.id != "pj" } + [pj]
        let network = F.network("n", F.meetings(.windows([F.window("w", "03-03", "03-03")])) {
            $0.preferredTimes = [F.time("09:00")]
        }, members: [F.member("pj", [.convener])])
        let plan = F.plan(F.rules([network], people: people))
        let meeting = try #require(plan.meeting("n/2026/w"))
        #expect(meeting.start >= F.time("12:00"))
        let tight = F.network("m", F.meetings(.windows([F.window("w", "03-03", "03-03")])) {
            $0.latest = F.time("12:00")
        }, members: [F.member("pj", [.convener])])
        let failed = F.plan(F.rules([tight], people: people))
        #expect(failed.problems.first?.message == .personBusyElsewhere(person: "pj"))
    }

    @Test("School holidays are avoided where the rules say so")
    func schoolHolidays() {
        let holiday = SchoolHoliday(name: LocalizedText("Talviloma"),
                                    period: DatedPeriod(from: F.day("2026-02-23"), to: F.day("2026-03-01")),
                                    municipalities: .only(["juva"]), location: F.here)
        let calendar = CalendarRules(period: 2026...2026, schoolHolidays: [holiday])
        let avoiding = F.network("lape-juva", F.meetings(.windows([F.window("w", "02-23", "03-06")])) {
            $0.avoidSchoolHolidays = .only(["juva"])
        }, members: [F.member("a", [.convener])])
        let other = F.network("muu", F.meetings(.windows([F.window("w", "02-23", "03-06")])),
                              members: [F.member("b", [.convener])])
        let plan = F.plan(F.rules([avoiding, other], calendar: calendar))
        #expect(plan.meeting("lape-juva/2026/w")!.day >= F.day("2026-03-02"))
        #expect(plan.meeting("muu/2026/w")!.day < F.day("2026-03-02"))
    }
}

extension Tag {
    @Tag static var example: Self
}
