import Rules
import Scheduling

/// The words for a meeting that every output shares: its title and where it is.
public struct MeetingText: Sendable {
    public let rules: RuleSet
    public let language: Language
    /// Network titles in this language, looked up without copying a network.
    private let titles: [String: String]
    /// Each place's room ("name, address") and online label ("name: link"), made once:
    /// a national build asks for some 200 000 locations.
    private let rooms: [String: String]
    private let onlineLabels: [String: String]

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
        titles = Dictionary(rules.networks.map { ($0.id, $0.title.text(language)) }, uniquingKeysWith: { a, _ in a })
        var rooms: [String: String] = [:], onlineLabels: [String: String] = [:]
        for (id, place) in rules.places {
            var text = place.name.text(language)
            if let address = place.address, !text.contains(address) { text += ", \(address)" }
            rooms[id] = text
            if let url = place.onlineURL { onlineLabels[id] = "\(place.name.text(language)): \(url)" }
        }
        self.rooms = rooms
        self.onlineLabels = onlineLabels
    }

    public func networkTitle(_ id: String) -> String { titles[id] ?? id }

    /// The network's title as the meeting was planned, with the window's or session's
    /// title when it has one.
    public func title(_ meeting: borrowing Meeting) -> String { title(meeting.title, subtitle: meeting.subtitle) }

    /// The same from the meeting's fields (the feeds read them in place, see `FeedText`).
    public func title(_ title: LocalizedText, subtitle: LocalizedText?) -> String {
        let name = title.text(language)
        guard let subtitle else { return name }
        return "\(name) (\(subtitle.text(language)))"
    }

    /// The room for a live meeting, the link for a remote one, both for a hybrid one.
    public func location(_ meeting: borrowing Meeting) -> String? {
        location(placeID: meeting.placeID, onlineID: meeting.onlineID)
    }

    public func location(placeID: String?, onlineID: String?) -> String? {
        switch (room(placeID: placeID), onlineID.flatMap { onlineLabels[$0] }) {
        case let (room?, online?): return room + " / " + online
        case let (room?, nil): return room
        case let (nil, online?): return online
        case (nil, nil): return nil
        }
    }

    /// The room's name and address.
    public func room(_ meeting: borrowing Meeting) -> String? { room(placeID: meeting.placeID) }

    public func room(placeID: String?) -> String? { placeID.flatMap { rooms[$0] } }

    public func onlineURL(_ meeting: borrowing Meeting) -> String? { onlineURL(onlineID: meeting.onlineID) }

    public func onlineURL(onlineID: String?) -> String? {
        onlineID.flatMap { rules.places[$0]?.onlineURL }
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
