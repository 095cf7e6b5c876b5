import Foundation
@testable import Rules
@testable import Scheduling

/// Builds rules in code, so that scheduler tests need no files.
enum Fixture {
    static let here = SourceLocation(file: "test.yaml", line: 1, column: 1)

    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    static func time(_ text: String) -> TimeOfDay { TimeOfDay(text: text)! }

    static func person(_ id: String, limit: Int? = nil, away: [DatedPeriod] = []) -> Person {
        Person(id: id, title: LocalizedText(id), maxMeetingsPerDay: limit, unavailable: away, location: here)
    }

    static let people: [Person] = [
        person("koordinaattori", limit: 1), person("pj"), person("a"), person("b"), person("c"),
    ]

    static let places: [Place] = [
        Place(id: "teams", name: LocalizedText("Teams"), onlineURL: "https://teams.example.org/t", location: here),
        Place(id: "huone", name: LocalizedText("Kokoushuone"), address: "Mikkeli", location: here),
    ]

    static func member(_ person: String, _ roles: [Role] = [.member], _ attendance: Attendance = .every,
                       from: Day? = nil, until: Day? = nil) -> Membership {
        Membership(personID: person, roles: roles, attendance: attendance, from: from, until: until, location: here)
    }

    static func meetings(_ cadence: Cadence, _ configure: (inout MeetingRules) -> Void = { _ in }) -> MeetingRules {
        var rules = MeetingRules(phases: [Phase(cadence: cadence, location: here)], durationMinutes: 120,
                                 earliest: time("08:30"), latest: time("16:00"), preferredTimes: [time("09:00")],
                                 minSpacingDays: 14, onlineID: "teams", location: here)
        configure(&rules)
        return rules
    }

    static func network(_ id: String, _ meetings: MeetingRules?,
                        members: [Membership] = [member("koordinaattori", [.convener])],
                        _ configure: (inout Network) -> Void = { _ in }) -> Network {
        var network = Network(id: id, title: LocalizedText("Verkosto \(id)"), members: members, meetings: meetings,
                              file: "\(id).yaml", location: here)
        configure(&network)
        return network
    }

    static func window(_ id: String, _ from: String, _ to: String, count: Int = 1, mode: MeetingMode? = nil,
                       agenda: [String] = []) -> MeetingWindow {
        MeetingWindow(id: id, from: MonthDay(text: from)!, to: MonthDay(text: to)!, count: count, mode: mode,
                      agenda: agenda.map { LocalizedText($0) }, location: here)
    }

    static func rules(_ networks: [Network], calendar: CalendarRules = CalendarRules(period: 2026...2027),
                      people: [Person] = people) -> RuleSet {
        RuleSet(folder: "test", calendar: calendar, people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }),
                places: Dictionary(uniqueKeysWithValues: places.map { ($0.id, $0) }), networks: networks)
    }

    /// Today for plans that have no past: the first day of 2025.
    static let beforeEverything = Day(iso: "2025-01-01")!

    static func plan(_ rules: RuleSet, _ years: ClosedRange<Int> = 2026...2026, today: Day = beforeEverything,
                     overrides: [MeetingOverride] = [], baseline: [BaselineSlot] = [], history: History = History(),
                     minutes: Set<String> = []) -> Plan {
        Scheduler().plan(SchedulingInput(rules: rules, firstYear: years.lowerBound, lastYear: years.upperBound,
                                         today: today,
                                         overrides: Dictionary(uniqueKeysWithValues: overrides.map { ($0.key, $0) }),
                                         baseline: Dictionary(uniqueKeysWithValues: baseline.map { ($0.key, $0) }),
                                         history: history, recordedMinutes: minutes))
    }

    /// What the database would hold after saving `plan` on `today`: its meetings and tasks
    /// before today, and the years it covered.
    static func history(of plan: Plan, today: Day) -> History {
        var history = History()
        for meeting in plan.meetings where meeting.day < today { history.meetings[meeting.key] = meeting }
        let held = Set(history.meetings.keys)
        for task in plan.tasks where task.due < today || task.meetingKey.map(held.contains) == true {
            history.tasks[task.key] = task
        }
        history.years = Set(plan.firstYear...plan.lastYear)
        return history
    }

    /// The previous plan as the database would hold it.
    static func baseline(of plan: Plan) -> [BaselineSlot] {
        plan.meetings.filter { $0.status != .moved }
            .map { BaselineSlot(key: $0.key, signature: $0.signature, day: $0.day, start: $0.start) }
    }

    static var example: RuleSet {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("calendars/etela-savo").path
        return RuleLoader().load(folder: folder).rules!
    }
}
