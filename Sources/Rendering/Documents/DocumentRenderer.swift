import Foundation
import Mustache

/// Turns a meeting document into file bytes through the templates: Markdown and HTML
/// as rendered, DOCX as a Word package around the rendered `document.xml`. Templates are
/// loaded once per name and format, so rendering every meeting of a build stays cheap.
public final class DocumentRenderer: @unchecked Sendable {
    public let library: TemplateLibrary
    private var cache: [String: TemplateLibrary.Loaded] = [:]
    private let lock = NSLock()

    public init(library: TemplateLibrary) {
        self.library = library
    }

    /// The template a network uses for this kind: its own (`templates: {agenda: …}`) or the standard one.
    public func template(_ kind: DocumentKind, format: DocumentFormat, custom: String?) throws -> TemplateLibrary.Loaded {
        let name = custom ?? kind.rawValue
        let key = "\(name).\(format.rawValue)"
        if let loaded = lock.withLock({ cache[key] }) { return loaded }
        let loaded = try library.load(name, format: format)
        lock.withLock { cache[key] = loaded }
        return loaded
    }

    public func render(_ document: MeetingDocument, format: DocumentFormat, customTemplate: String? = nil) throws
        -> Data {
        try render(document, formats: [format], customTemplate: customTemplate)[0]
    }

    /// The document in each format, from one template context (a build writes all three).
    public func render(_ document: MeetingDocument, formats: [DocumentFormat], customTemplate: String? = nil) throws
        -> [Data] {
        let context = TemplateValues.prepared(document.templateContext)
        return try formats.map { format in
            let text = try template(document.kind, format: format, custom: customTemplate).render(prepared: context)
            switch format {
            case .md, .html: return Data(text.utf8)
            case .docx:
                let title = "\(document.heading): \(document.meetingTitle), \(document.date.finnish)"
                let header = "\(document.networkTitle) · \(document.heading) \(document.date.finnish)"
                return try DocxPackage(language: document.language, title: title, header: header).package(documentXML: text)
            }
        }
    }
}

/// `{{% CONTENT_TYPE: XML}}`: escapes like HTML and drops the control characters XML forbids.
struct XMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { XMLText.escape(text) }

    static let registerOnce: Void = MustacheContentTypes.register(XMLContentType(), named: "XML")
}
