import Rules
import Scheduling

/// Short names of deadlines for one-line listings.
enum TaskDeadlineName {
    static func short(_ task: PlannedTask, network: Network, _ language: Language) -> String {
        guard case .deadline(let kind, _, _) = task.kind else { return task.title.text(language) }
        switch (kind, language) {
        case (.invitation, .fi): return "kutsu"
        case (.invitation, .sv): return "kallelse"
        case (.invitation, .en): return "invitation"
        case (.agenda, .fi): return "esityslista"
        case (.agenda, .sv): return "föredragningslista"
        case (.agenda, .en): return "agenda"
        case (.minutes, .fi): return network.body == .formal ? "pöytäkirja" : "muistio"
        case (.minutes, .sv): return network.body == .formal ? "protokoll" : "minnesanteckningar"
        case (.minutes, .en): return network.body == .formal ? "minutes" : "notes"
        case (.custom(_, let title), _): return title.text(language)
        }
    }
}
