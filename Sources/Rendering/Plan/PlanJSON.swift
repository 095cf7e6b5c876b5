import Foundation
import Rules
import Scheduling

/// The plan as one JSON object, `{"meetings": […], "tasks": […], "problems": […]}`:
/// the contract that scripts and later stages rely on.
///
/// Each record is encoded by Foundation's JSONEncoder with sorted keys and written on
/// a line of its own, so that the output streams (a national plan never sits in
/// memory twice), diffs line by line, and is byte-identical for the same plan.
public struct PlanJSON {
    public let rules: RuleSet
    public let language: Language

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
    }

    public func render(_ plan: Plan, networks filter: Set<String>? = nil) throws -> String {
        var text = ""
        try write(plan, networks: filter, to: &text)
        return text
    }

    public func write(_ plan: Plan, networks filter: Set<String>? = nil, to out: inout some TextOutputStream) throws {
        func shown(_ network: String?) -> Bool { filter.map { network.map($0.contains) ?? false } ?? true }
        let text = MeetingText(rules: rules, language: language)
        let taskText = TaskText(rules: rules, language: language)
        let clock = RegionClock(identifier: rules.calendar.timeZone)

        func list<Item: Sendable, Record: Encodable & Sendable>(_ name: String, _ items: [Item], last: Bool = false,
                                                     _ record: @escaping @Sendable (Item) -> Record) throws {
            out.write("\"\(name)\": [")
            var first = true
            try ParallelEncoder().encode(items, as: record) { line in
                out.write(first ? "\n" : ",\n")
                out.write(line)
                first = false
            }
            out.write(first ? "]" : "\n]")
            out.write(last ? "\n" : ",\n")
        }

        let language = self.language
        out.write("{\n")
        try list("meetings", plan.meetings.filter { shown($0.networkID) }) { m in
            MeetingJSON(key: m.key, network: m.networkID, cycle: m.cycleLabel, window: m.windowID,
                        title: text.title(m), start: clock.iso8601(m.day, m.start), end: clock.iso8601(m.day, m.end),
                        mode: m.mode.rawValue, location: text.location(m), place: m.placeID,
                        online: text.onlineURL(m), agenda: m.agenda.map { $0.title.text(language) },
                        status: m.status.rawValue, conveners: m.conveners, chairs: m.chairs,
                        secretaries: m.secretaries)
        }
        try list("tasks", plan.tasks.filter { shown($0.networkID) }) { t in
            TaskJSON(key: t.key, network: t.networkID, title: taskText.title(t), owners: t.owners,
                     start: t.start.iso, due: t.due.iso, kind: t.isDeadline ? "deadline" : "task", meeting: t.meetingKey)
        }
        try list("problems", plan.problems.filter { filter == nil || shown($0.networkID) }, last: true) { p in
            ProblemJSON(severity: p.severity.rawValue, network: p.networkID, meeting: p.meetingKey,
                        constraint: p.constraint.rawValue, windowFrom: p.window?.from.iso, windowTo: p.window?.to.iso,
                        file: p.location?.file, line: p.location?.line, column: p.location?.column,
                        message: p.text(language))
        }
        out.write("}\n")
    }

    struct MeetingJSON: Encodable, Sendable {
        let key, network, cycle: String
        @Null var window: String?
        let title, start, end, mode: String
        @Null var location: String?
        @Null var place: String?
        @Null var online: String?
        let agenda: [String]
        let status: String
        let conveners: [String]
        let chairs: [String]
        let secretaries: [String]
    }

    struct TaskJSON: Encodable, Sendable {
        let key, network, title: String
        let owners: [String]
        let start, due, kind: String
        @Null var meeting: String?
    }

    struct ProblemJSON: Encodable, Sendable {
        let severity: String
        @Null var network: String?
        @Null var meeting: String?
        let constraint: String
        @Null var windowFrom: String?
        @Null var windowTo: String?
        @Null var file: String?
        @Null var line: Int?
        @Null var column: Int?
        let message: String

        enum CodingKeys: String, CodingKey {
            case severity, network, meeting, constraint, file, line, column, message
            case windowFrom = "window_from", windowTo = "window_to"
        }
    }
}
