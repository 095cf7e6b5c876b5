/// Where a meeting is held: a room (for live meetings) or an online meeting link
/// (for remote ones); hybrid meetings use both.
public struct Place: Hashable, Sendable {
    public let id: String
    public var name: LocalizedText
    public var address: String?
    public var municipality: String?
    public var onlineURL: String?
    /// How many meetings the place holds at once (a meeting centre with several rooms); 1 for a room.
    public var holds: Int = 1
    public var location: SourceLocation

    public init(id: String, name: LocalizedText, address: String? = nil, municipality: String? = nil,
                onlineURL: String? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.address = address
        self.municipality = municipality
        self.onlineURL = onlineURL
        self.location = location
    }

    public var isOnline: Bool { onlineURL != nil }
}
