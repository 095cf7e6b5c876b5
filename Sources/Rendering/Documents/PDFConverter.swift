import Foundation

/// Turns a Word document into PDF with LibreOffice, run headless: the layout people get
/// when they open the DOCX themselves, page header and numbers included. LibreOffice is
/// optional: `find()` says whether it is installed, and callers say what to install.
public struct PDFConverter: Sendable {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The `soffice` program.
    public let program: String
    /// A conversion that takes longer is stopped.
    public let timeout: Double

    public init(program: String, timeout: Double = 180) {
        self.program = program
        self.timeout = timeout
    }

    /// LibreOffice as the server found it when it started: what the workspace offers on
    /// every meeting page, without searching the disk for each page.
    public static let installed = find()

    /// LibreOffice on PATH or where Debian and the official packages put it; nil when absent.
    /// `VUOSIKELLO_SOFFICE` names the program instead (nil if it is not there).
    public static func find() -> PDFConverter? {
        if let given = ProcessInfo.processInfo.environment["VUOSIKELLO_SOFFICE"] {
            return FileManager.default.isExecutableFile(atPath: given) ? PDFConverter(program: given) : nil
        }
        let found = ExternalProgram.find("soffice", also: ["/usr/lib/libreoffice/program", "/opt/libreoffice/program"])
            ?? ExternalProgram.find("libreoffice")
        return found.map { PDFConverter(program: $0) }
    }

    /// The PDF of `docx`. Each conversion has its own LibreOffice profile, so that it never
    /// waits for (or disturbs) a LibreOffice the same user has open.
    public func convert(_ docx: Data, name: String) throws -> Data {
        let folder = NSTemporaryDirectory() + "vuosikello-pdf-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = folder + "/" + name + ".docx"
        try docx.write(to: URL(fileURLWithPath: source))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-env:UserInstallation=file://" + folder + "/profile", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", folder, source]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder
        process.environment = environment
        try process.run()
        guard ExternalProgram.finish(process, within: timeout) else {
            throw Failure(description: "LibreOffice did not finish in \(Int(timeout)) s")
        }
        let pdf = folder + "/" + name + ".pdf"
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: pdf), !data.isEmpty else {
            throw Failure(description: "LibreOffice could not convert the document (exit status \(process.terminationStatus))")
        }
        return data
    }
}
