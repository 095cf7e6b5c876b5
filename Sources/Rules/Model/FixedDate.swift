/// A one-off meeting on a given day (`dates: [2026-09-14 13:00, 2026-10-05]`): a seminar,
/// a kick-off. The day is hard; the time too when given, else the network's preferred one.
public struct FixedDate: Hashable, Sendable {
    public var day: Day
    public var time: TimeOfDay?
    public var location: SourceLocation

    public init(day: Day, time: TimeOfDay? = nil, location: SourceLocation) {
        self.day = day
        self.time = time
        self.location = location
    }
}
