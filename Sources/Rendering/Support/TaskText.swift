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

    func title(_ task: borrowing PlannedTask) -> String {
        let name = task.title.text(language)
        guard case let .deadline(_, _, day) = task.kind else { return name }
        return "\(name): \(meetingText.networkTitle(task.networkID)) \(day.finnish)"
    }
}
