import Rules

/// The passes of a scheduling run, in the order they claim the calendar.
extension PlanningRun {
    // MARK: Pass 0: what has happened stays as it was

    mutating func placeHistory() {
        for n in order {
            for i in pending[n]!.indices where pending[n]![i].held != nil {
                var p = pending[n]![i]
                let held = applyOverride(to: p.held!)
                p.held = held
                p.day = held.day
                p.start = held.start.minutes
                p.status = held.status
                p.ref = board.reserve(held, network: n)
                pending[n]![i] = p
            }
        }
        let networkIndex = Dictionary(uniqueKeysWithValues: input.rules.networks.enumerated().map { ($1.id, $0) })
        heldElsewhere = heldElsewhere.map { applyOverride(to: $0) }
        for m in heldElsewhere { _ = board.reserve(m, network: networkIndex[m.networkID]) }
    }

    // MARK: Pass 1: the coordinator's moves

    mutating func placeMoves() {
        for n in order {
            let setup = setups[n]!
            for i in pending[n]!.indices where pending[n]![i].held == nil {
                // Looked up before the pending meeting is copied out: most have no move.
                guard let override = input.overrides[pending[n]![i].occurrence.key] else { continue }
                var p = pending[n]![i]
                p.status = override.cancelled ? .cancelled : (override.isMove ? .moved : .planned)
                if let day = override.day {
                    p.day = day
                    p.start = override.start?.minutes ?? setup.times.first?.minute ?? setup.rules.earliest.minutes
                    refreshAssignment(&p, setup: setup)
                    if p.status != .cancelled { reserve(&p, setup: setup) }
                }
                pending[n]![i] = p
            }
        }
    }

    // MARK: Pass 2: unchanged meetings stay where they were

    mutating func placeBaseline() {
        for n in order {
            let setup = setups[n]!
            // The network's list is taken out while it is placed, so that each meeting is
            // changed in place: nearly every meeting of a rebuild stays, and copying each
            // out and back was a quarter of this pass.
            var list = pending.removeValue(forKey: n)!
            defer { pending[n] = list }
            for i in list.indices where list[i].day == nil {
                guard let slot = input.baseline[list[i].occurrence.key] else { continue }
                // A slot before today was kept by a plan saved before history was: it happened there.
                let past = slot.day < input.today
                guard slot.signature == list[i].signature || past else { continue }
                if !past, list[i].status != .cancelled {
                    let candidate = candidate(list[i], setup: setup, window: list[i].open, on: slot.day)
                    guard hardRules.first(slot.day, start: slot.start.minutes, candidate, board: board) == nil else {
                        continue
                    }
                }
                list[i].day = slot.day
                list[i].start = slot.start.minutes
                refreshAssignment(&list[i], setup: setup)
                if list[i].status != .cancelled { reserve(&list[i], setup: setup) }
            }
        }
    }

    // MARK: Pass 3: everything else, on the best open slot

    mutating func placeRemaining() {
        for cancelledPass in [false, true] {
            for n in order {
                let setup = setups[n]!
                for i in pending[n]!.indices where pending[n]![i].day == nil {
                    var p = pending[n]![i]
                    guard (p.status == .cancelled) == cancelledPass else { continue }
                    let previous = input.baseline[p.occurrence.key]?.day
                    if let (day, start) = SlotSearch(run: self, setup: setup).best(for: p, previous: previous) {
                        p.day = day
                        p.start = start
                        refreshAssignment(&p, setup: setup)
                        if !cancelledPass { reserve(&p, setup: setup) }
                    } else if cancelledPass {
                        p.day = min(max(p.occurrence.target, p.open.from), p.open.to)
                        p.start = setup.times.first?.minute ?? setup.rules.earliest.minutes
                    } else if p.open.from > p.occurrence.window.from, input.baseline[p.occurrence.key] == nil {
                        // Only the past part of the window had room: the meeting came too late.
                        problems.append(Problem(.warning, network: setup.network.id, meetingKey: p.occurrence.key,
                                                window: p.occurrence.window, constraint: .history,
                                                location: p.occurrence.location, message: .noRoomLeft(from: p.open.from)))
                    } else {
                        problems.append(FailureDiagnosis(run: self, setup: setup).problem(for: p))
                    }
                    pending[n]![i] = p
                }
            }
        }
    }

    // MARK: Stored moves against the rules

    /// A move stands where the coordinator put it; if that breaks a hard rule (it was
    /// forced, or the rules changed since), every later plan says so.
    mutating func reviewMoves() {
        for n in order {
            let setup = setups[n]!
            for i in pending[n]!.indices where pending[n]![i].held == nil && pending[n]![i].status == .moved {
                let p = pending[n]![i]  // copied only when moved
                guard let day = p.day, day >= input.today, let override = input.overrides[p.occurrence.key] else {
                    continue
                }
                let candidate = candidate(p, setup: setup, window: p.occurrence.window, on: day)
                let blockers = hardRules.all(day, start: p.start, candidate, board: board)
                guard !blockers.isEmpty else { continue }
                problems.append(Problem(.warning, network: setup.network.id, meetingKey: p.occurrence.key,
                                        constraint: .override, location: nil,
                                        message: .brokenMove(blockers, forced: override.forced)))
            }
        }
    }
}
