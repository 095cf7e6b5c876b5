import Foundation
import Rules
import Scheduling

/// A rules folder and its database: what every command works on.
public struct Project: Sendable {
    public let rulesFolder: String
    public let databasePath: String

    /// The database defaults to `vuosikello.sqlite` beside the rules.
    public init(rulesFolder: String, databasePath: String? = nil) {
        self.rulesFolder = rulesFolder
        self.databasePath = databasePath ?? (rulesFolder as NSString).appendingPathComponent("vuosikello.sqlite")
    }

    public func loadRules() -> RuleLoader.Result { RuleLoader().load(folder: rulesFolder) }

    /// The years to plan: those given, else the rules' `period`, else this year.
    public static func years(from: Int?, to: Int?, rules: RuleSet, today: Day) -> ClosedRange<Int> {
        let first = from ?? rules.calendar.period?.lowerBound ?? today.year
        let last = to ?? (from == nil ? rules.calendar.period?.upperBound : nil) ?? first
        return first...max(first, last)
    }

    /// The plan for `years` with the stored moves and the previous plan; writes nothing.
    public func plan(_ rules: RuleSet, years: ClosedRange<Int>, database: ProjectDatabase?, today: Day? = nil) throws
        -> Plan {
        let input = SchedulingInput(rules: rules, firstYear: years.lowerBound, lastYear: years.upperBound,
                                    overrides: try database?.overrides() ?? [:],
                                    baseline: try database?.baseline() ?? [:], today: today)
        return Scheduler().plan(input)
    }
}
