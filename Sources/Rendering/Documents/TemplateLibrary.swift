import Foundation
import Mustache
import Rules
import Scheduling

/// Where the Mustache templates come from. The defaults are compiled into the program
/// (from `templates/` in the repository), so it works from any folder; a coordinator
/// copies one of them into the rules folder's own `templates/` (or the folder named by
/// `VUOSIKELLO_TEMPLATES`) and edits it there, which overrides that file only. A network
/// may name its own (`templates: {agenda: johtoryhma-agenda}`). Partials
/// (`{{> document-style.html}}`) are looked up the same way.
public struct TemplateLibrary: Sendable {
    /// Searched in order before the built-in templates; the first folder with the file wins.
    public let folders: [String]

    public init(folders: [String]) { self.folders = folders }

    /// The rules folder's `templates/`, then `VUOSIKELLO_TEMPLATES`, then the built-in ones.
    public static func standard(rulesFolder: String?) -> TemplateLibrary {
        var folders: [String] = []
        if let rulesFolder { folders.append((rulesFolder as NSString).appendingPathComponent("templates")) }
        if let env = ProcessInfo.processInfo.environment["VUOSIKELLO_TEMPLATES"], !env.isEmpty { folders.append(env) }
        var seen = Set<String>()
        return TemplateLibrary(folders: folders.filter { seen.insert(($0 as NSString).standardizingPath).inserted })
    }

    /// The name a built-in template goes by in messages.
    static func builtInName(_ fileName: String) -> String { "vuosikello:" + fileName }

    /// The built-in template or asset of that name, decoded once.
    static let builtIn: [String: String] = BuiltInTemplates.files.compactMapValues { encoded in
        Data(base64Encoded: encoded).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names of every built-in template and asset.
    public static var builtInFiles: [String] { builtIn.keys.sorted() }

    /// A compiled template with the partials it uses.
    public struct Loaded: Sendable {
        public let file: String
        let template: MustacheTemplate
        let library: MustacheLibrary
        /// The print of the template's text and its partials' (file and text of each): what
        /// a rendering depends on besides its context.
        public let print: Signature

        public func render(_ context: [String: Any]) -> String { template.render(context, library: library) }
        /// A context already in `TemplateValues`' types.
        func render(prepared context: Any) -> String { template.render(context, library: library) }
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
        var print = Signature()
        print.add(file)
        print.add(source)
        var library = MustacheLibrary()
        var pending = Self.partials(in: source)
        var done = Set<String>()
        while let partial = pending.popLast() {
            guard done.insert(partial).inserted else { continue }
            guard locate("\(partial).mustache") != nil else {
                throw TemplateError(file: file, reason: .missingPartial(partial))
            }
            let (partialFile, compiled, text) = try compile("\(partial).mustache")
            print.add(partialFile)
            print.add(text)
            library.register(compiled, named: partial)
            pending += Self.partials(in: text)
        }
        return Loaded(file: file, template: template, library: library, print: print)
    }

    /// A file used as it is (a stylesheet, a script), found the same way; `file` is nil
    /// for a built-in one.
    public func asset(_ fileName: String) throws -> (file: String?, text: String) {
        let (file, text) = try read(fileName)
        return (file == Self.builtInName(fileName) ? nil : file, text)
    }

    /// The file's path in the first folder that has it, or its built-in name.
    private func locate(_ fileName: String) -> String? {
        if let path = folders.map({ ($0 as NSString).appendingPathComponent(fileName) })
            .first(where: { FileManager.default.fileExists(atPath: $0) }) { return path }
        return Self.builtIn[fileName] != nil ? Self.builtInName(fileName) : nil
    }

    private func read(_ fileName: String) throws -> (file: String, text: String) {
        guard let file = locate(fileName) else {
            throw TemplateError(file: fileName, reason: .notFound(name: fileName, searched: folders))
        }
        if file == Self.builtInName(fileName), let text = Self.builtIn[fileName] { return (file, text) }
        do {
            return (file, try String(contentsOfFile: file, encoding: .utf8))
        } catch {
            throw TemplateError(file: file, reason: .unreadable((error as NSError).localizedDescription))
        }
    }

    private func compile(_ fileName: String) throws -> (String, MustacheTemplate, String) {
        let (file, source) = try read(fileName)
        // Word templates name the XML content type: known before any template is parsed.
        XMLContentType.registerOnce
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
