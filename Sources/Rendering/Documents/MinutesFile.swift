import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Rules
import ZIPFoundation

/// The lines of a filled-in minutes file: a Markdown or text file line by line, or a
/// Word document paragraph by paragraph (headings styled Title/Heading 1 read as `#`,
/// Heading 2 and below as `##`), so that secretaries can fill in whichever they got.
public enum MinutesFile {
    public static func lines(path: String) throws -> [MinutesLine] {
        // The size is checked before anything is read: a Word file may be larger than text.
        guard let size = FileStatus(path: path)?.size, let handle = FileHandle(forReadingAtPath: path) else {
            throw MinutesProblem(file: path, line: 1, reason: .notFound)
        }
        defer { try? handle.close() }
        let isWord = (try? handle.read(upToCount: 4)) == Data([0x50, 0x4B, 0x03, 0x04])
        let limit = isWord ? InputLimits.minutesWordBytes : InputLimits.minutesTextBytes
        guard size <= limit else { throw MinutesProblem(file: path, line: 1, reason: .tooLarge(bytes: size, limit: limit)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MinutesProblem(file: path, line: 1, reason: .notFound)
        }
        if isWord { return try wordLines(data, path: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MinutesProblem(file: path, line: 1, reason: .notText)
        }
        return lines(text: text)
    }

    public static func lines(text: String) -> [MinutesLine] {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // Split on "\n" scalars: "\r\n" is a single Character in Swift and would not match "\n".
        return body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            var line = String(String.UnicodeScalarView($1))
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            return MinutesLine(number: $0 + 1, text: line)
        }
    }

    static func wordLines(_ data: Data, path: String) throws -> [MinutesLine] {
        do {
            let archive = try Archive(data: data, accessMode: .read)
            guard let entry = archive["word/document.xml"] else {
                throw MinutesProblem(file: path, line: 1, reason: .notWord(detail: "word/document.xml"))
            }
            // The size the archive claims is checked first, then the bytes actually unpacked,
            // so a small file that unpacks to gigabytes is refused early, not after memory runs out.
            let limit = InputLimits.minutesWordTextBytes
            let tooLarge = { (n: Int) in MinutesProblem(file: path, line: 1, reason: .tooLarge(bytes: n, limit: limit)) }
            guard entry.uncompressedSize <= limit else { throw tooLarge(Int(entry.uncompressedSize)) }
            var xml = Data()
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard xml.count + chunk.count <= limit else { throw tooLarge(xml.count + chunk.count) }
                xml.append(chunk)
            }
            let reader = ParagraphReader()
            let parser = XMLParser(data: xml)
            parser.shouldProcessNamespaces = true
            parser.delegate = reader
            guard parser.parse() else {
                throw MinutesProblem(file: path, line: 1,
                                     reason: .notWord(detail: "XML \(parser.lineNumber): \(parser.parserError.map { "\($0)" } ?? "")"))
            }
            return reader.paragraphs.enumerated().flatMap { index, paragraph in
                paragraph.map { MinutesLine(number: index + 1, text: $0) }
            }
        } catch let problem as MinutesProblem {
            throw problem
        } catch {
            throw MinutesProblem(file: path, line: 1, reason: .notWord(detail: String(describing: error)))
        }
    }

    /// Collects each `w:p`'s text, with its heading level as `#` marks.
    private final class ParagraphReader: NSObject, XMLParserDelegate {
        static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        var paragraphs: [[String]] = []
        private var lines: [String] = []
        private var style: String?
        private var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            guard namespaceURI == Self.main else { return }
            switch name {
            case "p": lines = [""]; style = nil
            case "pStyle": style = attributes["w:val"] ?? attributes["val"]
            case "t": inText = true
            case "tab": append("\t")
            case "br", "cr": lines.append("")
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard namespaceURI == Self.main else { return }
            switch name {
            case "t": inText = false
            case "p":
                let marks = headingMarks(style)
                paragraphs.append(lines.enumerated().map { $0 == 0 && !marks.isEmpty ? "\(marks) \($1)" : $1 })
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { append(string) }
        }

        private func append(_ text: String) {
            if lines.isEmpty { lines = [""] }
            lines[lines.count - 1] += text
        }

        private func headingMarks(_ style: String?) -> String {
            guard let style = style?.lowercased() else { return "" }
            if style == "title" || style == "heading1" { return "#" }
            if style.hasPrefix("heading"), Int(style.dropFirst(7)) != nil { return "##" }
            return ""
        }
    }
}
