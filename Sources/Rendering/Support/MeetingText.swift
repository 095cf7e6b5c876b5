import Rules
import Scheduling

/// The words for a meeting that every output shares: its title and where it is.
public struct MeetingText: Sendable {
    public let rules: RuleSet
    public let language: Language
    /// Network titles in this language, looked up without copying a network.
    private let titles: [String: String]

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
        titles = Dictionary(rules.networks.map { ($0.id, $0.title.text(language)) }, uniquingKeysWith: { a, _ in a })
    }

    public func networkTitle(_ id: String) -> String { titles[id] ?? id }

    /// The network's title as the meeting was planned, with the window's or session's
    /// title when it has one.
    public func title(_ meeting: borrowing Meeting) -> String {
        let name = meeting.title.text(language)
        guard let subtitle = meeting.subtitle else { return name }
        return "\(name) (\(subtitle.text(language)))"
    }

    /// The room for a live meeting, the link for a remote one, both for a hybrid one.
    public func location(_ meeting: borrowing Meeting) -> String? {
        var parts: [String] = []
        if let room = room(meeting) { parts.append(room) }
        if let id = meeting.onlineID, let place = rules.places[id], let url = place.onlineURL {
            parts.append("\(place.name.text(language)): \(url)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " / ")
    }

    /// The room's name and address.
    public func room(_ meeting: borrowing Meeting) -> String? {
        guard let id = meeting.placeID, let place = rules.places[id] else { return nil }
        var text = place.name.text(language)
        if let address = place.address, !text.contains(address) { text += ", \(address)" }
        return text
    }

    public func onlineURL(_ meeting: borrowing Meeting) -> String? {
        meeting.onlineID.flatMap { rules.places[$0]?.onlineURL }
    }

    public func statusName(_ status: MeetingStatus) -> String {
        switch (status, language) {
        case (.planned, .fi): return "suunniteltu"
        case (.planned, .sv): return "planerat"
        case (.planned, .en): return "planned"
        case (.moved, .fi): return "siirretty"
        case (.moved, .sv): return "flyttat"
        case (.moved, .en): return "moved"
        case (.cancelled, .fi): return "peruttu"
        case (.cancelled, .sv): return "inställt"
        case (.cancelled, .en): return "cancelled"
        }
    }
}
