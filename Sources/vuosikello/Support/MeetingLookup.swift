import ArgumentParser
import Rules
import Scheduling
import Storage

/// Finds a meeting by key in the plan of the rules' period (and the key's own year).
struct MeetingLookup {
    let session: Session
    let plan: Plan
    let meeting: Meeting
    let window: DatedPeriod?

    init(key: String, rulesOption: RulesOption, database: DatabaseOption, language: Language) throws {
        session = try Session(folder: try rulesOption.folder(), databasePath: database.db, language: language)
        var years = session.years(from: nil, to: nil)
        if let year = MeetingKey.year(key) {
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
