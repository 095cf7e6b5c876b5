import Rules
import Scheduling

/// A plan cut into what each wheel draws: each year's meetings and tasks, all together and
/// by network. Made once for the many wheels drawn from one plan: each drawing filtered the
/// whole plan (a national plan's 9 000 wheels each went through its 100 000 meetings and
/// 200 000 tasks), which was most of a workspace act's time.
///
/// A part holds exactly what `WheelLayout.layout` would have taken from the whole plan for
/// that year and network, so a wheel drawn from it is the same.
public struct WheelPlans: Sendable {
    private var whole: [Int: Plan] = [:]
    private var byNetwork: [Int: [String: Plan]] = [:]
    private let empty: Plan

    public init(_ plan: Plan) {
        empty = Plan(firstYear: plan.firstYear, lastYear: plan.lastYear, today: plan.today, meetings: [], tasks: [],
                     problems: [])
        for year in plan.firstYear...max(plan.firstYear, plan.lastYear) {
            whole[year] = empty
            byNetwork[year] = [:]
        }
        for meeting in plan.meetings where whole[meeting.day.year] != nil {
            whole[meeting.day.year]!.meetings.append(meeting)
            byNetwork[meeting.day.year]![meeting.networkID, default: empty].meetings.append(meeting)
        }
        // A task is drawn in every year it spans.
        for task in plan.tasks {
            let first = max(task.start.year, plan.firstYear), last = min(task.due.year, plan.lastYear)
            guard first <= last else { continue }
            for year in first...last where whole[year] != nil {
                whole[year]!.tasks.append(task)
                byNetwork[year]![task.networkID, default: empty].tasks.append(task)
            }
        }
    }

    /// What the wheel of `year` draws, of every network or of one.
    public func plan(year: Int, network: String?) -> Plan {
        guard let network else { return whole[year] ?? empty }
        return byNetwork[year]?[network] ?? empty
    }
}
