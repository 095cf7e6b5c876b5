import Rules
import Scheduling

/// The words for a task: a deadline is named with its network and meeting date
/// ("Esityslista: Kohtaamispaikkaverkosto 12.2.2026").
struct TaskText: Sendable {
    let meetingText: MeetingText
    let language: Language

    init(rules: RuleSet, language: Language) {
        meetingText = MeetingText(rules: rules, language: language)
        self.language = language
    }

    func title(_ task: borrowing PlannedTask) -> String { title(task.title, kind: task.kind, network: task.networkID) }

    /// The same from the task's fields (the feeds read them in place, see `FeedText`).
    func title(_ title: LocalizedText, kind: PlannedTask.Kind, network: String) -> String {
        let name = title.text(language)
        guard case let .deadline(_, _, day) = kind else { return name }
        return "\(name): \(meetingText.networkTitle(network)) \(day.finnish)"
    }
}
