/// Checks that need every network at once: duplicate ids, references to other
/// networks, and reporting lines that go round in a circle; and the warnings about a
/// network that would work but leaves someone without what they need.
struct RuleValidator {
    let sink: DiagnosticSink

    func validate(_ networks: [Network]) {
        for network in networks { warnIncomplete(network) }
        var byID: [String: Network] = [:]
        for network in networks {
            if let first = byID[network.id] {
                sink.error(.duplicateID(.network, network.id, first: first.location), at: network.location)
            } else {
                byID[network.id] = network
            }
        }
        for network in networks {
            for line in network.reports {
                if line.to == network.id {
                    sink.error(.reportToSelf(network.id), at: line.location)
                } else if byID[line.to] == nil {
                    sink.error(.unknownReference(.network, line.to, suggestion: Suggestion.closest(to: line.to, in: byID.keys)),
                               at: line.location)
                }
            }
        }
        reportCycles(byID)
    }

    /// A network that meets but has nobody to invite or convene it, a live meeting with no
    /// room, a remote one with no link: the plan can be made, but the meetings cannot be held.
    private func warnIncomplete(_ network: Network) {
        guard let meetings = network.meetings else { return }
        if network.members.isEmpty {
            sink.warning(.noMembers, at: network.location)
        } else if !network.members.contains(where: { $0.roles.contains(.convener) })
                    && !network.rotations.contains(where: { $0.subject == .convener }) {
            sink.warning(.noConvener, at: network.location)
        }
        let modes = Self.possibleModes(meetings)
        let hasRoom = meetings.placeID != nil || network.rotations.contains { $0.subject == .place }
        if modes.contains(where: \.needsRoom), !hasRoom, !Self.everyWindowHasRoom(meetings) {
            sink.warning(.liveWithoutPlace, at: meetings.location)
        }
        if modes.contains(where: \.needsLink), meetings.onlineID == nil {
            sink.warning(.remoteWithoutLink, at: meetings.location)
        }
    }

    /// Every mode a meeting of these rules may be held in.
    static func possibleModes(_ rules: MeetingRules) -> Set<MeetingMode> {
        var modes: Set<MeetingMode> = []
        var defaultUsed = false
        for phase in rules.phases {
            if case .windows(let windows) = phase.cadence {
                for window in windows {
                    if let mode = window.mode { modes.insert(mode) } else { defaultUsed = true }
                }
            } else {
                defaultUsed = true
            }
        }
        if defaultUsed || rules.phases.isEmpty { modes.insert(rules.mode) }
        if let live = rules.live, live.perYear > 0 { modes.insert(live.mode) }
        return modes
    }

    /// Whether every window that may be held in a room names one of its own.
    private static func everyWindowHasRoom(_ rules: MeetingRules) -> Bool {
        guard !rules.phases.isEmpty else { return false }
        let liveMayNeedRoom = rules.live.map { $0.perYear > 0 && $0.mode.needsRoom } ?? false
        for phase in rules.phases {
            guard case .windows(let windows) = phase.cadence else { return false }
            for window in windows where window.placeID == nil {
                if (window.mode ?? rules.mode).needsRoom || (window.mode == nil && liveMayNeedRoom) { return false }
            }
        }
        return true
    }

    /// Depth-first search over "reports to" edges; each cycle is reported once, at the
    /// edge that closes it.
    private func reportCycles(_ byID: [String: Network]) {
        for kind in [ReportingLine.Kind.report, .guidance] { reportCycles(byID, kind: kind) }
    }

    /// Only lines of one kind make a circle: reports up and guidance down between the same
    /// networks are the usual two-way relation, not a loop.
    private func reportCycles(_ byID: [String: Network], kind: ReportingLine.Kind) {
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var stack: [String] = []
        func visit(_ id: String) {
            marks[id] = .visiting
            stack.append(id)
            for line in byID[id]?.reports ?? [] where line.kind == kind && line.to != id && byID[line.to] != nil {
                switch marks[line.to] {
                case .visiting:
                    let start = stack.firstIndex(of: line.to)!
                    sink.error(.reportingCycle(Array(stack[start...]) + [line.to]), at: line.location)
                case .done:
                    break
                case nil:
                    visit(line.to)
                }
            }
            stack.removeLast()
            marks[id] = .done
        }
        for id in byID.keys.sorted() where marks[id] == nil { visit(id) }
    }
}
