/// What recording a corrected minutes file would change in what is stored for that
/// meeting, so that the secretary sees it before anything is replaced.
public enum MinutesChange: Hashable, Sendable {
    case attendance(person: String, from: RecordedMinutes.Attendance?, to: RecordedMinutes.Attendance?)
    case decisionAdded(RecordedMinutes.Decision)
    case decisionRemoved(RecordedMinutes.Decision)
    case decisionChanged(from: RecordedMinutes.Decision, to: RecordedMinutes.Decision)
    case actionAdded(RecordedMinutes.NewAction)
    case actionRemoved(RecordedMinutes.NewAction)
    case actionDueChanged(RecordedMinutes.NewAction, from: String)
    case actionClosed(Int64)
    case actionReopened(Int64)

    /// Every difference between the stored minutes and the new ones, in reading order:
    /// attendance by person, decisions by item, actions by what and who, closures by number.
    public static func changes(from old: RecordedMinutes, to new: RecordedMinutes) -> [MinutesChange] {
        var result: [MinutesChange] = []
        let before = Dictionary(old.attendance.map { ($0.personID, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.attendance.map { ($0.personID, $0) }, uniquingKeysWith: { a, _ in a })
        for person in Set(before.keys).union(after.keys).sorted() where before[person] != after[person] {
            result.append(.attendance(person: person, from: before[person], to: after[person]))
        }
        let oldDecisions = Dictionary(old.decisions.map { ($0.itemNumber, $0) }, uniquingKeysWith: { a, _ in a })
        let newDecisions = Dictionary(new.decisions.map { ($0.itemNumber, $0) }, uniquingKeysWith: { a, _ in a })
        for item in Set(oldDecisions.keys).union(newDecisions.keys).sorted() {
            switch (oldDecisions[item], newDecisions[item]) {
            case let (a?, b?) where a != b: result.append(.decisionChanged(from: a, to: b))
            case let (a?, nil): result.append(.decisionRemoved(a))
            case let (nil, b?): result.append(.decisionAdded(b))
            default: break
            }
        }
        func same(_ a: RecordedMinutes.NewAction, _ b: RecordedMinutes.NewAction) -> Bool {
            a.what == b.what && a.owner == b.owner
        }
        for action in new.actions {
            if let earlier = old.actions.first(where: { same($0, action) }) {
                if earlier.due != action.due { result.append(.actionDueChanged(action, from: earlier.due)) }
            } else {
                result.append(.actionAdded(action))
            }
        }
        for action in old.actions where !new.actions.contains(where: { same($0, action) }) {
            result.append(.actionRemoved(action))
        }
        for id in new.closed where !old.closed.contains(id) { result.append(.actionClosed(id)) }
        for id in old.closed where !new.closed.contains(id) { result.append(.actionReopened(id)) }
        return result
    }
}
