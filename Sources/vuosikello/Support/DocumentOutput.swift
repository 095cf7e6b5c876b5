import Foundation
import Publishing
import Rendering
import Rules
import Scheduling

/// Where a document goes: `--output FILE` (written whole), the terminal for text, or a
/// file named after the meeting for Word and PDF documents, which a terminal cannot show.
enum DocumentOutput {
    static func deliver(_ data: Data, output: String?, meeting: Meeting, kind: DocumentKind, fileExtension: String,
                        inTerminal: Bool, _ language: Language) throws {
        if let output {
            AtomicFile.clearLeftovers(of: output)
            try AtomicFile.write(data, to: output)
            Console.error(Messages.wroteFile(output, language))
        } else if !inTerminal {
            let name = "\(meeting.networkID)-" + (DocumentPublisher.fileName(meeting, kind, .docx).dropLast(4) + fileExtension)
            AtomicFile.clearLeftovers(of: name)
            try AtomicFile.write(data, to: name)
            Console.error(Messages.wroteFile(name, language))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
