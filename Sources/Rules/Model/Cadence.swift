/// The rhythm of a network's meetings, in the words coordinators use.
public enum Cadence: Sendable {
    /// N meetings a cycle, spread evenly over the allowed months.
    case perYear(count: Int, months: Set<Int>?)
    /// One or more meetings in each named window (Jan–Feb, Apr–May, …).
    case windows([MeetingWindow])
    /// "Mainly monthly": one a month, but not in the excluded months.
    case monthly(exceptMonths: Set<Int>)
    /// Twice a month: one in the first half and one in the second.
    case twiceAMonth(exceptMonths: Set<Int>)
    /// A recurrence from a start day: every N weeks, or any RRULE; expanded by libical.
    case recurrence(RecurrenceRule, start: Day)
    /// A course sequence: an opening session, themed sessions, a closing one.
    case series(Series)
}
