import ArgumentParser
import Foundation
import Rules

extension Language: ExpressibleByArgument {}

/// `--lang`, defaulting to `VUOSIKELLO_LANG` or Finnish.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of the output: fi, sv or en.")
    var lang: Language?

    var language: Language {
        lang ?? ProcessInfo.processInfo.environment["VUOSIKELLO_LANG"].flatMap(Language.init(rawValue:)) ?? .fi
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
        for year in [from, to].compactMap({ $0 }) where !(1900...2200).contains(year) {
            throw ValidationError("the year \(year) is outside 1900–2200")
        }
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

    func folder() throws -> String {
        if let rules { return rules }
        if let env = ProcessInfo.processInfo.environment["VUOSIKELLO_RULES"] { return env }
        let fm = FileManager.default
        if fm.fileExists(atPath: "networks") { return "." }
        let candidates = ((try? fm.contentsOfDirectory(atPath: "calendars")) ?? []).sorted()
            .map { "calendars/\($0)" }
            .filter { fm.fileExists(atPath: "\($0)/networks") }
        if candidates.count == 1 { return candidates[0] }
        throw ValidationError("Which rules folder? Give it with --rules (for example --rules calendars/etela-savo).")
    }
}
