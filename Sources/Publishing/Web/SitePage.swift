import Foundation
import Rendering
import Rules
import Scheduling

/// What the front page lists, in every language at once: the page is rendered per
/// request in the reader's language, with subscribe links for the host they came from.
public struct SitePage: Sendable {
    public struct NextMeeting: Sendable, Hashable {
        public var day: Day
        public var start: TimeOfDay
        public var end: TimeOfDay
        public var mode: MeetingMode
        public var subtitle: LocalizedText?
        /// The room's name for meetings held in one; online links stay out of public pages.
        public var room: LocalizedText?
    }

    public struct Network: Sendable, Hashable {
        public var id: String
        public var title: LocalizedText
        public var description: LocalizedText?
        public var color: String
        public var next: NextMeeting?
        public var upcoming: Int
        /// Past years with an archive feed.
        public var archive: [Int] = []
    }

    public var region: LocalizedText
    public var networks: [Network]
    /// The year the wheel shows.
    public var year: Int
    public var today: Day
    /// Past years of the all-networks feed's archive.
    public var archive: [Int]

    /// - Parameter archives: the years archived, by network id (`all`: every network).
    public init(rules: RuleSet, plan: Plan, today: Day, year: Int, archives: [String: [Int]] = [:]) {
        archive = archives["all"] ?? []
        region = rules.calendar.region
        self.year = year
        self.today = today
        let upcoming = Dictionary(grouping: plan.meetings.filter { !$0.isCancelled && $0.day >= today }, by: \.networkID)
        // The wheel's order and colours, so that a network looks the same on the page and the wheel.
        let rings = WheelRing.rings(rules, language: .fi)
        let colors = Dictionary(rings.flatMap { ring in ring.networkIDs.map { ($0, ring.color) } },
                                uniquingKeysWith: { a, _ in a })
        let order = rings.flatMap(\.networkIDs).compactMap(rules.network)
        networks = order.map { network in
            let meetings = (upcoming[network.id] ?? []).sorted(by: Meeting.chronological)
            let next = meetings.first.map { m in
                NextMeeting(day: m.day, start: m.start, end: m.end, mode: m.mode, subtitle: m.subtitle,
                            room: m.mode == .remote ? nil : m.placeID.flatMap { rules.places[$0]?.name })
            }
            return Network(id: network.id, title: network.title, description: network.description,
                           color: colors[network.id] ?? CSSColor.hex(rules.color(of: network.id)), next: next,
                           upcoming: meetings.count, archive: archives[network.id] ?? [])
        }
    }
}
