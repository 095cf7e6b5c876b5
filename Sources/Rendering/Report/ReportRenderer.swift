import CSV
import Foundation
import Rules

/// The monitoring report as a file the coordinator can take to the leadership group:
/// HTML (charts drawn), Word, Markdown from the `report.*.mustache` templates; CSV (one
/// figure per row) and JSON for spreadsheets and other tools.
public struct ReportRenderer: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case html, docx, md, csv, json

        public var fileExtension: String { rawValue }

        /// A meeting document's format, for the report that goes with it.
        public init(_ format: DocumentFormat) {
            switch format {
            case .md: self = .md
            case .html: self = .html
            case .docx: self = .docx
            }
        }
    }

    public let language: Language
    public let templates: TemplateLibrary

    public init(language: Language, templates: TemplateLibrary) {
        self.language = language
        self.templates = templates
    }

    /// The file name of a year's report: `seurantaraportti-2027.docx`.
    public static func fileName(_ year: Int, _ format: Format) -> String { "seurantaraportti-\(year).\(format.fileExtension)" }

    /// The report in `format`, without people (a file leaves the workspace); `scope` names
    /// the networks when the report covers only some.
    public func render(_ report: YearReport, format: Format, scope: [String] = []) throws -> Data {
        let report = report.withoutPeople()
        switch format {
        case .json: return try json(report)
        case .csv: return Data(try csv(report).utf8)
        case .html, .md, .docx:
            let template = try templates.load("report", kind: format == .docx ? "docx" : format.rawValue)
            let text = template.render(context(ReportSections(language: language).sections(report), report, scope: scope))
            guard format == .docx else { return Data(text.utf8) }
            let words = ReportWords(language: language)
            return try DocxPackage(language: language, title: words.title(report.year), header: words.title(report.year))
                .package(documentXML: text)
        }
    }

    /// The sections as a template context: what `report.html`, `report.docx` and
    /// `report.md` (and the workspace page) show.
    public func context(_ sections: [ReportSections.Section], _ report: YearReport, scope: [String]) -> [String: Any] {
        let words = ReportWords(language: language)
        return [
            "lang": language.rawValue,
            "title": words.title(report.year),
            "asOf": words.asOf(report.asOf),
            "scope": scope.isEmpty ? words.allNetworks : words.networksShown(scope),
            "sections": sections.map { section -> [String: Any] in
                [
                    "id": section.id, "heading": section.heading, "paragraphs": section.paragraphs,
                    "chart": section.chart ?? "", "hasChart": section.chart != nil, "chartTitle": section.chartTitle ?? "",
                    "barsTitle": section.barsTitle ?? section.chartTitle ?? "",
                    "bars": section.bars.map { ["label": $0.label, "blocks": $0.blocks(), "figure": $0.figure] },
                    "hasBars": !section.bars.isEmpty,
                    "tables": section.tables.map { table -> [String: Any] in
                        let widths = Self.columnWidths(table.headers.count)
                        return [
                            "caption": table.caption, "columnCount": table.headers.count,
                            "headers": zip(table.headers, widths).map { ["text": $0, "width": $1] },
                            "columns": widths.map { ["width": $0] },
                            "hasRows": !table.rows.isEmpty, "empty": words.nothing,
                            "rows": table.rows.enumerated().map { index, cells -> [String: Any] in
                                ["cells": zip(cells, widths).enumerated().map { column, cell in
                                    ["text": cell.0, "width": cell.1, "numeric": column > 0 && Self.isFigure(cell.0),
                                     "mdText": cell.0.replacingOccurrences(of: "|", with: "\\|")]
                                 },
                                 "total": table.hasTotal && index == table.rows.count - 1]
                            },
                            "mdRule": table.headers.map { _ in "---" }.joined(separator: " | "),
                        ]
                    },
                ]
            },
        ]
    }

    /// A Word table's column widths (twentieths of a point, 9 354 across the page): the
    /// first column, which names things, a third of the page; the figures share the rest.
    static func columnWidths(_ count: Int) -> [Int] {
        guard count > 2 else { return Array(repeating: 9354 / max(count, 1), count: count) }
        let first = 3354, rest = (9354 - first) / (count - 1)
        return [first] + Array(repeating: rest, count: count - 1)
    }

    static func isFigure(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isNumber || " /%()–-".contains($0) }
    }

    private func json(_ report: YearReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report) + Data("\n".utf8)
    }

    /// One figure per row (section, id, name, measure, value): a spreadsheet filters
    /// and pivots it; CRLF and a byte-order mark, as the plan's CSV, for Excel.
    private func csv(_ report: YearReport) throws -> String {
        let words = ReportWords(language: language)
        let writer = try CSVWriter(stream: .toMemory(), newline: .crlf)
        try writer.write(row: words.csvColumns)
        func counts(_ section: String, _ id: String, _ name: String, _ c: YearReport.Counts) throws {
            for (measure, path) in YearReport.Counts.measures {
                try writer.write(row: [section, id, name, measure, String(c[keyPath: path])])
            }
        }
        for network in report.networks {
            try counts("network", network.networkID, network.title, network.counts)
            if let live = network.live {
                try writer.write(row: ["network", network.networkID, network.title, "live-required",
                                       live.required.map(String.init) ?? "all"])
                try writer.write(row: ["network", network.networkID, network.title, "live-held", String(live.held)])
            }
        }
        try counts("total", "", words.total, report.total)
        for month in report.months {
            for (measure, value) in [("planned", month.planned), ("held", month.held), ("cancelled", month.cancelled)] {
                try writer.write(row: ["month", String(month.month), words.monthName(month.month), measure, String(value)])
            }
        }
        for (section, rows, none) in [("organisation", report.attendance.byOrganisation, words.notGiven),
                                      ("municipality", report.attendance.byMunicipality, words.noMunicipality)] {
            for row in rows {
                for (measure, value) in [("attended", row.rate.attended), ("expected", row.rate.expected),
                                         ("answered-coming", row.rate.answeredComing), ("answered", row.rate.answered)] {
                    try writer.write(row: [section, row.id ?? "", row.name ?? none, measure, String(value)])
                }
            }
        }
        for item in report.items {
            try writer.write(row: ["item", item.meetingKey, item.title, "state", item.state.rawValue])
        }
        for r in report.reports {
            try writer.write(row: ["report", r.meetingKey ?? "\(r.from)>\(r.to)", r.title, "state", r.state.rawValue])
        }
        for action in report.overdueActions {
            try writer.write(row: ["overdue-action", "#\(action.id)", action.what, "due", action.due.iso])
        }
        for task in report.tasks {
            try writer.write(row: ["task", task.key, task.title, "state", task.state.rawValue])
        }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return "\u{FEFF}" + String(decoding: data, as: UTF8.self)
    }
}
