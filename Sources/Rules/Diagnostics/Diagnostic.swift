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
}
