import ArgumentParser
import Rules
import Scheduling
import Storage

/// `vuosikello cancel KEY`: the meeting stays in the plan and feeds as cancelled.
struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel one meeting; it stays in the plan and the feeds with the status cancelled.",
        discussion: """
        Any meeting still to come can be cancelled, even one that the rules can no longer place (the \
        coordinator's leave was added). A meeting that has happened is history: cancelled only with \
        --force, as a correction.
        """)

    @Argument(help: "The meeting's key.")
    var key: String

    @Flag(help: "Cancel a meeting that has already happened (a correction of history).")
    var force = false

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let found = try MeetingLookup(key: key, rulesOption: rules, database: database, context: context,
                                          unplaced: true)
            let past = found.meeting.map { $0.day < found.session.today } ?? false
            if past && !force {
                Console.error(Messages.alreadyHeld(key, found.meeting!.day, lang))
                throw Failure()
            }
            let database = try found.session.writeDatabase()
            var override = try database.overrides()[key] ?? MeetingOverride(key: key)
            override.cancelled = true
            override.forced = override.forced || past
            try database.save(override)
            let when = found.meeting.map { "\($0.day.finnish) \($0.start.finnish)" } ?? Messages.notPlaced(lang)
            Console.out(Messages.cancelled(key, when, lang) + "\n")
            try found.reportWarnings()
        }
    }
}
