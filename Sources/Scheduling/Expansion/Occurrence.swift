import Rules

/// A meeting the rules ask for, before it has a day: where it may go (the window),
/// where it would ideally go (the target), and what it carries.
struct Occurrence: Sendable {
    var key: String
    var networkIndex: Int
    var cycleYear: Int
    /// Hard: the meeting is held inside this window.
    var window: DatedPeriod
    /// Soft: the day that spreads the network's meetings evenly.
    var target: Day
    var mode: MeetingMode
    /// True when the window itself fixes the mode, so the live rule leaves it alone.
    var modeFixed: Bool
    var windowID: String?
    var subtitle: LocalizedText?
    var agenda: [LocalizedText]
    var placeID: String?
    /// A one-off meeting's given start time, which the placement keeps.
    var fixedStart: TimeOfDay? = nil
    /// Position in the network's sequence from the origin year, for rotations.
    var ordinal: Int
    /// Where the rule that asked for this meeting was written.
    var location: SourceLocation
}
