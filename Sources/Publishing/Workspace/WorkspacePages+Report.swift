import Rendering
import Rules
import Scheduling

extension WorkspacePages {
    /// The report page's own parts around the report: the year and network choice, the
    /// files to download, and the coordinator's task marks.
    func report(years: [Int], year: Int, networks: [String], report: YearReport, mayMarkTasks: Bool,
                done: String?) -> [String: Any] {
        let reportWords = ReportWords(language: language)
        var values: [String: Any] = [
            "years": years.map { ["value": $0, "selected": $0 == year] },
            "networks": rules.networks.map { ["value": $0.id, "label": $0.title.text(language), "selected": networks.contains($0.id)] },
            "files": ReportRenderer.Format.allCases.map {
                ["href": WorkspacePaths.reportFile(year: year, networks: networks, format: $0), "label": $0.rawValue.uppercased()]
            },
            "mayMarkTasks": mayMarkTasks && !report.tasks.isEmpty,
            "tasks": report.tasks.map { task -> [String: Any] in
                ["key": task.key, "title": task.title, "due": task.due.finnish, "isDone": task.done != nil,
                 "state": reportWords.state(task.state)]
            },
            "back": WorkspacePaths.report(year: year, networks: networks),
        ]
        if let done { values["done"] = done }
        return values
    }
}
