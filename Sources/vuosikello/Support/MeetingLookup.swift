import ArgumentParser
import Rules
import Scheduling
import Storage

/// Finds a meeting by key in the plan of the rules' period (and the key's own year).
struct MeetingLookup {
    let session: Session
    let years: ClosedRange<Int>
    let plan: Plan
    /// nil for a meeting the rules ask for but that cannot be placed now (it can still be cancelled).
    let meeting: Meeting?
    let key: String

    /// - Parameter unplaced: whether a meeting the plan could not place is found too.
    init(key: String, rulesOption: RulesOption, database: DatabaseOption, context: ContextOptions,
         unplaced: Bool = false) throws {
        self.key = key
        session = try Session(folder: try rulesOption.folder(), databasePath: database.db, context: context)
        var years = session.years(from: nil, to: nil)
        if let year = Meeting.year(ofKey: key) {
            years = min(years.lowerBound, year)...max(years.upperBound, year + 1)
        }
        self.years = years
        plan = session.plan(years, state: try session.state())
        meeting = plan.meeting(key)
        let cannotBePlaced = plan.problems.contains { $0.meetingKey == key && $0.severity == .error }
        guard meeting != nil || (unplaced && cannotBePlaced) else {
            let suggestion = Suggestion.closest(to: key, in: plan.meetings.map(\.key))
            Console.error(Messages.unknownMeeting(key, suggestion: suggestion, session.language))
            throw Failure()
        }
    }

    /// After an act: the plan made again, and its warnings about the meeting's network.
    func reportWarnings() throws {
        let after = session.plan(years, state: try session.state())
        let network = String(key.prefix { $0 != "/" })
        Console.report(session.warnings(after, network: network), session.language)
    }
}
