import Foundation
import Rules
import Scheduling

/// The plan as one JSON object, `{"meetings": […], "tasks": […], "problems": […]}`:
/// the contract that scripts and later stages rely on.
///
/// Each record is one `JSONObject` (keys sorted, every key present, `null` when empty)
/// on a line of its own, so that the output streams (a national plan never sits in
/// memory twice), diffs line by line, and is byte-identical for the same plan.
public struct PlanJSON {
    public let rules: RuleSet
    public let language: Language

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
    }

    public func render(_ plan: Plan, networks filter: Set<String>? = nil) -> String {
        var text = ""
        write(plan, networks: filter, to: &text)
        return text
    }

    public func write(_ plan: Plan, networks filter: Set<String>? = nil, to out: inout some TextOutputStream) {
        func shown(_ network: String?) -> Bool { filter.map { network.map($0.contains) ?? false } ?? true }
        let text = MeetingText(rules: rules, language: language)
        let taskText = TaskText(rules: rules, language: language)
        let years = Day.firstOf(month: 1, year: plan.firstYear)...Day.lastOf(month: 12, year: plan.lastYear)
        let clock = RegionClock(identifier: rules.calendar.timeZone, days: years)

        func list<Item: Sendable>(_ name: String, _ items: [Item], last: Bool = false,
                                  _ record: @escaping @Sendable (Item) -> JSONObject) {
            out.write("\"\(name)\": [")
            var first = true
            ParallelEncoder().encode(items, as: { record($0).text }) { line in
                out.write(first ? "\n" : ",\n")
                out.write(line)
                first = false
            }
            out.write(first ? "]" : "\n]")
            out.write(last ? "\n" : ",\n")
        }

        let language = self.language
        out.write("{\n")
        // Without a filter the plan's own arrays are encoded: a filter copied every meeting and task.
        list("meetings", filter == nil ? plan.meetings : plan.meetings.filter { shown($0.networkID) }) { m in
            var o = JSONObject()
            o.add("agenda", m.agenda.map { $0.title.text(language) })
            o.add("chairs", m.chairs)
            o.add("conveners", m.conveners)
            o.add("cycle", m.cycleLabel)
            o.add("end", clock.iso8601(m.day, m.end))
            o.add("key", m.key)
            o.add("location", text.location(m))
            o.add("mode", m.mode.rawValue)
            o.add("network", m.networkID)
            o.add("online", text.onlineURL(m))
            o.add("place", m.placeID)
            o.add("secretaries", m.secretaries)
            o.add("start", clock.iso8601(m.day, m.start))
            o.add("status", m.status.rawValue)
            o.add("title", text.title(m))
            o.add("window", m.windowID)
            return o
        }
        list("tasks", filter == nil ? plan.tasks : plan.tasks.filter { shown($0.networkID) }) { t in
            var o = JSONObject()
            o.add("due", t.due.iso)
            o.add("key", t.key)
            o.add("kind", t.isDeadline ? "deadline" : "task")
            o.add("meeting", t.meetingKey)
            o.add("network", t.networkID)
            o.add("owners", t.owners)
            o.add("start", t.start.iso)
            o.add("title", taskText.title(t))
            return o
        }
        list("problems", plan.problems.filter { filter == nil || shown($0.networkID) }, last: true) { p in
            var o = JSONObject()
            o.add("column", p.location?.column)
            o.add("constraint", p.constraint.rawValue)
            o.add("file", p.location?.file)
            o.add("line", p.location?.line)
            o.add("meeting", p.meetingKey)
            o.add("message", p.text(language))
            o.add("network", p.networkID)
            o.add("severity", p.severity.rawValue)
            o.add("window_from", p.window?.from.iso)
            o.add("window_to", p.window?.to.iso)
            return o
        }
        out.write("}\n")
    }
}
