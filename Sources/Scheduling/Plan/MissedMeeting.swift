import Rules

/// A meeting the rules ask for whose window was over before it could be planned (a
/// network added in November has missed January): reported once, never put in the past.
public struct MissedMeeting: Hashable, Sendable {
    public var key: String
    public var networkID: String
    public var window: DatedPeriod

    public init(key: String, networkID: String, window: DatedPeriod) {
        self.key = key
        self.networkID = networkID
        self.window = window
    }
}
