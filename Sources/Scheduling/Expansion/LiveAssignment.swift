import Rules

/// "One of the four is live": per cycle, the preferred meetings (or, without a
/// preference, meetings spread over the cycle) become live. A meeting that has happened
/// keeps the mode it was held in and counts towards the cycle's number; only meetings
/// still to come are chosen, so changing a cadence in November re-modes nothing held.
struct LiveAssignment {
    let rules: MeetingRules

    /// - Parameters:
    ///   - held: the modes of meetings that have happened, by key, and whether they were cancelled.
    ///   - excluded: meetings that will not be held (their window is over).
    func assign(_ all: inout [Occurrence], held: [String: (mode: MeetingMode, cancelled: Bool)],
                excluded: Set<String>) {
        guard let live = rules.live else { return }
        let byCycle = Dictionary(grouping: all.indices.filter { !all[$0].modeFixed }, by: { all[$0].cycleYear })
        for (_, indices) in byCycle {
            let heldLive = indices.filter { i in
                held[all[i].key].map { $0.mode == live.mode && !$0.cancelled } ?? false
            }.count
            let open = Set(indices.filter { held[all[$0].key] == nil && !excluded.contains(all[$0].key) })
            let needed = live.perYear - heldLive
            var chosen: [Int] = []
            for selector in live.prefer where chosen.count < needed {
                for (position, i) in indices.enumerated() where chosen.count < needed && open.contains(i)
                    && !chosen.contains(i) {
                    if matches(selector, all[i], position: position, of: indices.count) { chosen.append(i) }
                }
            }
            // Without a preference the turns are spread over the whole cycle, held meetings
            // included, so that a meeting's turn does not shift as the ones before it are
            // held (spread over what was left, the live meeting moved on at every build).
            let counted = indices.filter { held[all[$0].key] != nil || !excluded.contains(all[$0].key) }
            for i in Self.spread(live.perYear, over: counted) where chosen.count < needed
                && open.contains(i) && !chosen.contains(i) {
                chosen.append(i)
            }
            // A turn that fell on a meeting held otherwise (or cancelled) goes to the rest.
            let rest = indices.filter { open.contains($0) && !chosen.contains($0) }
            chosen += Self.spread(needed - chosen.count, over: rest).prefix(rest.count)
            for i in chosen { all[i].mode = live.mode }
            for i in indices { if let mode = held[all[i].key]?.mode { all[i].mode = mode } }
        }
    }

    /// The middle of each of `count` equal parts of `list` (the last element at most).
    static func spread<T>(_ count: Int, over list: [T]) -> [T] {
        guard count > 0, !list.isEmpty else { return [] }
        return (0..<count).map { k in list[min(list.count - 1, (2 * k + 1) * list.count / (2 * count))] }
    }

    private func matches(_ selector: MeetingSelector, _ o: Occurrence, position: Int, of count: Int) -> Bool {
        switch selector {
        case .first: return position == 0
        case .last: return position == count - 1
        case .nth(let n): return position == n - 1
        case .everyOther(let k): return position >= k - 1 && (position - (k - 1)) % 2 == 0
        case .list(let selectors): return selectors.contains { matches($0, o, position: position, of: count) }
        case .all: return true
        case .live: return false
        case .window(let id): return o.windowID == id
        case .month(let m):
            var day = Day.firstOf(month: o.window.from.month, year: o.window.from.year)
            while day <= o.window.to {
                if day.month == m { return true }
                day = Day.firstOf(month: day.month % 12 + 1, year: day.month == 12 ? day.year + 1 : day.year)
            }
            return false
        }
    }
}
