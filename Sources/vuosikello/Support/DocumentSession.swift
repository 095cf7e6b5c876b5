import ArgumentParser
import Foundation
import Publishing
import Rendering
import Rules
import Scheduling
import Storage

/// What the agenda and minutes commands share: the rules, a plan wide enough for the
/// chosen meeting and its neighbours, and the database with the recorded minutes.
struct DocumentSession {
    let session: Session
    let folder: String
    let plan: Plan
    let state: PlanState
    let database: ProjectDatabase?
    let language: Language

    /// Plans the rules' period, widened to a year either side of today and of `year`.
    init(rules: RulesOption, database: DatabaseOption, context: ContextOptions, around year: Int?) throws {
        folder = try rules.folder()
        language = context.language
        session = try Session(folder: folder, databasePath: database.db, context: context)
        let today = session.today
        var years = session.years(from: nil, to: nil)
        for year in [today.year, year].compactMap({ $0 }) {
            years = min(years.lowerBound, year - 1)...max(years.upperBound, year + 1)
        }
        self.database = try session.readDatabase()
        state = try Project.state(self.database, today: today)
        plan = session.plan(years, state: state)
    }

    /// The chosen meeting of `network` (any network when nil, with a key).
    func meeting(network: String?, choice: MeetingChoice.Pick) throws -> Meeting {
        if let network { try session.requireNetwork(network) }
        let today = session.today
        let candidates = plan.meetings.filter { network == nil || $0.networkID == network }
        let found: Meeting?
        switch choice {
        case .key(let key):
            found = candidates.first { $0.key == key }
            if found == nil {
                let suggestion = Suggestion.closest(to: key, in: candidates.map(\.key))
                Console.error(Messages.unknownMeeting(key, suggestion: suggestion, language))
                throw Failure()
            }
        case .next: found = candidates.first { !$0.isCancelled && $0.day >= today }
        case .last: found = candidates.last { !$0.isCancelled && $0.day <= today }
        }
        guard let found else {
            Console.error(Messages.noMeetingFound(network ?? "", upcoming: choice.isNext, language))
            throw Failure()
        }
        return found
    }

    func documents() throws -> MeetingDocuments {
        MeetingDocuments(rules: session.rules, language: language, plan: plan, actions: try database?.actions() ?? [], answers: try database?.allAnswers() ?? [:],
                         proposals: try database?.proposals() ?? [:],
                         templates: TemplateLibrary.standard(rulesFolder: folder))
    }

    /// The monitoring report of `year` (this year when nil) for the networks given (all when
    /// empty), after checking that they exist: what `report` and `tasks` show.
    func yearReport(_ year: Int?, networks: [String]) throws -> YearReport {
        for network in networks { try session.requireNetwork(network) }
        return YearReportBuilder(rules: session.rules, plan: plan, facts: try ReportFacts.load(database), language: language)
            .report(year: year ?? session.today.year, networks: networks.isEmpty ? nil : Set(networks))
    }
}
