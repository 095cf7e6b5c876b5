import ArgumentParser
import Foundation
import Rules
import Storage

extension Language: ExpressibleByArgument {}

/// `--lang` and `--today`: the words of the output, and the day the command acts on.
/// Meetings before today have happened: they are history, and nothing new goes there.
struct ContextOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the output: fi, sv or en (default: VUOSIKELLO_LANG, else fi).")
    var lang: Language?

    @Option(help: "Act as if today were this day, YYYY-MM-DD, for what-if runs and tests (default: VUOSIKELLO_TODAY, else today in the region's time zone).")
    var today: String?

    var language: Language {
        lang ?? Settings.string(.lang).flatMap(Language.init(rawValue:)) ?? .fi
    }

    func validate() throws {
        if let today, Day(iso: today) == nil {
            throw ValidationError("--today: '\(today)' is not a date (YYYY-MM-DD)")
        }
    }

    /// Today in the region: `--today`, else `VUOSIKELLO_TODAY`, else the clock in `timeZone`.
    func day(timeZone: String) -> Day {
        if let today, let day = Day(iso: today) { return day }
        if let text = ProcessInfo.processInfo.environment["VUOSIKELLO_TODAY"], let day = Day(iso: text) { return day }
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Europe/Helsinki")!
        let now = Calendar(identifier: .gregorian).dateComponents(in: zone, from: Date())
        return Day(year: now.year!, month: now.month!, day: now.day!)!
    }
}

/// `--from` and `--to`: the years to plan; the rules' `period` when left out.
struct PeriodOptions: ParsableArguments {
    @Option(help: "First year to plan (default: the rules' period).")
    var from: Int?

    @Option(help: "Last year to plan (default: the rules' period).")
    var to: Int?

    func validate() throws {
        if let from, let to, to < from { throw ValidationError("--to \(to) is before --from \(from)") }
        for year in [from, to] { try Self.check(year) }
    }

    /// The years a command plans: 1900–2200, the calendar's own bounds.
    static func check(_ year: Int?) throws {
        if let year, !(1900...2200).contains(year) { throw ValidationError("the year \(year) is outside 1900–2200") }
    }
}

/// `--db`: the project database, by default `vuosikello.sqlite` beside the rules.
struct DatabaseOption: ParsableArguments {
    @Option(help: "The project database (default: vuosikello.sqlite in the rules folder).")
    var db: String?
}

/// `--rules` for commands that take a meeting key rather than a folder.
struct RulesOption: ParsableArguments {
    @Option(help: "The rules folder (default: VUOSIKELLO_RULES, the current folder, or the only folder in calendars/).")
    var rules: String?

    /// The project of that folder, with the database `--db` names (or the usual one).
    func project(_ database: DatabaseOption) throws -> Project {
        Project(rulesFolder: try folder(), databasePath: database.db)
    }

    func folder() throws -> String { try Self.folder(given: rules) }

    /// The folder given, else the settings' `VUOSIKELLO_RULES`, else the one in sight; the
    /// same for the commands that take it as an argument.
    static func folder(given: String?) throws -> String {
        if let given { return given }
        if let setting = Settings.string(.rules) { return setting }
        let fm = FileManager.default
        if fm.fileExists(atPath: "networks") { return "." }
        let candidates = ((try? fm.contentsOfDirectory(atPath: "calendars")) ?? []).sorted()
            .map { "calendars/\($0)" }
            .filter { fm.fileExists(atPath: "\($0)/networks") }
        if candidates.count == 1 { return candidates[0] }
        throw ValidationError("Which rules folder? Give it with --rules (for example --rules calendars/etela-savo).")
    }
}
