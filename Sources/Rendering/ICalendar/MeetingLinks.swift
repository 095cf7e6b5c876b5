/// Where a meeting's agenda and page are on the server, when its address is known: the
/// routes belong to Publishing, so it hands the addresses down to the words.
public struct MeetingLinks: Sendable {
    public let agenda: @Sendable (String) -> String
    public let page: @Sendable (String) -> String

    /// - Parameters: `agenda` and `page` give the whole address for a meeting key.
    public init(agenda: @escaping @Sendable (String) -> String, page: @escaping @Sendable (String) -> String) {
        self.agenda = agenda
        self.page = page
    }
}
