import Foundation
import Publishing
import Rendering
import Rules
import Scheduling

/// Where a document goes: `--output FILE` (written whole), the terminal for text, or a
/// file named after what it is for Word and PDF documents, which a terminal cannot show.
enum DocumentOutput {
    static func deliver(_ data: Data, output: String?, meeting: Meeting, kind: DocumentKind, fileExtension: String,
                        inTerminal: Bool, _ language: Language) throws {
        let name = "\(meeting.networkID)-" + (DocumentPublisher.fileName(meeting, kind, .docx).dropLast(4) + fileExtension)
        try deliver(data, output: output, name: name, inTerminal: inTerminal, language)
    }

    static func deliver(_ data: Data, output: String?, name: String, inTerminal: Bool, _ language: Language) throws {
        if let output = output ?? (inTerminal ? nil : name) {
            AtomicFile.clearLeftovers(of: output)
            try AtomicFile.write(data, to: output)
            Console.error(Messages.wroteFile(output, language))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
