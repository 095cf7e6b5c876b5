import ArgumentParser
import Rendering
import Rules
import Scheduling

extension DocumentFormat: ExpressibleByArgument {}

/// What `agenda` and `minutes` write: a format of their own, or PDF (the Word document
/// converted by LibreOffice).
enum DocumentFileFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, docx, pdf

    /// The format rendered from the templates.
    var rendered: DocumentFormat { self == .pdf ? .docx : DocumentFormat(rawValue: rawValue)! }
}

/// What `agenda` and `minutes` take: the network, which meeting, the format and where to write.
struct DocumentOptions: ParsableArguments {
    @Argument(help: "The network's id, e.g. johtoryhma (may be left out with --meeting).")
    var network: String?

    @OptionGroup var choice: MeetingChoice

    @Option(help: "md (Markdown), html (prints on A4), docx (Word) or pdf (needs LibreOffice).")
    var format: DocumentFileFormat = .md

    @Option(name: [.short, .long], help: "Write to this file (whole or not at all).")
    var output: String?

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func validate() throws {
        if network == nil && choice.meeting == nil { throw ValidationError("Name the network, or give --meeting KEY.") }
    }

    /// Renders the chosen meeting's document and delivers it.
    func write(_ kind: DocumentKind, defaultMeeting: MeetingChoice.Pick) throws {
        let language = context.language
        let pick = choice.pick(default: defaultMeeting)
        try Guard.run(language) {
            var year: Int?
            if case .key(let key) = pick { year = Meeting.year(ofKey: key) }
            let context = try DocumentSession(rules: rules, database: database, context: self.context, around: year)
            let meeting = try context.meeting(network: network, choice: pick)
            var data = try context.documents().render(kind, for: meeting, format: format.rendered)
            if format == .pdf {
                guard let converter = PDFConverter.find() else {
                    Console.error(Messages.noLibreOffice(language))
                    throw Failure()
                }
                do {
                    data = try converter.convert(data, name: "\(meeting.networkID)-\(kind.rawValue)")
                } catch let failure as PDFConverter.Failure {
                    Console.error(Messages.pdfFailed(failure.description, language))
                    throw Failure()
                }
            }
            try DocumentOutput.deliver(data, output: output, meeting: meeting, kind: kind, fileExtension: format.rawValue,
                                       inTerminal: format == .md || format == .html, language)
        }
    }
}
