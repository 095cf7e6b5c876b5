import Foundation
import Rules
import ZIPFoundation

/// Wraps a rendered `word/document.xml` into a Word package (Office Open XML) that Word
/// and LibreOffice open: the content types, the relationships and the styles the
/// templates use (Title, Heading1, Heading2, Note, Field), with the document's language set
/// for spelling, and a page header (the body and the date) and footer (the page number,
/// "Sivu 2 (3)") that a template's `w:sectPr` names as `rIdHeader` and `rIdFooter`.
/// Entries carry a fixed date so that the same document gives the same bytes.
public struct DocxPackage: Sendable {
    public let language: Language
    public let title: String
    /// The text at the top of every page.
    public let header: String

    public init(language: Language, title: String, header: String = "") {
        self.language = language
        self.title = title
        self.header = header
    }

    public func package(documentXML: String) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", Self.packageRelationships),
            ("docProps/core.xml", coreProperties),
            ("word/_rels/document.xml.rels", Self.documentRelationships),
            ("word/styles.xml", Self.styles[language]!),
            ("word/header1.xml", headerPart),
            ("word/footer1.xml", Self.footers[language]!),
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
        <Override PartName="/word/header1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/word/footer1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
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
        <Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" \
        Target="header1.xml"/>\
        <Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" \
        Target="footer1.xml"/>\
        </Relationships>
        """

    private var headerPart: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t xml:space="preserve">\(XMLText.escape(header))</w:t></w:r></w:p>\
        </w:hdr>
        """
    }

    /// "Sivu 2 (3)": the page and the number of pages as Word fields, which Word and
    /// LibreOffice fill in when they lay out the pages.
    private var footerPart: String {
        let page = language.pick("Sivu", "Sida", "Page")
        func field(_ instruction: String) -> String {
            """
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> \(instruction) </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
            """
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr>\
            <w:r><w:t xml:space="preserve">\(page) </w:t></w:r>\(field("PAGE"))<w:r><w:t xml:space="preserve"> (</w:t></w:r>\
            \(field("NUMPAGES"))<w:r><w:t>)</w:t></w:r></w:p>\
            </w:ftr>
            """
    }

    private var coreProperties: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/">\
        <dc:title>\(XMLText.escape(title))</dc:title><dc:language>\(languageTag)</dc:language>\
        <dc:creator>Vuosikello</dc:creator></cp:coreProperties>
        """
    }

    /// The parts that depend on the language only, made once (every Word document has them).
    private static let styles = Dictionary(uniqueKeysWithValues: Language.allCases.map {
        ($0, DocxPackage(language: $0, title: "").stylesPart)
    })
    private static let footers = Dictionary(uniqueKeysWithValues: Language.allCases.map {
        ($0, DocxPackage(language: $0, title: "").footerPart)
    })

    private var stylesPart: String {
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
            <w:style w:type="paragraph" w:styleId="Proposal"><w:name w:val="Proposal"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:ind w:left="360"/><w:spacing w:before="60" w:after="60"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/></w:pBdr></w:pPr>\
            <w:rPr><w:color w:val="404040"/><w:sz w:val="18"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
            <w:rPr><w:color w:val="404040"/><w:sz w:val="18"/></w:rPr></w:style>\
            </w:styles>
            """
    }
}
