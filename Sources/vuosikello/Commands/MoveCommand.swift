import ArgumentParser
import Rules
import Scheduling
import Storage

/// `vuosikello move KEY 2026-03-12 [09:00]`: the coordinator moves one meeting.
struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move one meeting to another day (and time); every later plan honours it.")

    @Argument(help: "The meeting's key, e.g. ero-mikkeli/2026/jan-feb.")
    var key: String

    @Argument(help: "The new day, YYYY-MM-DD.")
    var date: String

    @Argument(help: "The new start time, HH:MM (default: the current start time).")
    var time: String?

    @Flag(help: "Move even onto a closed day or into a double booking.")
    var force = false

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        try guarded(lang) {
            guard let day = Day(iso: date) else {
                Console.error(Messages.invalidDate(date, lang))
                throw Failure()
            }
            var start: TimeOfDay?
            if let time {
                guard let parsed = TimeOfDay(text: time) else {
                    Console.error(Messages.invalidTime(time, lang))
                    throw Failure()
                }
                start = parsed
            }
            let found = try MeetingLookup(key: key, rulesOption: rules, database: database, language: lang)
            let meeting = found.meeting
            let newStart = start ?? meeting.start
            let violations = PlacementCheck(rules: found.session.rules, plan: found.plan)
                .violations(moving: meeting, to: day, start: newStart)
            if !violations.isEmpty && !force {
                Console.error(Messages.refusedMove(violations.map { describe($0, lang) }, lang))
                throw Failure()
            }
            if let window = found.window, !(window.from <= day && day <= window.to) {
                Console.error(Messages.outsideWindow(window.from.finnish, window.to.finnish, lang))
            }
            try found.session.writeDatabase().save(MeetingOverride(key: key, day: day, start: newStart))
            let duration = meeting.end.minutes - meeting.start.minutes
            let end = TimeOfDay(minutes: min(newStart.minutes + duration, 24 * 60 - 1))!
            Console.out(Messages.moved(key, to: "\(day.finnish) \(newStart.finnish)–\(end.finnish)",
                                       from: "\(meeting.day.finnish) \(meeting.start.finnish)", lang) + "\n")
        }
    }

    private func describe(_ violation: PlacementCheck.Violation, _ lang: Language) -> String {
        switch violation {
        case .closedDay(let reason): return Messages.closedDay(ProblemMessage.describe(reason, lang), lang)
        case let .overlap(person, other): return Messages.busy(person, other, lang)
        case let .dayLimit(person, limit): return Messages.dayLimit(person, limit, lang)
        }
    }
}
