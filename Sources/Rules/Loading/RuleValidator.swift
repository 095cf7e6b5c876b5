/// Checks that need every network at once: duplicate ids, references to other
/// networks, and reporting lines that go round in a circle.
struct RuleValidator {
    let sink: DiagnosticSink

    func validate(_ networks: [Network]) {
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

    /// Depth-first search over "reports to" edges; each cycle is reported once, at the
    /// edge that closes it.
    private func reportCycles(_ byID: [String: Network]) {
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var stack: [String] = []
        func visit(_ id: String) {
            marks[id] = .visiting
            stack.append(id)
            for line in byID[id]?.reports ?? [] where line.to != id && byID[line.to] != nil {
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
