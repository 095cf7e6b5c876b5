import Foundation
import Testing
import TestSupport

/// The documents a formal body signs, as LibreOffice opens and prints them: names, the
/// proposed decisions and attachments, the signature block, page header and numbers; no
/// help lines and no ids. Public outputs still name no one.
@Suite("Documents ready to print and sign", .serialized)
struct DocumentPrintTests {
    static let env = ["VUOSIKELLO_TODAY": "2027-04-20"]
    static let key = "johtoryhma/2027/05"

    /// The example with names for two people and a proposal and attachments on an item.
    static func folder() throws -> String {
        let folder = try CLI.copyOfExample()
        let people = folder + "/people.yaml"
        var text = try String(contentsOfFile: people, encoding: .utf8)
        for (id, name) in [("johtoryhma-puheenjohtaja", "Liisa Esimerkki"), ("koordinaattori", "Kaisa Koordinoija")] {
            text = text.replacingOccurrences(of: "  \(id):\n", with: "  \(id):\n    name: \(name)\n")
        }
        try text.write(toFile: people, atomically: true, encoding: .utf8)
        let network = folder + "/networks/johtoryhma.yaml"
        let rules = try String(contentsOfFile: network, encoding: .utf8).replacingOccurrences(
            of: "  - title: {fi: Perhekeskustoiminnan indikaattoridiapaketti, en: Family-centre indicator slide pack}\n",
            with: "  - title: {fi: Perhekeskustoiminnan indikaattoridiapaketti, en: Family-centre indicator slide pack}\n"
                + "    proposal: Johtoryhmä merkitsee indikaattoridiapaketin tiedoksi.\n"
                + "    attachments: [Indikaattoridiapaketti 2027]\n")
        try rules.write(toFile: network, atomically: true, encoding: .utf8)
        return folder
    }

    /// LibreOffice itself, headless, converting `file` to `format` into `folder` (its own profile).
    static func soffice(_ file: String, to format: String, in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["soffice", "-env:UserInstallation=file://\(folder)/lo-profile", "--headless",
                             "--convert-to", format, "--outdir", folder, file]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let converted = folder + "/" + ((file as NSString).lastPathComponent as NSString).deletingPathExtension + "."
            + format.prefix { $0 != ":" }
        return try String(contentsOfFile: converted, encoding: .utf8)
    }

    static func pdfText(_ file: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", file, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("The minutes' DOCX and PDF open in LibreOffice with the signature block, page numbers, header, names and proposals, and no help lines or ids")
    func minutes() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let docx = folder + "/poytakirja.docx", pdf = folder + "/poytakirja.pdf"
        for (format, file) in [("docx", docx), ("pdf", pdf)] {
            let r = try CLI.run(["minutes", "--meeting", Self.key, "--format", format, "-o", file, "--rules", folder], env: Self.env)
            #expect(r.status == 0, "\(r.err)")
        }
        let text = try Self.soffice(docx, to: "txt:Text (encoded):UTF8", in: folder)
        let printed = try Self.pdfText(pdf)
        #expect(printed.contains("Sivu 1 ("), "page numbers: \(printed)")
        #expect(printed.contains("Etelä-Savon lasten, nuorten ja perheiden johtoryhmä · Pöytäkirja 13.5.2027"), "header")
        for document in [text, printed] {
            #expect(document.contains("Pöytäkirja") && document.contains("Liisa Esimerkki"))
            #expect(document.contains("Allekirjoitukset") && document.contains("Pöytäkirjantarkastaja"))
            #expect(document.contains("Pöytäkirja on tarkastettu ja hyväksytty."))
            #expect(document.contains("Päätösehdotus: Johtoryhmä merkitsee indikaattoridiapaketin tiedoksi."))
            #expect(document.contains("Indikaattoridiapaketti 2027"))
            #expect(document.contains("Pöytäkirjantarkastajien valinta"))
            // Printed as it is: no help lines, no technical ids of people.
            #expect(!document.contains("mitä | kuka") && !document.contains("Merkitse [x]"))
            #expect(!document.contains("johtoryhma-puheenjohtaja") && !document.contains("(koordinaattori)"))
        }

        // Filled in and read back by name: the attendance boxes name no ids.
        let filled = folder + "/taytetty.docx"
        _ = try DocxPeer.run(["--fill", docx, filled,
                              "[ ] Liisa Esimerkki", "[x] Liisa Esimerkki, Johtoryhmän puheenjohtaja (puheenjohtaja)",
                              "[ ] Kaisa Koordinoija", "[x] Kaisa Koordinoija, Perhekeskuskoordinaattori",
                              "[ ] Johtoryhmän jäsen, kunnat", "[s] Johtoryhmän jäsen, kunnat: Matti Sijainen"])
        let recorded = try CLI.run(["minutes", "record", filled, "--lang", "en", "--rules", folder], env: ["VUOSIKELLO_TODAY": "2027-05-20"])
        #expect(recorded.status == 0, "\(recorded.err)")
        #expect(recorded.out.contains("present 2, absent 4, substitutes 1"), "\(recorded.out)")

        // The public outputs still name no one.
        let out = folder + "/public"
        #expect(try CLI.run(["build", folder, "--out", out], env: Self.env).status == 0)
        let members = try String(contentsOfFile: out + "/feeds/johtoryhma.ics", encoding: .utf8)
        #expect(members.contains("Liisa Esimerkki"))
        for file in try FileManager.default.subpathsOfDirectory(atPath: out)
        where (file.hasPrefix("feeds/public/") || file.hasPrefix("wheel/")) && (file.hasSuffix(".ics") || file.hasSuffix(".svg")) {
            let content = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
            #expect(!content.contains("Liisa Esimerkki") && !content.contains("Kaisa Koordinoija"), "\(file)")
        }
    }

    @Test("The printed HTML minutes carry the header and the page number on every page, names and no ids (Chromium)")
    func printedHTML() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = folder + "/poytakirja.html", pdf = folder + "/tulostettu.pdf"
        let r = try CLI.run(["minutes", "--meeting", Self.key, "--format", "html", "-o", html, "--rules", folder], env: Self.env)
        #expect(r.status == 0, "\(r.err)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--user-data-dir=\(folder)/chromium", "--print-to-pdf=\(pdf)", "file://" + html]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let printed = try Self.pdfText(pdf)
        let pages = printed.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count >= 2, "\(printed)")
        for (number, page) in pages.enumerated() {
            #expect(page.contains("Etelä-Savon lasten, nuorten ja perheiden johtoryhmä · Pöytäkirja 13.5.2027"), "page \(number + 1)")
            #expect(page.contains("Sivu \(number + 1) (\(pages.count))"), "page \(number + 1): \(page)")
        }
        #expect(printed.contains("Liisa Esimerkki") && printed.contains("Päätösehdotus: Johtoryhmä merkitsee"))
        #expect(!printed.contains("johtoryhma-puheenjohtaja") && !printed.contains("mitä | kuka"))
    }

    @Test("Without LibreOffice, --format pdf says what to install and writes nothing")
    func noLibreOffice() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try CLI.run(["minutes", "--meeting", Self.key, "--format", "pdf", "-o", folder + "/x.pdf", "--rules", folder],
                            env: Self.env.merging(["VUOSIKELLO_SOFFICE": "/nonexistent/soffice"]) { _, new in new })
        #expect(r.status == 1 && r.err.contains("PDF tehdään LibreOfficella, jota ei löydy") && r.err.contains("libreoffice-writer-nogui"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.pdf"))
    }
}
