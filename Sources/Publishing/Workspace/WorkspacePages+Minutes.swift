import Foundation
import Rendering
import Rules
import Scheduling
import Storage

extension WorkspacePages {
    // MARK: Minutes

    /// The minutes form, filled from what is recorded (or from what was just sent, with its problems).
    func minutes(_ meeting: Meeting, form minutesForm: MinutesForm, template: MeetingDocument,
                 recorded: RecordedMinutes?, sent: FormFields?, problems: [String: MinutesForm.Problem]) -> [String: Any] {
        func value(_ name: String, _ stored: String?) -> String { sent?[name] ?? stored ?? "" }
        let attendance = minutesForm.participants.map { person -> [String: Any] in
            let stored = recorded?.attendance.first { $0.personID == person }
            let chosen = sent?["attendance-\(person)"] ?? stored?.status.rawValue ?? "present"
            return [
                "person": person, "label": personLabel(person), "field": "attendance-\(person)",
                "options": RecordedMinutes.Attendance.Status.allCases.map { status in
                    ["value": status.rawValue, "label": words.table[status.rawValue]!, "checked": status.rawValue == chosen,
                     "id": "attendance-\(person)-\(status.rawValue)"]
                },
                "substituteField": "substitute-\(person)",
                "substituteValue": value("substitute-\(person)", stored?.substitute),
            ]
        }
        let itemOptions = { (selected: Int?) in
            template.items.map { ["value": $0.number, "label": "\($0.number). \($0.title)", "selected": $0.number == selected] }
        }
        let stored = recorded?.actions ?? []
        let rows = stored.count + MinutesForm.spareActionRows
        let people = rules.people.keys.sorted()
        let actionRows = (0..<rows).map { row -> [String: Any] in
            let action = row < stored.count ? stored[row] : nil
            let owner = value("action-owner-\(row)", action?.owner)
            var entry: [String: Any] = [
                "row": row, "number": row + 1,
                "what": value("action-what-\(row)", action?.what), "due": value("action-due-\(row)", action?.due),
                "owners": people.map { ["value": $0, "label": personLabel($0), "selected": $0 == owner] },
                "items": itemOptions(Int(value("action-item-\(row)", action.map { String($0.itemNumber) }))
                    ?? template.items.last { $0.role == .otherBusiness }?.number),
            ]
            for field in ["what", "owner", "due"] {
                if let problem = problems["action-\(field)-\(row)"] { entry[field + "Problem"] = words.minutesProblem(problem) }
            }
            return entry
        }
        let closed = Set(sent.map { $0.all("close").compactMap(Int64.init) } ?? recorded?.closed ?? [])
        let open = template.items.flatMap(\.actions).map { action -> [String: Any] in
            ["id": action.id, "what": action.what, "owner": action.ownerName, "due": action.due,
             "checked": closed.contains(action.id)]
        }
        var context: [String: Any] = [
            "title": "\(words.table["minutes"]!): \(meeting.title.text(language)) \(meeting.day.finnish)",
            "meeting": row(meeting).merging(["heading": meeting.title.text(language),
                                             "when": documentWords.when(meeting.day, meeting.start, meeting.end)]) { _, new in new },
            "recorded": recorded != nil,
            "attendance": attendance,
            "items": template.items.map { item -> [String: Any] in
                let stored = recorded?.decisions.first { $0.itemNumber == item.number }
                return ["number": item.number, "title": item.title,
                        "field": "decision-\(item.number)", "value": value("decision-\(item.number)", stored?.text),
                        "discussionField": "discussion-\(item.number)",
                        "discussion": value("discussion-\(item.number)", stored?.discussion)]
            },
            "actionRows": actionRows,
            "rowCount": rows,
            "openActions": open,
            "hasOpenActions": !open.isEmpty,
        ]
        context["problem"] = problems["attendance"].map(words.minutesProblem)
            ?? (problems.isEmpty ? nil : words.table["fixBelow"])
        return context
    }
}
