/// Sessions held at a fixed step from a start day; or around a date (`around: 2027-03-15,
/// before: 5, after: 5`): a course tied to a due date, with the date itself left free.
public struct Series: Sendable {
    public var start: Day
    public var everyDays: Int
    public var sessions: [LocalizedText]
    /// The date the sessions are placed around, if any, and how many come before it.
    public var around: Day?
    public var before: Int

    public init(start: Day, everyDays: Int, sessions: [LocalizedText], around: Day? = nil, before: Int = 0) {
        self.start = start
        self.everyDays = everyDays
        self.sessions = sessions
        self.around = around
        self.before = before
    }

    /// A series around `around`: `before` sessions ending a step before it, `after` starting a step after it.
    public init(around: Day, before: Int, after: Int, everyDays: Int, sessions: [LocalizedText]) {
        self.init(start: around.adding(days: -before * everyDays), everyDays: everyDays, sessions: sessions,
                  around: around, before: before)
    }

    /// The nominal day of session `index` (from 0).
    public func day(_ index: Int) -> Day {
        let step = around != nil && index >= before ? index + 1 : index
        return start.adding(days: step * everyDays)
    }
}
