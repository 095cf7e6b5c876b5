import Foundation
import Mustache

/// Where the Mustache templates of agendas and minutes come from. A coordinator copies a
/// file from the shipped `templates/` into the rules folder's own `templates/` and edits
/// it there; a network may name its own (`templates: {agenda: johtoryhma-agenda}`).
/// Partials (`{{> document-style.html}}`) are looked up in the same folders.
public struct TemplateLibrary: Sendable {
    /// Searched in order; the first folder with the file wins.
    public let folders: [String]

    public init(folders: [String]) { self.folders = folders }

    /// The rules folder's `templates/`, then `VUOSIKELLO_TEMPLATES`, then `templates/` in
    /// the current folder, then the one shipped beside the program (found by walking up
    /// from the executable, which is how a build in `.build/` finds the repository's).
    public static func standard(rulesFolder: String?) -> TemplateLibrary {
        var folders: [String] = []
        if let rulesFolder { folders.append((rulesFolder as NSString).appendingPathComponent("templates")) }
        if let env = ProcessInfo.processInfo.environment["VUOSIKELLO_TEMPLATES"] { folders.append(env) }
        folders.append("templates")
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("templates")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("agenda.md.mustache").path) {
                folders.append(candidate.path)
                break
            }
            dir.deleteLastPathComponent()
        }
        var seen = Set<String>()
        return TemplateLibrary(folders: folders.filter { seen.insert(($0 as NSString).standardizingPath).inserted })
    }

    /// A compiled template with the partials it uses.
    public struct Loaded: Sendable {
        public let file: String
        let template: MustacheTemplate
        let library: MustacheLibrary

        public func render(_ context: [String: Any]) -> String { template.render(context, library: library) }
    }

    /// Loads `<name>.<format>.mustache`, e.g. `agenda.md.mustache`.
    public func load(_ name: String, format: DocumentFormat) throws -> Loaded {
        try load(name, kind: format.templateExtension)
    }

    /// Loads `<name>.<kind>.mustache`, e.g. `wheel.svg.mustache`.
    public func load(_ name: String, kind: String) throws -> Loaded {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !name.isEmpty else {
            throw TemplateError(file: name, reason: .badName(name))
        }
        let fileName = "\(name).\(kind).mustache"
        let (file, template, source) = try compile(fileName)
        var library = MustacheLibrary()
        var pending = Self.partials(in: source)
        var done = Set<String>()
        while let partial = pending.popLast() {
            guard done.insert(partial).inserted else { continue }
            guard locate("\(partial).mustache") != nil else {
                throw TemplateError(file: file, reason: .missingPartial(partial))
            }
            let (_, compiled, text) = try compile("\(partial).mustache")
            library.register(compiled, named: partial)
            pending += Self.partials(in: text)
        }
        return Loaded(file: file, template: template, library: library)
    }

    /// A file used as it is (a stylesheet, a script), from the same folders.
    public func asset(_ fileName: String) throws -> (file: String, text: String) {
        guard let file = locate(fileName) else {
            throw TemplateError(file: fileName, reason: .notFound(name: fileName, searched: folders))
        }
        do {
            return (file, try String(contentsOfFile: file, encoding: .utf8))
        } catch {
            throw TemplateError(file: file, reason: .unreadable((error as NSError).localizedDescription))
        }
    }

    private func locate(_ fileName: String) -> String? {
        folders.map { ($0 as NSString).appendingPathComponent(fileName) }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    private func compile(_ fileName: String) throws -> (String, MustacheTemplate, String) {
        guard let file = locate(fileName) else {
            throw TemplateError(file: fileName, reason: .notFound(name: fileName, searched: folders))
        }
        let source: String
        do {
            source = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw TemplateError(file: file, reason: .unreadable((error as NSError).localizedDescription))
        }
        do {
            return (file, try MustacheTemplate(string: source), source)
        } catch let error as MustacheTemplate.ParserError {
            let syntax: TemplateError.Syntax
            switch error.error as? MustacheTemplate.Error {
            case .sectionCloseNameIncorrect?: syntax = .closedWithOtherName
            case .unfinishedName?: syntax = .unfinishedTag
            case .expectedSectionEnd?: syntax = .sectionNotClosed
            default: syntax = .other
            }
            throw TemplateError(file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                                reason: .syntax(syntax))
        }
    }

    /// The names in `{{> name}}` tags.
    static func partials(in source: String) -> [String] {
        var names: [String] = []
        var rest = source[...]
        while let open = rest.range(of: "{{>") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            let name = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { names.append(name) }
            rest = rest[close.upperBound...]
        }
        return names
    }
}
