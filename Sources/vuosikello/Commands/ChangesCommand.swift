import ArgumentParser
import Rules
import Scheduling
import Storage

/// `vuosikello changes`: the moves and cancellations in force.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List the meetings that were moved or cancelled by hand (forced ones, against the rules or in the past, are marked).")

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let project = try rules.project(database)
            let records = try ProjectDatabase.openForReading(path: project.databasePath)?.overrideRecords() ?? []
            guard !records.isEmpty else {
                Console.out(Messages.noChanges(lang) + "\n")
                return
            }
            for record in records {
                let o = record.override
                var parts = [o.key]
                if let day = o.day { parts.append("→ \(day.finnish) \(o.start?.finnish ?? "")") }
                if o.cancelled { parts.append("[\(lang.pick("peruttu", "inställt", "cancelled"))]") }
                if o.forced { parts.append("[\(lang.pick("pakotettu", "tvingad", "forced"))]") }
                parts.append("(\(record.changedAt))")
                Console.out(parts.joined(separator: " ") + "\n")
            }
        }
    }
}
