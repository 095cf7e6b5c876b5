/// Sessions held at a fixed step from a start day.
public struct Series: Sendable {
    public var start: Day
    public var everyDays: Int
    public var sessions: [LocalizedText]

    public init(start: Day, everyDays: Int, sessions: [LocalizedText]) {
        self.start = start
        self.everyDays = everyDays
        self.sessions = sessions
    }
}
