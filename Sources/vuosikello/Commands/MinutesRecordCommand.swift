import ArgumentParser
import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// Reads filled-in minutes (Markdown or Word) and stores attendance, decisions and
/// actions in one transaction, or, if any line is wrong, lists every such line and
/// stores nothing. Corrected minutes of a meeting already recorded replace the earlier
/// record only when asked to, after showing what would change.
struct MinutesRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Store what filled-in minutes say: attendance, decisions, and actions (what | who | by when).",
        discussion: """
        The file is a minutes template from `vuosikello minutes`, filled in: [x] present, [ ] absent, \
        [s] substitute (name after a colon); `Päätös:` lines for decisions; `Tehtävä: what | who | \
        2026-06-30` for actions; [x] in front of an open action (#12) closes it. For a meeting whose \
        minutes are already recorded, the command shows what the corrected file would change and \
        stores it only with --replace (an action the earlier version closed and this one does not is \
        open again); the replaced version is kept (`vuosikello minutes versions KEY`, `minutes restore`). \
        A file that records nothing (nobody present, no decision, no action) is refused.
        """)

    @Argument(help: "The filled-in minutes: a .md (or text) file, or a .docx.")
    var file: String

    @Flag(help: "Check the file only; store nothing.")
    var dryRun = false

    @Flag(help: "Replace the minutes already recorded for the meeting with this corrected file.")
    var replace = false

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let lines = try MinutesFile.lines(path: file)
            let key = MinutesReader.meetingKey(in: lines)
            let documents = try DocumentSession(rules: rules, database: database, context: context,
                                                around: key.flatMap { Meeting.year(ofKey: $0) })
            let previous = try key.flatMap { try documents.database?.recordedMinutes($0) }
            // The actions open now, and those the earlier version of these minutes closed.
            let closable = Set(try documents.database?.actions().compactMap(\.id) ?? []).union(previous?.closed ?? [])
            let meetings = Dictionary(documents.plan.meetings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            let result = MinutesReader(rules: documents.session.rules).read(lines, file: file, meetings: meetings,
                                                                            openActions: closable)
            guard let minutes = result.minutes else {
                for problem in result.problems { Console.error(problem.message(lang)) }
                Console.error(Messages.minutesNotStored(lang))
                throw Failure()
            }
            // The blank template picked by mistake would wipe what was recorded: never stored.
            guard !minutes.isBlank else {
                Console.error(Messages.blankMinutes(file, recorded: previous != nil, lang))
                throw Failure()
            }
            if let meeting = meetings[minutes.meetingKey], meeting.day > documents.session.today {
                Console.error(Problem(.warning, network: meeting.networkID, meetingKey: meeting.key, constraint: .minutes,
                                      location: nil, message: .minutesBeforeMeeting(day: meeting.day)).rendered(lang))
            }
            if let previous {
                guard Self.showChanges(from: previous, to: minutes, lang) else { return }
                guard replace else {
                    Console.error(Messages.replaceToStore(lang))
                    throw Failure()
                }
            }
            if !dryRun { try documents.session.writeDatabase().record(minutes) }
            Console.out(Messages.recorded(minutes, stored: !dryRun, lang) + "\n")
        }
    }

    /// Prints what storing `new` over `old` would change; false (after saying so) when nothing would.
    static func showChanges(from old: RecordedMinutes, to new: RecordedMinutes, _ lang: Language) -> Bool {
        let changes = MinutesChange.changes(from: old, to: new)
        guard !changes.isEmpty else {
            Console.out(Messages.minutesUnchanged(new.meetingKey, lang) + "\n")
            return false
        }
        Console.out(Messages.minutesChanges(new.meetingKey, changes, lang) + "\n")
        return true
    }
}
