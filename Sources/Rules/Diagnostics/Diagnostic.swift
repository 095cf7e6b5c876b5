/// One problem found in a rules folder, pointing at the file, line and column.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    /// Where the problem was written; nil only for problems with a whole folder.
    public var location: SourceLocation?
    /// The file or folder concerned when there is no line to point at.
    public var path: String?
    public var message: DiagnosticMessage

    public init(_ severity: Severity = .error, at location: SourceLocation?, path: String? = nil, _ message: DiagnosticMessage) {
        self.severity = severity
        self.location = location
        self.path = path
        self.message = message
    }

    /// `file:line:column: message`, as compilers print it, so editors can jump there.
    public func rendered(_ language: Language) -> String {
        let place = location?.description ?? path ?? ""
        let prefix = severity == .warning ? DiagnosticMessage.warningWord(language) + ": " : ""
        return (place.isEmpty ? "" : place + ": ") + prefix + message.text(language)
    }
}

/// Collects diagnostics while a folder is read, so that every problem is reported at
/// once rather than one per run.
extension Diagnostic {
    /// Whether the problem is with a whole file or folder (missing, unreadable, not YAML,
    /// too large): the cause of whatever follows from it, so listed first.
    public var isFileProblem: Bool {
        switch message {
        case .folderNotFound, .noNetworkFiles, .unreadableFile, .tooManyOpenFiles, .yamlSyntax, .duplicateKey, .emptyFile, .fileTooLarge,
             .missingFile, .referencesNotChecked:
            return true
        default:
            return false
        }
    }

    /// The file the problem is in.
    var file: String? { location?.file ?? path }
}

public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func error(_ message: DiagnosticMessage, at location: SourceLocation?, path: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: location, path: path, message))
    }

    public func warning(_ message: DiagnosticMessage, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.warning, at: location, message))
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// References left unchecked because the file they point into could not be read: each
    /// would otherwise be its own "unknown person" line, burying the one real cause.
    public private(set) var unchecked: [ReferenceKind: Int] = [:]

    func skipped(_ kind: ReferenceKind) { unchecked[kind, default: 0] += 1 }

    /// What another sink gathered (a file read on another core), after what this one has.
    func absorb(_ other: [Diagnostic], unchecked counts: [ReferenceKind: Int]) {
        diagnostics += other
        unchecked.merge(counts, uniquingKeysWith: +)
    }
}
