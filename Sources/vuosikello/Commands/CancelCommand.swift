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
            let acts = MeetingActs(rules: found.session.rules, plan: found.plan, opening: found.session.writeDatabase)
            do {
                try acts.cancel(key: key, meeting: found.meeting, force: force)
            } catch MeetingActs.Refusal.alreadyHeld(let held) {
                Console.error(Messages.alreadyHeld(key, held, lang))
                throw Failure()
            }
            let when = found.meeting.map { "\($0.day.finnish) \($0.start.finnish)" } ?? Messages.notPlaced(lang)
            Console.out(Messages.cancelled(key, when, lang) + "\n")
            try found.reportWarnings()
        }
    }
}
