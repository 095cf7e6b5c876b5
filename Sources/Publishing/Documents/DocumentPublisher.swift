import Foundation
import Rendering
import Rules
import Scheduling

/// Writes every planned meeting's agenda draft and minutes template under
/// `documents/<network>/`, e.g. `documents/johtoryhma/2026-03-agenda.md`. A file is
/// rewritten only when its bytes change; documents of meetings no longer in the plan
/// (or cancelled) are removed in the formats being written, so that those match the plan
/// and the other formats (written by another build, `--documents md`) are left alone.
public struct DocumentPublisher: Sendable {
    public struct Report: Sendable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
        /// Monitoring reports attached to agenda items, written and unchanged.
        public var reportsWritten = 0
        public var reportsUnchanged = 0
    }

    /// What the monitoring reports attached to agenda items (`report:` on an annual-cycle
    /// item) are counted from; nil: the build attaches none.
    public var reportFacts: (@Sendable () throws -> ReportFacts)?

    public let documents: MeetingDocuments
    public let formats: [DocumentFormat]
    public let folder: String

    public init(documents: MeetingDocuments, formats: [DocumentFormat], folder: String) {
        self.documents = documents
        self.formats = formats
        self.folder = (folder as NSString).appendingPathComponent(OutputPaths(documents.language).documents)
    }

    /// The file name of a meeting's document: the key after the network, `/` → `-`.
    public static func fileName(_ meeting: Meeting, _ kind: DocumentKind, _ format: DocumentFormat) -> String {
        let rest = meeting.key.split(separator: "/").dropFirst().joined(separator: "-")
        return "\(rest)-\(kind.rawValue).\(format.fileExtension)"
    }

    public func write(_ plan: Plan) throws -> Report {
        try documents.checkTemplates(formats: formats)
        let meetings = plan.meetings.filter { !$0.isCancelled }
        let jobs = meetings.flatMap { meeting in DocumentKind.allCases.map { (meeting, $0) } }
        let carriers = Self.reportCarriers(meetings)
        let facts = carriers.isEmpty ? nil : try reportFacts?()
        let years = facts == nil ? [] : carriers.keys.sorted()
        // Rendering (Mustache, and deflate for Word) is the work; spread it over the cores,
        // the year reports (the longest jobs) first. Each meeting's document is made once
        // and rendered in every format.
        let documents = self.documents
        let folder = self.folder, formats = self.formats
        let wrote = try parallelMap(years.count + jobs.count) { index in
            if index < years.count {
                return try writeReport(year: years[index], carriers: carriers[years[index]]!, plan: plan, facts: facts!)
            }
            let (meeting, kind) = jobs[index - years.count]
            let files = try documents.render(kind, for: meeting, formats: formats)
            return try zip(formats, files).map { format, data in
                try AtomicFile.write(data, to: "\(folder)/\(meeting.networkID)/\(Self.fileName(meeting, kind, format))")
            }
        }
        let reports = wrote.prefix(years.count).flatMap { $0 }, files = wrote.dropFirst(years.count).flatMap { $0 }
        var report = Report()
        report.written = files.filter { $0 }.count
        report.unchanged = files.count - report.written
        report.reportsWritten = reports.filter { $0 }.count
        report.reportsUnchanged = reports.count - report.reportsWritten
        let kept = Set(jobs.flatMap { meeting, kind in
            formats.map { "\(meeting.networkID)/\(Self.fileName(meeting, kind, $0))" }
        })
        report.removed = try removeStale(keeping: kept)
        return report
    }

    /// For each year's monitoring report, the networks whose agenda item carries it (`report:`
    /// on an annual-cycle item), with the day of the last meeting that does.
    private static func reportCarriers(_ meetings: [Meeting]) -> [Int: [String: Day]] {
        var last: [Int: [String: Day]] = [:]
        for meeting in meetings {
            for year in meeting.agenda.compactMap(\.report) {
                last[year, default: [:]][meeting.networkID] = max(last[year]?[meeting.networkID] ?? meeting.day, meeting.day)
            }
        }
        return last
    }

    /// The year's monitoring report beside the documents of each network whose agenda item
    /// carries it (`seurantaraportti-2026.docx`), in the build's formats: what the agenda
    /// lists as the item's attachment. Once the last meeting that carries it has been held,
    /// the file stays as the meeting had it: history is not rewritten.
    private func writeReport(year: Int, carriers: [String: Day], plan: Plan, facts: ReportFacts) throws -> [Bool] {
        let language = documents.language
        let renderer = ReportRenderer(language: language, templates: documents.renderer.library)
        let report = YearReportBuilder(rules: documents.builder.rules, plan: plan, facts: facts, language: language)
            .report(year: year)
        var wrote: [Bool] = []
        for format in formats.map(ReportRenderer.Format.init) {
            let data = try renderer.render(report, format: format)
            for (network, day) in carriers.sorted(by: { $0.key < $1.key }) {
                let path = "\(folder)/\(network)/\(ReportRenderer.fileName(year, format))"
                if day < plan.today && FileManager.default.fileExists(atPath: path) {
                    wrote.append(false)
                    continue
                }
                wrote.append(try AtomicFile.write(data, to: path))
            }
        }
        return wrote
    }

    /// Removes the documents of this build's formats that the plan no longer has.
    private func removeStale(keeping kept: Set<String>) throws -> Int {
        let fm = FileManager.default
        var removed = 0
        let suffixes = DocumentKind.allCases.flatMap { kind in
            formats.map { "-\(kind.rawValue).\($0.fileExtension)" }
        }
        let networks = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for network in networks where documents.language != .fi || !OutputPaths.languageFolders.contains(network) {
            let dir = "\(folder)/\(network)"
            for name in ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted()
            where suffixes.contains(where: name.hasSuffix) && !kept.contains("\(network)/\(name)") {
                try fm.removeItem(atPath: "\(dir)/\(name)")
                removed += 1
            }
        }
        return removed
    }
}
