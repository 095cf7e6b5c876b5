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

/// `vuosikello restore KEY`: undo a move or cancellation.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Undo a meeting's move or cancellation; it returns to where the plan puts it.")

    @Argument(help: "The meeting's key.")
    var key: String

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        try guarded(lang) {
            let session = try Session(folder: try rules.folder(), databasePath: database.db, language: lang)
            guard let database = try session.readDatabase(), try database.overrides()[key] != nil else {
                Console.out(Messages.nothingToRestore(key, lang) + "\n")
                return
            }
            try session.writeDatabase().restore(key: key)
            Console.out(Messages.restored(key, lang) + "\n")
        }
    }
}

/// `vuosikello changes`: the moves and cancellations in force.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List the meetings that were moved or cancelled by hand.")

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        try guarded(lang) {
            let project = Project(rulesFolder: try rules.folder(), databasePath: database.db)
            let records = try ProjectDatabase.openForReading(path: project.databasePath)?.overrideRecords() ?? []
            guard !records.isEmpty else {
                Console.out(Messages.noChanges(lang) + "\n")
                return
            }
            for record in records {
                let o = record.override
                var parts = [o.key]
                if let day = o.day { parts.append("→ \(day.finnish) \(o.start?.finnish ?? "")") }
                if o.cancelled { parts.append("[\(lang == .fi ? "peruttu" : lang == .sv ? "inställt" : "cancelled")]") }
                parts.append("(\(record.changedAt))")
                Console.out(parts.joined(separator: " ") + "\n")
            }
        }
    }
}

/// Finds a meeting by key in the plan of the rules' period (and the key's own year).
struct MeetingLookup {
    let session: Session
    let plan: Plan
    let meeting: Meeting
    let window: DatedPeriod?

    init(key: String, rulesOption: RulesOption, database: DatabaseOption, language: Language) throws {
        session = try Session(folder: try rulesOption.folder(), databasePath: database.db, language: language)
        var years = session.years(from: nil, to: nil)
        let parts = key.split(separator: "/")
        if parts.count >= 2, let year = Int(parts[1].prefix(4)) {
            years = min(years.lowerBound, year)...max(years.upperBound, year + 1)
        }
        plan = try session.plan(years, database: try session.readDatabase())
        guard let meeting = plan.meeting(key) else {
            let suggestion = Suggestion.closest(to: key, in: plan.meetings.map(\.key))
            Console.error(Messages.unknownMeeting(key, suggestion: suggestion, language))
            throw Failure()
        }
        self.meeting = meeting
        window = meeting.window
    }
}
