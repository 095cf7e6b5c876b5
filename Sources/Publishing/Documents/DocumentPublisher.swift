import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// Writes every planned meeting's agenda draft and minutes template under
/// `documents/<network>/`, e.g. `documents/johtoryhma/2026-03-agenda.md`. A file is
/// rewritten only when its bytes change; documents of meetings no longer in the plan
/// (or cancelled) are removed in the formats being written, so that those match the plan
/// and the other formats (written by another build, `--documents md`) are left alone.
///
/// A document is rendered only when its print (`print`) or a file's size differs from what
/// the last build recorded (`published`): at national scale a rebuild has some 600 000
/// files to make, nearly all unchanged.
public struct DocumentPublisher: Sendable {
    public struct Report: Sendable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
        /// Monitoring reports attached to agenda items, written and unchanged.
        public var reportsWritten = 0
        public var reportsUnchanged = 0
        /// The documents rendered now, to record; and the recorded ones the plan no longer has.
        public var records: [PublishedFileRecord] = []
        public var forgotten: [String] = []
    }

    /// The documents as the last build recorded them (`ProjectDatabase.publishedFiles`).
    public var published: [String: PublishedFileRecord] = [:]

    /// What the monitoring reports attached to agenda items (`report:` on an annual-cycle
    /// item) are counted from; nil: the build attaches none.
    public var reportFacts: (@Sendable () throws -> ReportFacts)?

    public let documents: MeetingDocuments
    public let formats: [DocumentFormat]
    public let folder: String
    /// The documents' folder in the output folder (`documents`, `documents/en`): records are
    /// named from there, so that each language's are kept apart.
    private let documentsPath: String

    public init(documents: MeetingDocuments, formats: [DocumentFormat], folder: String) {
        self.documents = documents
        self.formats = formats
        documentsPath = OutputPaths(documents.language).documents
        self.folder = (folder as NSString).appendingPathComponent(documentsPath)
    }

    /// A document's record name: `documents/en/johtoryhma/2026-03-agenda`.
    private func recordName(_ meeting: Meeting, _ kind: DocumentKind) -> String {
        "\(documentsPath)/\(meeting.networkID)/\(Self.stem(meeting, kind))"
    }

    /// The file name of a meeting's document: the key after the network, `/` → `-`.
    public static func fileName(_ meeting: Meeting, _ kind: DocumentKind, _ format: DocumentFormat) -> String {
        "\(stem(meeting, kind)).\(format.fileExtension)"
    }

    private static func stem(_ meeting: Meeting, _ kind: DocumentKind) -> String {
        meeting.key.split(separator: "/").dropFirst().joined(separator: "-") + "-" + kind.rawValue
    }

    /// Everything a document's files are made from: the program, the document (its every
    /// word is decided before a template sees it), and each format's template with its partials.
    func print(_ document: MeetingDocument) throws -> Int64 {
        let templates = try documents.templatePrints(document, formats: formats)
        return try BuildPrint.print(of: document, templates: zip(formats, templates).map { ($0.rawValue, $1) })
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
        let folder = self.folder, formats = self.formats, labels = formats.map(\.rawValue)
        let wrote = try parallelMap(years.count + jobs.count) { index -> (wrote: [Bool], record: PublishedFileRecord?) in
            if index < years.count {
                return (try writeReport(year: years[index], carriers: carriers[years[index]]!, plan: plan, facts: facts!), nil)
            }
            let (meeting, kind) = jobs[index - years.count]
            let document = documents.document(kind, for: meeting)
            let name = recordName(meeting, kind)
            let paths = formats.map { "\(folder)/\(meeting.networkID)/\(Self.fileName(meeting, kind, $0))" }
            let print = try self.print(document)
            if BuildPrint.unchanged(published[name], print: print, paths: paths, labels: labels) {
                return (formats.map { _ in false }, nil)
            }
            let files = try documents.render(document, formats: formats)
            let wrote = try zip(paths, files).map { path, data in try AtomicFile.write(data, to: path) }
            return (wrote, BuildPrint.record(name, print: print, sizes: files.map(\.count), labels: labels))
        }
        let reports = wrote.prefix(years.count).flatMap(\.wrote), files = wrote.dropFirst(years.count).flatMap(\.wrote)
        var report = Report()
        report.records = wrote.compactMap(\.record)
        let names = Set(jobs.map(recordName))
        report.forgotten = BuildPrint.forgotten(published.keys, under: documentsPath, current: names)
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
