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

    /// The stored state a plan for `today` starts from; nothing yet without a database.
    public static func state(_ database: ProjectDatabase?, today: Day) throws -> PlanState {
        try database?.planState(today: today) ?? PlanState(today: today)
    }

    /// The plan for `years` from the rules and the stored state; writes nothing.
    public static func plan(_ rules: RuleSet, years: ClosedRange<Int>, state: PlanState) -> Plan {
        Scheduler().plan(SchedulingInput(rules: rules, firstYear: years.lowerBound, lastYear: years.upperBound,
                                         today: state.today, overrides: state.overrides, baseline: state.baseline,
                                         history: state.history, recordedMinutes: state.recordedMinutes,
                                         extraItems: state.extraItems))
    }

    /// The domain part of every feed UID: the one fixed when the feeds were first
    /// published, else `uidDomain` from calendar.yaml, else the region's name
    /// (`etela-savo.vuosikello`). Never the folder's name or path: copying, renaming or
    /// moving the folder, or calling it `.`, changes no UID.
    public static func uidDomain(_ rules: RuleSet, stored: String?) -> String {
        if let stored { return stored }
        if let given = rules.calendar.uidDomain { return given }
        return slug(rules.calendar.region.fi) + ".vuosikello"
    }

    /// `Etelä-Savo` → `etela-savo`: letters without accents, digits and hyphens.
    static func slug(_ text: String) -> String {
        let plain = text.lowercased().folding(options: .diacriticInsensitive, locale: Locale(identifier: "fi_FI"))
        var out = ""
        for scalar in plain.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "vuosikello" : out
    }
}
