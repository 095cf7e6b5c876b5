import Foundation
import Yams

/// Reads a rules folder into a `RuleSet`, or explains every problem it found.
///
/// Layout: `calendar.yaml`, `people.yaml`, `places.yaml` and one file per network in
/// `networks/`. Nothing is returned unless the whole folder is free of errors.
public struct RuleLoader: Sendable {
    public struct Result: Sendable {
        public let rules: RuleSet?
        public let diagnostics: [Diagnostic]

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    }

    /// Texts that stand in for files, by path inside the folder (`networks/johtoryhma.yaml`):
    /// an edit checked before it is saved, or a new file not yet written.
    public let edits: [String: String]

    public init(edits: [String: String] = [:]) { self.edits = edits }

    public func load(folder: String) -> Result {
        let sink = DiagnosticSink()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            sink.error(.folderNotFound(folder), at: nil, path: folder)
            return Result(rules: nil, diagnostics: sink.diagnostics)
        }
        var editedTexts: [String: String] = [:]
        for (relative, text) in edits { editedTexts[Self.path(folder, relative)] = text }
        let networkFiles: [String]
        do {
            let new = edits.keys.filter { $0.hasPrefix("networks/") }.map { Self.path(folder, $0) }
            networkFiles = Array(Set(try Self.networkFiles(in: folder) + new)).sorted()
        } catch {
            // Not "no network files": say why the folder could not be listed (often, no file handles left).
            let networks = Self.path(folder, "networks")
            sink.error(Self.outOfFileHandles(networks) ? .tooManyOpenFiles : .unreadableFile(networks), at: nil, path: folder)
            return Result(rules: nil, diagnostics: sink.diagnostics)
        }
        // No network yet is one problem among the others, not a reason to stop reading.
        if networkFiles.isEmpty { sink.error(.noNetworkFiles(folder), at: nil, path: folder) }
        let sources = SourcePrint(folder: folder)
        func document(_ file: String, sink: DiagnosticSink) -> RuleNode? {
            self.document(file, edited: editedTexts[file], sink: sink, sources: sources)
        }
        var context = LoadContext(folder: folder, calendar: CalendarRules(), people: [:], places: [:])
        context.sources = sources
        if let root = document(Self.path(folder, "calendar.yaml"), sink: sink) {
            context.calendar = CalendarParser(folder: folder).parse(root)
        }
        let peopleFile = Self.path(folder, "people.yaml"), placesFile = Self.path(folder, "places.yaml")
        if let root = document(peopleFile, sink: sink) {
            context.people = PeopleParser().people(root, context: context)
        } else {
            context.peopleUnreadable = true
        }
        if let root = document(placesFile, sink: sink) {
            context.places = PeopleParser().places(root, context: context)
        } else {
            context.placesUnreadable = true
        }
        // Each network file is read and parsed on some core with its own problems and texts,
        // then joined in file order: the same problems and print as one file after another.
        let parsed = parallelMap(networkFiles.count) { [context, editedTexts] i in
            let file = networkFiles[i], sink = DiagnosticSink(), texts = SourcePrint(folder: folder, recording: true)
            var context = context
            context.sources = texts
            var network: Network?
            if let root = self.document(file, edited: editedTexts[file], sink: sink, sources: texts) {
                let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                network = NetworkParser(context: context).parse(root, fileStem: stem)
            }
            return ParsedFile(network: network, diagnostics: sink.diagnostics, unchecked: sink.unchecked,
                              texts: texts.recorded)
        }
        var networks: [Network] = []
        for file in parsed {
            sink.absorb(file.diagnostics, unchecked: file.unchecked)
            sources.add(file.texts)
            if let network = file.network { networks.append(network) }
        }
        RuleValidator(sink: sink).validate(networks)
        // A missing file is an error only when something refers into it; either way its
        // references are summarised in one line after the cause, not listed one by one.
        for (kind, file) in [(ReferenceKind.person, peopleFile), (.place, placesFile)] {
            guard let count = sink.unchecked[kind] else { continue }
            if !FileManager.default.fileExists(atPath: file) {
                sink.error(.missingFile((file as NSString).lastPathComponent), at: nil, path: file)
            }
            sink.error(.referencesNotChecked(kind, count: count, file: (file as NSString).lastPathComponent),
                       at: nil, path: file)
        }
        let diagnostics = Self.causesFirst(sink.diagnostics)
        guard !sink.hasErrors else { return Result(rules: nil, diagnostics: diagnostics) }
        var rules = RuleSet(folder: folder, calendar: context.calendar, people: context.people, places: context.places,
                            networks: networks)
        rules.sourcePrint = sources.signature.stored
        return Result(rules: rules, diagnostics: diagnostics)
    }

    /// One network file as read on its own: joined to the others in file order.
    private struct ParsedFile: Sendable {
        var network: Network?
        var diagnostics: [Diagnostic]
        var unchecked: [ReferenceKind: Int]
        var texts: [SourcePrint.Text]
    }

    static func networkFiles(in folder: String) throws -> [String] {
        let dir = path(folder, "networks")
        guard FileManager.default.fileExists(atPath: dir) else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }
            .sorted().map { path(dir, $0) }
    }

    /// Whether `dir` cannot be opened because the process or the system has no file handles
    /// left: asked of open(2) itself, as Foundation's error does not carry errno.
    static func outOfFileHandles(_ dir: String) -> Bool {
        let descriptor = open(dir, O_RDONLY | O_DIRECTORY)
        if descriptor >= 0 {
            close(descriptor)
            return false
        }
        return errno == EMFILE || errno == ENFILE
    }

    /// Reads and composes one YAML file; a missing optional file gives nil without a problem.
    private func document(_ file: String, edited: String?, sink: DiagnosticSink, sources: SourcePrint) -> RuleNode? {
        let text: String
        if let edited {
            guard edited.utf8.count <= InputLimits.ruleFileBytes else {
                sink.error(.fileTooLarge(bytes: edited.utf8.count, limit: InputLimits.ruleFileBytes),
                           at: SourceLocation(file: file, line: 1, column: 1))
                return nil
            }
            text = edited
        } else {
            guard FileManager.default.fileExists(atPath: file) else { return nil }
            if let size = FileStatus(path: file)?.size, size > InputLimits.ruleFileBytes {
                sink.error(.fileTooLarge(bytes: size, limit: InputLimits.ruleFileBytes),
                           at: SourceLocation(file: file, line: 1, column: 1))
                return nil
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                sink.error(.unreadableFile(file), at: SourceLocation(file: file, line: 1, column: 1))
                return nil
            }
            guard let decoded = String(data: data, encoding: .utf8) else {
                sink.error(.unreadableFile("UTF-8"), at: SourceLocation(file: file, line: 1, column: 1))
                return nil
            }
            text = decoded
        }
        sources.add(file, text)
        do {
            guard let node = try Yams.compose(yaml: text) else {
                sink.error(.emptyFile, at: SourceLocation(file: file, line: 1, column: 1))
                return nil
            }
            return RuleNode(node: node, file: file, sink: sink)
        } catch let error as YamlError {
            let (message, mark) = Self.describe(error)
            sink.error(message, at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1))
            return nil
        } catch {
            sink.error(.yamlSyntax(String(describing: error)), at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
    }

    static func describe(_ error: YamlError) -> (DiagnosticMessage, Mark?) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return (.yamlSyntax(problem), mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (.duplicateKey(duplicates.joined(separator: ", ")), context.mark)
        case let .reader(problem, _, _, _):
            return (.yamlSyntax(problem), nil)
        default:
            return (.yamlSyntax(String(describing: error)), nil)
        }
    }

    private static func path(_ a: String, _ b: String) -> String { (a as NSString).appendingPathComponent(b) }

    /// Problems that make a whole file unreadable come first, in the order found (each
    /// followed by its summary); then the rest by file, line and column.
    static func causesFirst(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let causes = diagnostics.filter(\.isFileProblem)
        var rank: [String: Int] = [:]
        for cause in causes where rank[cause.file ?? ""] == nil { rank[cause.file ?? ""] = rank.count }
        return causes.enumerated().sorted { a, b in
            (rank[a.element.file ?? ""]!, a.offset) < (rank[b.element.file ?? ""]!, b.offset)
        }.map(\.element) + diagnostics.filter { !$0.isFileProblem }.sorted(by: order)
    }

    private static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case let (x?, y?): return x < y
        case (nil, .some): return true
        default: return false
        }
    }
}
