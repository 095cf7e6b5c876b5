import Foundation
import Rules
import Scheduling
import Storage

/// What the plan list shows, from its query (`?network=…&person=…&mode=…&status=…&mine=1&q=…&year=…`):
/// a link to a filtered list is a bookmark.
public struct PlanFilter: Sendable, Equatable {
    public var network: String?
    public var person: String?
    public var mode: MeetingMode?
    public var status: MeetingStatus?
    public var mine = false
    public var query: String?
    public var year: Int?
    /// `year=` given empty: every year, not the current one.
    public var allYears = false

    public init() {}

    public init(query parameters: [String: String]) {
        func value(_ name: String) -> String? {
            guard let text = parameters[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        network = value("network")
        person = value("person")
        mode = value("mode").flatMap(MeetingMode.init(rawValue:))
        status = value("status").flatMap(MeetingStatus.init(rawValue:))
        mine = value("mine") != nil
        // A GET form sends spaces as `+`.
        query = value("q").map { String($0.replacingOccurrences(of: "+", with: " ").prefix(200)) }
        year = value("year").flatMap(Int.init)
        allYears = parameters["year"] != nil && year == nil
    }

    /// The meetings this filter keeps, in time order. `account`'s person stands for "mine".
    public func apply(_ meetings: [Meeting], rules: RuleSet, account: Account) -> [Meeting] {
        let words = query.map { $0.lowercased().split(separator: " ").map(String.init) } ?? []
        let me = account.person
        return meetings.filter { meeting in
            if let year, meeting.day.year != year { return false }
            if let network, meeting.networkID != network { return false }
            if let person, !meeting.attendees.contains(where: { $0.personID == person }) { return false }
            if let mode, meeting.mode != mode { return false }
            if let status, meeting.status != status { return false }
            if mine && !meeting.attendees.contains(where: { $0.personID == me }) && !account.networks.contains(meeting.networkID) {
                return false
            }
            guard !words.isEmpty else { return true }
            let haystack = Self.searchText(meeting, rules: rules)
            return words.allSatisfy { haystack.contains($0) }
        }.sorted(by: Meeting.chronological)
    }

    /// Everything a search looks in, in every language: key, titles, network, agenda items.
    static func searchText(_ meeting: Meeting, rules: RuleSet) -> String {
        var parts = [meeting.key, meeting.day.iso, meeting.day.finnish]
        for language in Language.allCases {
            parts.append(meeting.title.text(language))
            if let subtitle = meeting.subtitle { parts.append(subtitle.text(language)) }
            if let network = rules.network(meeting.networkID) { parts.append(network.title.text(language)) }
            parts += meeting.agenda.map { $0.title.text(language) }
        }
        return parts.joined(separator: "\n").lowercased()
    }
}
