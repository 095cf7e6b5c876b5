import Foundation
import Rendering
import Rules
import Scheduling
import Storage

extension WorkspacePages {
    // MARK: Rules

    func rules(files: [String]) -> [String: Any] {
        ["title": words.table["rules"]!,
         "files": files.map { ["file": $0, "href": WorkspacePaths.editRule($0)] },
         "newHref": WorkspacePaths.newNetwork]
    }

    /// The editor: the text, its problems (by line and column, in this language), the
    /// preview of a valid edit with the button that saves it, and the kept versions.
    func ruleEditor(file: String, text: String, base: String, diagnostics: [Diagnostic], diff: PlanDiff?,
                    versions: [RuleFileVersion], notice: String?, folder: String) -> [String: Any] {
        let marked = Set(diagnostics.compactMap { $0.location?.line })
        let prefix = (folder as NSString).standardizingPath + "/"
        let diffText = PlanDiffText(rules: rules, language: language)
        var context: [String: Any] = [
            "title": "\(words.table["rules"]!): \(file)",
            "file": file, "text": text, "base": base,
            "lines": text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                ["number": index + 1, "text": String(line), "marked": marked.contains(index + 1)]
            },
            "hasProblems": !diagnostics.isEmpty,
            "problems": diagnostics.map { diagnostic -> [String: Any] in
                var entry: [String: Any] = ["message": diagnostic.message.text(language)]
                if let location = diagnostic.location {
                    let path = (location.file as NSString).standardizingPath
                    entry["where"] = (path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : location.file)
                        + ", \(words.table["line"]!) \(location.line), \(words.table["column"]!) \(location.column)"
                    entry["line"] = location.line
                }
                return entry
            },
            "versions": versions.map { version in
                ["number": version.number, "at": version.replacedAt.shownStamp,
                 "by": version.replacedBy, "href": WorkspacePaths.editRule(file, version: version.number)]
            },
            "hasVersions": !versions.isEmpty,
        ]
        if let diff {
            context["preview"] = [
                "summary": diffText.summary(diff),
                "rows": diffText.rows(diff).map { row in
                    ["what": row.what, "key": row.key, "network": row.network, "before": row.before ?? "–",
                     "after": row.after ?? "–", "kind": row.kind.rawValue]
                },
                "hasRows": !diff.isEmpty,
            ]
        }
        context["notice"] = notice
        return context
    }

    /// The short form for a new network, with what was sent and its problems.
    func newNetwork(sent: FormFields?, problems: [String: String]) -> [String: Any] {
        let people = rules.people.keys.sorted()
        let members = Set(sent?.all("members") ?? [])
        var context: [String: Any] = [
            "title": words.table["newNetwork"]!,
            "id": sent?["id"] ?? "", "networkTitle": sent?["title"] ?? "",
            "cadences": NetworkStarter.cadences.map { ["value": $0, "selected": String($0) == (sent?["perYear"] ?? "4")] },
            "modes": MeetingMode.allCases.map { ["value": $0.rawValue, "label": $0.name(language),
                                                 "selected": $0.rawValue == (sent?["mode"] ?? "remote")] },
            "conveners": people.map { ["value": $0, "label": personLabel($0), "selected": $0 == sent?["convener"]] },
            "members": people.map { ["value": $0, "label": personLabel($0), "checked": members.contains($0),
                                     "id": "member-\($0)"] },
        ]
        for (field, problem) in problems { context[field + "Problem"] = problem }
        return context
    }
}
