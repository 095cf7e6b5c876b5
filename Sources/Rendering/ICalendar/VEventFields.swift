import Rules

/// Everything one VEVENT says, decided: the words chosen for its audience, the stamps,
/// the times. `VEventWriter` makes these from an event and hands them to libical; the
/// benchmark's reference writer hands the same fields to the same calls, to time libical
/// alone.
public struct VEventFields: Sendable {
    public enum Time: Sendable {
        /// A wall-clock time in the region (DTSTART;TZID=…).
        case local(Day, TimeOfDay)
        /// A whole day (VALUE=DATE).
        case date(Day)
    }

    var uid: String
    var stamp: EventStamp
    var start: Time
    var end: Time
    var summary: String
    var description: String
    var location: String?
    var url: String?
    /// One comma-separated CATEGORIES value.
    var categories: String?
    var cancelled: Bool
    var transparent: Bool
    /// Members' feeds only: the convener, the attendees, and whether they are asked to answer.
    var organizer: Party?
    var attendees: [Party] = []
    var invitation = false
}
