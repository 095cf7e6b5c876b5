import ArgumentParser
import Foundation
import Rules
import Scheduling
import Storage

/// What most commands do first: load the rules (stopping with every problem listed if
/// they are wrong), know today, then read the database and plan.
struct Session {
    let project: Project
    let rules: RuleSet
    let language: Language
    /// Today in the region (or `--today`): before it is history.
    let today: Day

    /// A folder left out is looked for as `--rules` does.
    init(folder: String?, databasePath: String?, context: ContextOptions) throws {
        project = Project(rulesFolder: try RulesOption.folder(given: folder), databasePath: databasePath)
        language = context.language
        let result = project.loadRules()
        Console.report(result.diagnostics, language)
        guard let rules = result.rules else { throw Failure() }
        self.rules = rules
        today = context.day(timeZone: rules.calendar.timeZone)
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

    /// The stored state for today; nothing yet without a database.
    func state() throws -> PlanState { try Project.state(try readDatabase(), today: today) }

    func plan(_ years: ClosedRange<Int>, state: PlanState) -> Plan {
        Project.plan(rules, years: years, state: state)
    }

    /// The warnings of a plan about one network (or all), for acting commands to show
    /// what their act left behind.
    func warnings(_ plan: Plan, network: String?) -> [Problem] {
        plan.problems.filter { $0.severity == .warning && (network == nil || $0.networkID == network) }
    }
}
