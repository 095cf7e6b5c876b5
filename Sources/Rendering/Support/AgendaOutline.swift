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
    /// Each network's standing items in the language, worded once (a national build asks for
    /// them some 300 000 times).
    private let standing: [String: [String]]

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
        standing = Dictionary(rules.networks.map { ($0.id, $0.standingItems.map { $0.text(language) }) },
                              uniquingKeysWith: { a, _ in a })
    }

    /// The network's standing items, in the language.
    public func standingItems(_ networkID: String) -> [String] { standing[networkID] ?? [] }

    /// The items' titles, standing items first, then the plan's.
    public func items(_ meeting: borrowing Meeting, for audience: Audience) -> [String] {
        var titles: [String] = []
        forEachItem(networkID: meeting.networkID, agenda: meeting.agenda, for: audience) { title, _ in
            titles.append(title)
        }
        return titles
    }

    /// The same titles one by one, and whether each is the first, without an array of
    /// them (for the feeds' descriptions).
    @inline(__always)
    public func forEachItem(networkID: String, agenda: [AgendaEntry], for audience: Audience,
                            _ body: (_ title: String, _ first: Bool) -> Void) {
        var first = true
        for title in standing[networkID] ?? [] {
            body(title, first)
            first = false
        }
        for entry in agenda where audience == .members || entry.source != .extra {
            body(entry.title.text(language), first)
            first = false
        }
    }

    /// Actions recorded at meetings before this one (or at meetings no longer in the plan)
    /// and still open, oldest due date first: what the meeting follows up.
    public static func openActions(_ actions: [ActionItem], before meeting: borrowing Meeting,
                                   meetingDays: [String: Day]) -> [ActionItem] {
        openActions(actions, beforeMeeting: meeting.key, on: meeting.day, meetingDays: meetingDays)
    }

    public static func openActions(_ actions: [ActionItem], beforeMeeting key: String, on day: Day,
                                   meetingDays: [String: Day]) -> [ActionItem] {
        actions.filter { $0.open && $0.meetingKey != key && (meetingDays[$0.meetingKey].map { $0 < day } ?? true) }
            .sorted { ($0.due, $0.id ?? 0) < ($1.due, $1.id ?? 0) }
    }
}
