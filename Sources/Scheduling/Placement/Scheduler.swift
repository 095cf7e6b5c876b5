import Rules

/// From rules, stored state and today to a plan, with no disk and no clock: the same
/// input always gives the same plan.
///
/// What has happened comes first, as it was: meetings before today are taken from the
/// history, whatever the rules say now. Then the coordinator's moves; then every meeting
/// whose rules are unchanged since the previous plan, on its previous day if that is
/// still allowed; then the rest, network by network (higher priority and tighter windows
/// first), each meeting on the best open slot of its window from today on. A network
/// that is added, edited or removed therefore moves no other network's meetings unless
/// a hard conflict forces it, and nothing new lands in the past.
public struct Scheduler {
    public init() {}

    public func plan(_ input: SchedulingInput) -> Plan {
        var (meetings, problems, missed, calendar, originYear) = place(input)
        let frozen = Set(meetings.lazy.filter { $0.day < input.today && input.history.meetings[$0.key] != nil }
            .map(\.key))
        AgendaBuilder(rules: input.rules, calendar: calendar, firstYear: input.firstYear, lastYear: input.lastYear,
                      today: input.today, frozen: frozen, extraItems: input.extraItems)
            .attach(to: &meetings, problems: &problems)
        problems += PlanReview(input: input).warnings(meetings)
        var tasks = TaskBuilder(rules: input.rules, calendar: calendar, originYear: originYear,
                                today: input.today, history: input.history, frozen: frozen)
            .tasks(for: meetings, firstYear: input.firstYear, lastYear: input.lastYear)
        let orders = Self.orders(meetings, tasks)
        meetings.permute(orders.meetings)
        tasks.permute(orders.tasks)
        return Plan(firstYear: input.firstYear, lastYear: input.lastYear, today: input.today,
                    meetings: meetings, tasks: tasks, problems: problems,
                    missed: missed.sorted { $0.key < $1.key })
    }

    /// The passes. The working state (every pending meeting, the board) is freed on
    /// another thread while agendas and tasks are built: freed here, on one core, it took
    /// a tenth of the national plan's scheduling.
    private func place(_ input: SchedulingInput)
        -> ([Meeting], [Problem], [MissedMeeting], WorkingCalendar, Int) {
        var run = PlanningRun(input)
        run.placeHistory()
        run.placeMoves()
        run.placeBaseline()
        run.placeRemaining()
        run.reviewMoves()
        let result = (run.meetings(), run.problems, run.missed, run.calendar, run.originYear)
        releaseInBackground(consume run)
        return result
    }

    /// The meetings' order and the tasks', found side by side, one core each. (A function
    /// of its own, so that no second reference to either list outlives it: moving each list
    /// into its order would copy a list still referenced elsewhere.)
    private static func orders(_ meetings: [Meeting], _ tasks: [PlannedTask]) -> (meetings: [Int], tasks: [Int]) {
        let both = parallelMap(2) { $0 == 0 ? chronological(meetings) : byDue(tasks) }
        return (both[0], both[1])
    }

    /// The order by day, start and key. Indices are sorted rather than the meetings
    /// themselves, so that each large value is moved once; by a minute of the period
    /// held in a plain array, so that a comparison reads no meeting unless two start at once.
    static func chronological(_ meetings: [Meeting]) -> [Int] {
        let minutes = meetings.map { $0.day.ordinal * 1440 + $0.start.minutes }
        return meetings.indices.sorted { i, j in
            minutes[i] != minutes[j] ? minutes[i] < minutes[j] : meetings[i].key < meetings[j].key
        }
    }

    /// The order by due day, then start day; ties keep the order in which the rules produced them.
    static func byDue(_ tasks: [PlannedTask]) -> [Int] {
        let days = tasks.map { ($0.due, $0.start) }
        return tasks.indices.sorted { i, j in days[i] != days[j] ? days[i] < days[j] : i < j }
    }
}
