import Foundation
import Rules
import ZIPFoundation

/// Wraps a rendered `word/document.xml` into a Word package (Office Open XML) that Word
/// and LibreOffice open: the content types, the relationships and the styles the
/// templates use (Title, Heading1, Heading2, Note), with the document's language set for
/// spelling. Entries carry a fixed date so that the same document gives the same bytes.
public struct DocxPackage: Sendable {
    public let language: Language
    public let title: String

    public init(language: Language, title: String) {
        self.language = language
        self.title = title
    }

    public func package(documentXML: String) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", Self.packageRelationships),
            ("docProps/core.xml", coreProperties),
            ("word/_rels/document.xml.rels", Self.documentRelationships),
            ("word/styles.xml", styles),
            ("word/document.xml", documentXML),
        ]
        let date = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01, the first date ZIP can hold
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private var languageTag: String {
        switch language {
        case .fi: return "fi-FI"
        case .sv: return "sv-FI"
        case .en: return "en-GB"
        }
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/>\
        <Relationship Id="rId2" \
        Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
        Target="docProps/core.xml"/>\
        </Relationships>
        """

    private static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
        Target="styles.xml"/>\
        </Relationships>
        """

    private var coreProperties: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/">\
        <dc:title>\(XMLText.escape(title))</dc:title><dc:language>\(languageTag)</dc:language>\
        <dc:creator>Vuosikello</dc:creator></cp:coreProperties>
        """
    }

    private var styles: String {
        func paragraphStyle(_ id: String, _ name: String, size: Int, bold: Bool, before: Int, after: Int,
                            outline: Int? = nil) -> String {
            let level = outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? ""
            return """
                <w:style w:type="paragraph" w:styleId="\(id)"><w:name w:val="\(name)"/><w:basedOn w:val="Normal"/>\
                <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="\(before)" \
                w:after="\(after)"/>\(level)</w:pPr><w:rPr>\(bold ? "<w:b/>" : "")<w:sz w:val="\(size)"/></w:rPr></w:style>
                """
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>\
            <w:sz w:val="22"/><w:lang w:val="\(languageTag)"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>\
            </w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            \(paragraphStyle("Title", "Title", size: 36, bold: true, before: 0, after: 120))\
            \(paragraphStyle("Heading1", "heading 1", size: 28, bold: true, before: 240, after: 80, outline: 0))\
            \(paragraphStyle("Heading2", "heading 2", size: 24, bold: true, before: 200, after: 60, outline: 1))\
            <w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/>\
            <w:rPr><w:i/><w:color w:val="595959"/><w:sz w:val="20"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Field"><w:name w:val="Field"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:ind w:left="360"/></w:pPr></w:style>\
            </w:styles>
            """
    }
}
