import ArgumentParser
import Foundation
import Rules
import Scheduling
import Storage

/// What most commands do first: load the rules (stopping with every problem listed if
/// they are wrong), then open the database and plan.
struct Session {
    let project: Project
    let rules: RuleSet
    let language: Language

    init(folder: String, databasePath: String?, language: Language) throws {
        project = Project(rulesFolder: folder, databasePath: databasePath)
        self.language = language
        let result = project.loadRules()
        Console.report(result.diagnostics, language)
        guard let rules = result.rules else { throw Failure() }
        self.rules = rules
    }

    /// Stops with "unknown network 'x'. Did you mean …?" unless the rules have it.
    func requireNetwork(_ id: String) throws {
        guard rules.network(id) == nil else { return }
        try unknown(.network, id, among: rules.networks.map(\.id))
    }

    func requirePerson(_ id: String) throws {
        guard rules.people[id] == nil else { return }
        try unknown(.person, id, among: rules.people.keys)
    }

    private func unknown(_ kind: ReferenceKind, _ id: String, among candidates: some Sequence<String>) throws {
        let suggestion = Suggestion.closest(to: id, in: candidates)
        Console.error("\(project.rulesFolder): "
            + DiagnosticMessage.unknownReference(kind, id, suggestion: suggestion).text(language))
        throw Failure()
    }

    func years(_ period: PeriodOptions) -> ClosedRange<Int> { years(from: period.from, to: period.to) }

    func years(from: Int?, to: Int?) -> ClosedRange<Int> {
        Project.years(from: from, to: to, rules: rules, today: today)
    }

    /// Today in the region; `VUOSIKELLO_TODAY=2026-03-01` pretends another day.
    var today: Day { Self.today(timeZone: rules.calendar.timeZone) }

    static func today(timeZone: String) -> Day {
        if let text = ProcessInfo.processInfo.environment["VUOSIKELLO_TODAY"], let day = Day(iso: text) { return day }
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Europe/Helsinki")!
        let now = Calendar(identifier: .gregorian).dateComponents(in: zone, from: Date())
        return Day(year: now.year!, month: now.month!, day: now.day!)!
    }


    /// The time of this build, UTC seconds: `SOURCE_DATE_EPOCH` when set (reproducible builds).
    static var now: Int {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) { return seconds }
        return Int(Date().timeIntervalSince1970)
    }

    /// Opens the database for reading only; nil when it does not exist yet.
    func readDatabase() throws -> ProjectDatabase? {
        try ProjectDatabase.openForReading(path: project.databasePath)
    }

    func writeDatabase() throws -> ProjectDatabase {
        try ProjectDatabase(path: project.databasePath)
    }

    func plan(_ years: ClosedRange<Int>, database: ProjectDatabase?) throws -> Plan {
        try project.plan(rules, years: years, database: database, today: today)
    }
}
