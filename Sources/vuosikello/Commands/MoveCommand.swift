import ArgumentParser
import Rules
import Scheduling
import Storage

/// `vuosikello move KEY 2026-03-12 [09:00]`: the coordinator moves one meeting.
struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move one meeting to another day (and time); every later plan honours it.",
        discussion: """
        The move is checked by the same rules the plan keeps (weekdays, hours, window, holidays, \
        blackouts, closed months, school holidays, leave and own calendars, double bookings, daily \
        limits, spacing, rooms). A move that breaks one is refused with what blocks it and the three \
        nearest times that are free, unless --force; `check` then keeps warning about it. A meeting \
        that has happened, or a day before today, is history: changed only with --force, as a \
        correction.
        """)

    @Argument(help: "The meeting's key, e.g. ero-mikkeli/2026/jan-feb.")
    var key: String

    @Argument(help: "The new day, YYYY-MM-DD.")
    var date: String

    @Argument(help: "The new start time, HH:MM (default: the current start time).")
    var time: String?

    @Flag(help: "Move even against the rules or in the past (a correction of history).")
    var force = false

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
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
            let found = try MeetingLookup(key: key, rulesOption: rules, database: database, context: context)
            let meeting = found.meeting!
            let newStart = start ?? meeting.start
            let acts = MeetingActs(rules: found.session.rules, plan: found.plan, opening: found.session.writeDatabase)
            do {
                try acts.move(meeting, to: day, start: newStart, force: force)
            } catch MeetingActs.Refusal.alreadyHeld(let held) {
                Console.error(Messages.alreadyHeld(key, held, lang))
                throw Failure()
            } catch MeetingActs.Refusal.blocked(let blockers, let nearby) {
                Console.error(Messages.refusedMove(key, day: day, start: newStart,
                                                   blockers.map { ProblemMessage.describe($0, lang) },
                                                   nearby: nearby, lang))
                throw Failure()
            }
            let end = meeting.end(startingAt: newStart)
            Console.out(Messages.moved(key, to: "\(day.finnish) \(newStart.finnish)–\(end.finnish)",
                                       from: "\(meeting.day.finnish) \(meeting.start.finnish)", lang) + "\n")
            try found.reportWarnings()
        }
    }
}
