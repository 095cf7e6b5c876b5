import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// What each workspace page shows, as the templates' context: built from the current site
/// (rules, plan, today) and the stored state, in the reader's language.
struct WorkspacePages {
    let site: Site
    let language: Language
    let account: Account

    var words: WorkspaceWords { WorkspaceWords(language: language) }
    var documentWords: DocumentWords { DocumentWords(language: language, body: .workingGroup) }
    var rules: RuleSet { site.rules }

    /// Rows on one page of the list: the national workload has thousands of meetings.
    static let pageSize = 200

    /// An audit entry as the meeting page and the audit log show it.
    func historyRow(_ entry: AuditEntry) -> [String: Any] {
        var row: [String: Any] = ["at": entry.at.shownStamp,
         "actor": entry.actor, "action": words.action(entry.action), "target": entry.target,
         "before": words.state(entry.before), "after": words.state(entry.after)]
        if [.moved, .cancelled, .restored].contains(entry.action) { row["targetHref"] = WorkspacePaths.meeting(entry.target) }
        return row
    }
}

extension String {
    /// A stored UTC stamp (`2026-11-29T17:08:57Z`) as the pages show it: `2026-11-29 17:08:57 UTC`.
    var shownStamp: String {
        replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
    }
}
