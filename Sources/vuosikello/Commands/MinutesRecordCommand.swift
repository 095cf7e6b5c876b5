import ArgumentParser
import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// Reads filled-in minutes (Markdown or Word) and stores attendance, decisions and
/// actions in one transaction, or, if any line is wrong, lists every such line and
/// stores nothing.
struct MinutesRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Store what filled-in minutes say: attendance, decisions, and actions (what | who | by when).",
        discussion: """
        The file is a minutes template from `vuosikello minutes`, filled in: [x] present, [ ] absent, \
        [s] substitute (name after a colon); `Päätös:` lines for decisions; `Tehtävä: what | who | \
        2026-06-30` for actions; [x] in front of an open action (#12) closes it. Recording the same \
        meeting again replaces what was stored for it.
        """)

    @Argument(help: "The filled-in minutes: a .md (or text) file, or a .docx.")
    var file: String

    @Flag(help: "Check the file only; store nothing.")
    var dryRun = false

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        try guarded(lang) {
            let lines = try MinutesFile.lines(path: file)
            let year = MinutesReader.meetingKey(in: lines).flatMap(MeetingKey.year)
            let context = try DocumentSession(rules: rules, database: database, language: lang, around: year)
            let open = Set(try context.database?.actions().compactMap(\.id) ?? [])
            let meetings = Dictionary(context.plan.meetings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            let result = MinutesReader(rules: context.session.rules).read(lines, file: file, meetings: meetings,
                                                                          openActions: open)
            guard let minutes = result.minutes else {
                for problem in result.problems { Console.error(problem.message(lang)) }
                Console.error(Messages.minutesNotStored(lang))
                throw Failure()
            }
            if !dryRun { try context.session.writeDatabase().record(minutes) }
            Console.out(Messages.recorded(minutes, stored: !dryRun, lang) + "\n")
        }
    }
}
