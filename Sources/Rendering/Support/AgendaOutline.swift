import Rules
import Scheduling
import Storage

/// The agenda of a meeting as it stands, in one place for every output that lists it
/// (the agenda draft, the minutes template, the feed event's description and the
/// invitation): the network's standing items, what the plan puts on the meeting (annual
/// items, windows, reports, carried-over and added items), and the actions from earlier
/// meetings still open.
public struct AgendaOutline: Sendable {
    public let rules: RuleSet
    public let language: Language

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
    }

    /// The items' titles, standing items first, then the plan's.
    public func items(_ meeting: borrowing Meeting, for audience: Audience) -> [String] {
        var titles = (rules.network(meeting.networkID)?.standingItems ?? []).map { $0.text(language) }
        for entry in meeting.agenda where audience == .members || entry.source != .extra {
            titles.append(entry.title.text(language))
        }
        return titles
    }

    /// Actions recorded at meetings before this one (or at meetings no longer in the plan)
    /// and still open, oldest due date first: what the meeting follows up.
    public static func openActions(_ actions: [ActionItem], before meeting: borrowing Meeting,
                                   meetingDays: [String: Day]) -> [ActionItem] {
        let key = meeting.key, day = meeting.day
        return actions.filter { $0.open && $0.meetingKey != key && (meetingDays[$0.meetingKey].map { $0 < day } ?? true) }
            .sorted { ($0.due, $0.id ?? 0) < ($1.due, $1.id ?? 0) }
    }
}
