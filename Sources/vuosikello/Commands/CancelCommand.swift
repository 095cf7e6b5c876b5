import ArgumentParser
import Rules
import Scheduling
import Storage

/// `vuosikello cancel KEY`: the meeting stays in the plan and feeds as cancelled.
struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel one meeting; it stays in the plan and the feeds with the status cancelled.")

    @Argument(help: "The meeting's key.")
    var key: String

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        try guarded(lang) {
            let found = try MeetingLookup(key: key, rulesOption: rules, database: database, language: lang)
            let database = try found.session.writeDatabase()
            var override = try database.overrides()[key] ?? MeetingOverride(key: key)
            override.cancelled = true
            try database.save(override)
            let m = found.meeting
            Console.out(Messages.cancelled(key, "\(m.day.finnish) \(m.start.finnish)", lang) + "\n")
        }
    }
}
