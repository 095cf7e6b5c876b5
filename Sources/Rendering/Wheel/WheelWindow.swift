import Rules

/// A meeting window of a network (Jan–Feb: information to decision-makers, …) as it
/// falls in one calendar year, for the arc the wheel draws under the window's meetings.
struct WheelWindow: Hashable {
    var from: Day
    var to: Day
    var title: String?
    var items: [String]

    /// The windows of every phase of the network that reach into `year`; a window over
    /// the new year (Nov–Jan) gives its two ends.
    static func windows(of network: Network, year: Int, language: Language) -> [WheelWindow] {
        let first = Day.firstOf(month: 1, year: year), last = Day.lastOf(month: 12, year: year)
        var result: [WheelWindow] = []
        for phase in network.meetings?.phases ?? [] {
            guard case .windows(let windows) = phase.cadence else { continue }
            for window in windows {
                let from = window.from.inYear(year), to = window.to.inYear(year)
                let spans = to >= from ? [(from, to)] : [(first, to), (from, last)]
                for (a, b) in spans {
                    let start = max(a, phase.from ?? a), end = min(b, phase.until ?? b)
                    guard start <= end else { continue }
                    result.append(WheelWindow(from: start, to: end, title: window.title?.text(language),
                                              items: window.agenda.map { $0.text(language) }))
                }
            }
        }
        return result
    }
}
