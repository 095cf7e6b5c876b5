import Rules
import Scheduling

/// The words for a task: a deadline is named with its network and meeting date
/// ("Esityslista: Kohtaamispaikkaverkosto 12.2.2026").
struct TaskText {
    let rules: RuleSet
    let language: Language

    func title(_ task: PlannedTask) -> String {
        let name = task.title.text(language)
        guard case let .deadline(_, _, day) = task.kind else { return name }
        let network = rules.network(task.networkID)?.title.text(language) ?? task.networkID
        return "\(name): \(network) \(day.finnish)"
    }
}
