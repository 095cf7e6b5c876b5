import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// The minutes of one meeting as a browser form: attendance of each participant, a
/// decision per agenda item, new actions (what, owner, due, item) and open actions marked
/// done. Read into the same `RecordedMinutes` that `vuosikello minutes record` reads from
/// a file, and stored the same way; problems are kept by field, to be shown next to it.
struct MinutesForm {
    /// Empty rows for new actions below those already recorded.
    static let spareActionRows = 3

    enum Problem: Equatable {
        case noOwner, unknownOwner(String), badDue(String), noWhat, blank
    }

    let meeting: Meeting
    /// The minutes template's items: their numbers are the ones decisions and actions refer to.
    let items: [DocumentItem]
    let participants: [String]
    let people: [String]

    /// Reads the submitted fields; the minutes, or the problems by field name.
    func read(_ form: FormFields, openActions: Set<Int64>) -> (minutes: RecordedMinutes?, problems: [String: Problem]) {
        var problems: [String: Problem] = [:]
        let attendance = participants.map { person -> RecordedMinutes.Attendance in
            let status = form["attendance-\(person)"].flatMap(RecordedMinutes.Attendance.Status.init(rawValue:)) ?? .absent
            return RecordedMinutes.Attendance(personID: person, status: status,
                                              substitute: status == .substitute ? form.text("substitute-\(person)") : nil)
        }
        let titles = Dictionary(items.map { ($0.number, $0.title) }, uniquingKeysWith: { a, _ in a })
        let decisions = items.compactMap { item -> RecordedMinutes.Decision? in
            let decided = form.text("decision-\(item.number)"), discussed = form.text("discussion-\(item.number)")
            guard decided != nil || discussed != nil else { return nil }
            return RecordedMinutes.Decision(itemNumber: item.number, itemTitle: item.title, text: decided ?? "",
                                            discussion: discussed ?? "")
        }
        var actions: [RecordedMinutes.NewAction] = []
        // How many action rows the form had; anything else sent is no rows, never a crash.
        let rows = min(max(Int(form["action-rows"] ?? "") ?? 0, 0), 200)
        for row in 0..<rows {
            let what = form.text("action-what-\(row)"), owner = form.text("action-owner-\(row)"),
                due = form.text("action-due-\(row)")
            guard what != nil || owner != nil || due != nil else { continue }
            guard let what else { problems["action-what-\(row)"] = .noWhat; continue }
            guard let owner else { problems["action-owner-\(row)"] = .noOwner; continue }
            guard people.contains(owner) else { problems["action-owner-\(row)"] = .unknownOwner(owner); continue }
            guard let dueText = due, Day(iso: dueText) != nil else {
                problems["action-due-\(row)"] = .badDue(due ?? "")
                continue
            }
            let item = Int(form["action-item-\(row)"] ?? "") ?? items.last(where: { $0.role == .otherBusiness })?.number ?? 1
            actions.append(RecordedMinutes.NewAction(itemNumber: item, itemTitle: titles[item] ?? "", what: what,
                                                     owner: owner, due: dueText))
        }
        let closed = form.all("close").compactMap(Int64.init).filter(openActions.contains).sorted()
        guard problems.isEmpty else { return (nil, problems) }
        let minutes = RecordedMinutes(meetingKey: meeting.key, networkID: meeting.networkID, attendance: attendance,
                                      decisions: decisions, actions: actions, closed: closed)
        // The blank form sent by mistake would wipe what was recorded: never stored.
        guard !minutes.isBlank else { return (nil, ["attendance": .blank]) }
        return (minutes, [:])
    }
}
