import Rules

/// Which hard rules a hand-picked day and time would break, so that `vuosikello move`
/// can refuse a mistake (a holiday, a double booking) unless told it is intended.
public struct PlacementCheck {
    public enum Violation: Hashable, Sendable {
        case closedDay(ClosedReason)
        case overlap(person: String, meetingKey: String)
        case dayLimit(person: String, limit: Int)
    }

    let rules: RuleSet
    let plan: Plan

    public init(rules: RuleSet, plan: Plan) {
        self.rules = rules
        self.plan = plan
    }

    public func violations(moving meeting: Meeting, to day: Day, start: TimeOfDay) -> [Violation] {
        var result: [Violation] = []
        let calendar = WorkingCalendar(rules: rules.calendar, first: Day.firstOf(month: 1, year: day.year),
                                       last: Day.lastOf(month: 12, year: day.year))
        let avoid = rules.network(meeting.networkID)?.meetings?.avoidSchoolHolidays
        if let reason = calendar.closedReason(day, avoiding: avoid) { result.append(.closedDay(reason)) }
        let end = start.minutes + (meeting.end.minutes - meeting.start.minutes)
        let people = meeting.attendees.filter { !$0.optional }.map(\.personID)
        let sameDay = plan.meetings.filter { $0.day == day && $0.key != meeting.key && !$0.isCancelled }
        for person in people {
            let theirs = sameDay.filter { $0.attendees.contains { $0.personID == person && !$0.optional } }
            if let clash = theirs.first(where: { $0.start.minutes < end && start.minutes < $0.end.minutes }) {
                result.append(.overlap(person: person, meetingKey: clash.key))
            } else if let limit = rules.people[person]?.maxMeetingsPerDay, theirs.count >= limit {
                result.append(.dayLimit(person: person, limit: limit))
            }
        }
        return result
    }
}
