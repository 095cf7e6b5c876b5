import CSV
import Foundation
import Rules
import Scheduling

/// The plan as one spreadsheet table: a row per meeting, then a row per task, with a
/// type column to filter on. Written with CSV.swift, so quoting is always right; CRLF
/// line ends and a UTF-8 byte-order mark, so that Excel opens ä and ö correctly.
public struct PlanCSV {
    public let rules: RuleSet
    public let language: Language

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
    }

    public func render(_ plan: Plan, networks filter: Set<String>? = nil) throws -> String {
        let labels = Labels(language: language)
        let text = MeetingText(rules: rules, language: language)
        let taskText = TaskText(rules: rules, language: language)
        let writer = try CSVWriter(stream: .toMemory(), newline: .crlf)
        try writer.write(row: labels.csvColumns)
        for m in plan.meetings where filter?.contains(m.networkID) ?? true {
            try writer.write(row: [labels.meetingType, m.key, m.networkID, text.title(m), m.day.iso, m.start.description,
                                   m.end.description, m.mode.name(language), text.location(m) ?? "", text.statusName(m.status),
                                   m.conveners.joined(separator: ", "), m.chairs.joined(separator: ", "),
                                   m.secretaries.joined(separator: ", "), "", "", "",
                                   m.agenda.map { $0.title.text(language) }.joined(separator: "; ")])
        }
        for t in plan.tasks where filter?.contains(t.networkID) ?? true {
            try writer.write(row: [t.meetingKey == nil ? labels.taskType : labels.deadlineType, t.key, t.networkID,
                                   taskText.title(t), "", "", "", "", "", "", "", "", "", t.owners.joined(separator: ", "),
                                   t.start.iso, t.due.iso, ""])
        }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return "\u{FEFF}" + String(decoding: data, as: UTF8.self) + "\r\n"
    }
}
