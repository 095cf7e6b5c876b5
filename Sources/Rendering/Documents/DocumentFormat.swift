/// The file formats of agendas and minutes.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// Markdown: readable as plain text, and the form filled-in minutes are read back from.
    case md
    /// HTML laid out for A4 printing.
    case html
    /// A Word document (Office Open XML) that Word and LibreOffice open.
    case docx

    public var fileExtension: String { rawValue }

    /// The template's middle name: `agenda.md.mustache`, `agenda.docx.mustache` (the
    /// document's `word/document.xml`).
    var templateExtension: String { rawValue }
}
