import Rules

/// Where a meeting was in the previous plan. A meeting whose rules have not changed
/// (same signature) stays there if that is still allowed, which keeps plans stable
/// when other networks are added, edited or removed.
public struct BaselineSlot: Hashable, Sendable {
    public var key: String
    public var signature: Signature
    public var day: Day
    public var start: TimeOfDay

    public init(key: String, signature: Signature, day: Day, start: TimeOfDay) {
        self.key = key
        self.signature = signature
        self.day = day
        self.start = start
    }
}
