import Foundation
import Testing
import TestSupport
@testable import Storage

/// The Python peer that reads and fills Word documents with python-docx.
enum DocxPeer {
    static func run(_ arguments: [String]) throws -> Data {
        try Peer.run([Peer.script("docx_peer.py")] + arguments, what: "python-docx peer (pip install python-docx)")
    }

    struct Paragraph: Decodable {
        let style: String
        let text: String
    }

    struct Document: Decodable {
        let title: String
        let language: String
        let paragraphs: [Paragraph]
    }

    static func read(_ path: String) throws -> Document {
        try #require(try JSONDecoder().decode([String: Document].self, from: run([path]))[path])
    }
}

@Suite("Agendas, minutes and actions on the command line", .serialized)
struct DocumentCLITests {
    static let today = ["VUOSIKELLO_TODAY": "2026-11-22"]

    static func run(_ arguments: [String], _ folder: String, in directory: String? = nil) throws -> CLI.Result {
        try CLI.run(arguments + ["--rules", folder], in: directory, env: today)
    }

    @Test("A recorded action appears on the next agenda until it is closed")
    func actionLifecycle() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The latest leadership-group meeting before today, and its minutes template.
        let template = try Self.run(["minutes", "johtoryhma", "--last"], folder)
        #expect(template.status == 0, "\(template.err)")
        #expect(template.out.hasPrefix("# Pöytäkirja: Etelä-Savon lasten, nuorten ja perheiden johtoryhmä"))
        #expect(template.out.contains("- **Tunnus:** johtoryhma/2026/11"))
        var filled = template.out.replacingOccurrences(of: "- [ ] koordinaattori", with: "- [x] koordinaattori")
        let item = try #require(filled.range(of: "## 6. "))
        let field = try #require(filled.range(of: "Tehtävä:", range: item.upperBound..<filled.endIndex))
        filled.replaceSubrange(field, with: "Tehtävä: Kootaan kuntien tilannekatsaus | koordinaattori | 15.1.2027")
        let path = folder + "/poytakirja-2026-11.md"
        try filled.write(toFile: path, atomically: true, encoding: .utf8)

        let recorded = try Self.run(["minutes", "record", path, "--lang", "en"], folder)
        #expect(recorded.status == 0, "\(recorded.err)")
        #expect(recorded.out.contains("recorded johtoryhma/2026/11: present 1, absent 6"))
        #expect(recorded.out.contains("new actions 1"))

        let list = try Self.run(["actions", "--person", "koordinaattori"], folder)
        #expect(list.status == 0 && list.out.hasPrefix("#1  15.1.2027  Perhekeskuskoordinaattori (koordinaattori): "
            + "Kootaan kuntien tilannekatsaus"), "\(list.out)\(list.err)")
        #expect(try Self.run(["actions", "--person", "johtoryhma-jasen-eloisa", "--lang", "en"], folder).out
            == "no open action items\n")

        let agenda = try Self.run(["agenda", "johtoryhma", "--next"], folder)
        #expect(agenda.status == 0)
        #expect(agenda.out.contains("- **Tunnus:** johtoryhma/2026/12"))
        #expect(agenda.out.contains("## 6. Avoimet tehtävät"))
        #expect(agenda.out.contains("- #1 Kootaan kuntien tilannekatsaus (vastuu: Perhekeskuskoordinaattori, määräaika 15.1.2027)"))

        let close = try Self.run(["actions", "close", "1", "--note", "Esitetty joulukuussa", "--lang", "en"], folder)
        #expect(close.status == 0 && close.out == "action #1 marked done\n")
        #expect(try Self.run(["actions", "close", "1", "--lang", "en"], folder).status == 1)
        let after = try Self.run(["agenda", "johtoryhma", "--next"], folder)
        #expect(!after.out.contains("Avoimet tehtävät") && !after.out.contains("Kootaan kuntien"))
        let all = try Self.run(["actions", "--all", "--lang", "en"], folder)
        #expect(all.out.contains("[done ") && all.out.contains("note: Esitetty joulukuussa"))
    }

    @Test("Malformed minutes are reported line by line and nothing is stored")
    func malformedMinutes() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try Self.run(["minutes", "--meeting", "ero-mikkeli/2026/aug-sep"], folder).out
        var text = template.replacingOccurrences(of: "- [ ] ero-mikkeli-jasen-1", with: "- [x] ero-mikkeli-jasen-9")
        let item = try #require(text.range(of: "## 2. "))
        let field = try #require(text.range(of: "Tehtävä:", range: item.upperBound..<text.endIndex))
        text.replaceSubrange(field, with: "Tehtävä: Opas | ero-vastuuhenkilo-mikkeli | huomenna")
        let path = folder + "/muistio.md"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let personLine = try #require(lines.firstIndex { $0.contains("ero-mikkeli-jasen-9") }) + 1
        let dateLine = try #require(lines.firstIndex { $0.contains("huomenna") }) + 1

        let r = try Self.run(["minutes", "record", path, "--lang", "en"], folder)
        #expect(r.status == 1)
        #expect(r.err.contains("muistio.md:\(personLine): there is no person 'ero-mikkeli-jasen-9'"), "\(r.err)")
        #expect(r.err.contains("muistio.md:\(dateLine): 'huomenna' is not a date"), "\(r.err)")
        #expect(r.err.contains("nothing was stored"))
        #expect(!r.err.contains("Fatal") && !r.err.contains("Stack"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/vuosikello.sqlite"), "no database was created")
        #expect(try Self.run(["actions", "--lang", "en"], folder).out == "no open action items\n")
    }

    @Test("Word documents open in python-docx, and minutes filled in there are recorded")
    func word() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let agenda = folder + "/esityslista.docx"
        let r = try Self.run(["agenda", "--meeting", "ero-savonlinna/2026/nov-dec", "--format", "docx", "-o", agenda], folder)
        #expect(r.status == 0, "\(r.err)")
        let read = try DocxPeer.read(agenda)
        #expect(read.title.hasPrefix("Esityslista: Savonlinnan seudun"))
        #expect(read.language == "fi-FI")
        #expect(read.paragraphs.first?.style == "Title" && read.paragraphs.first?.text == "Esityslista")
        let headings = read.paragraphs.filter { $0.style == "Heading 2" }.map(\.text)
        #expect(headings.first == "1. Kokouksen avaus")
        #expect(headings.contains { $0.hasSuffix("Lapsiperheiden eroauttamisen palvelut -oppaan päivitys") })

        // Without --output a Word document goes to a file named after the meeting, not the terminal.
        let named = try Self.run(["minutes", "--meeting", "ero-savonlinna/2026/nov-dec", "--format", "docx"], folder,
                                 in: folder)
        #expect(named.status == 0 && named.out.isEmpty)
        let minutes = folder + "/ero-savonlinna-2026-nov-dec-minutes.docx"
        #expect(FileManager.default.fileExists(atPath: minutes))

        let filled = folder + "/taytetty.docx"
        _ = try DocxPeer.run(["--fill", minutes, filled,
                              "[ ] Savonlinnan seudun eroauttamisen kehittäjäryhmän vastuuhenkilö",
                              "[x] Savonlinnan seudun eroauttamisen kehittäjäryhmän vastuuhenkilö (vastuuhenkilö)",
                              "Päätös:", "Päätös: Todettiin läsnäolijat.",
                              "Tehtävä:", "Tehtävä: Päivitetään opas | ero-vastuuhenkilo-savonlinna | 2027-01-31"])
        let recorded = try Self.run(["minutes", "record", filled, "--lang", "en"], folder)
        #expect(recorded.status == 0, "\(recorded.err)")
        #expect(recorded.out.contains("recorded ero-savonlinna/2026/nov-dec: present 1"))
        #expect(recorded.out.contains("decisions 1; new actions 1"))
        #expect(try Self.run(["actions", "--network", "ero-savonlinna"], folder).out.contains("Päivitetään opas"))
    }

    @Test("A broken template in the rules folder stops agenda and build with its file and line")
    func brokenTemplate() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
        try "# {{heading}}\n{{#items}}\n## {{title}}\n".write(toFile: folder + "/templates/agenda.md.mustache",
                                                              atomically: true, encoding: .utf8)
        let agenda = try Self.run(["agenda", "johtoryhma", "--lang", "en"], folder)
        #expect(agenda.status == 1)
        #expect(agenda.err.contains("templates/agenda.md.mustache:"), "\(agenda.err)")
        #expect(agenda.err.contains("never closed"))
        let out = folder + "/public"
        let build = try CLI.run(["build", folder, "--out", out, "--lang", "en"], env: Self.today)
        #expect(build.status == 1 && build.err.contains("agenda.md.mustache"))
        #expect(!FileManager.default.fileExists(atPath: out + "/feeds"), "no feed was written")
        #expect(!FileManager.default.fileExists(atPath: out + "/documents"), "no document was written")
    }

    @Test("build writes every meeting's agenda and minutes under documents/, and a rebuild rewrites none")
    func build() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/public"
        let first = try CLI.run(["build", folder, "--out", out, "--lang", "en"], env: Self.today)
        #expect(first.status == 0, "\(first.err)")
        let plan = try CLI.run(["plan", folder, "--format", "json", "--dry-run"], env: Self.today)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(plan.out.utf8)) as? [String: Any])
        let meetings = try #require(object["meetings"] as? [[String: Any]]).filter { $0["status"] as? String != "cancelled" }
        #expect(first.out.contains("documents: \(meetings.count * 6) written, 0 unchanged, 0 removed"), "\(first.out)")
        for name in ["2026-11-agenda.md", "2026-11-agenda.html", "2026-11-agenda.docx", "2026-11-minutes.md",
                     "2026-11-minutes.html", "2026-11-minutes.docx"] {
            #expect(FileManager.default.fileExists(atPath: out + "/documents/en/johtoryhma/" + name), "\(name)")
        }
        #expect(FileManager.default.fileExists(atPath: out + "/documents/en/ero-mikkeli/2026-nov-dec-agenda.md"))
        // The leadership group's February item carries the year before's monitoring report,
        // written beside its documents in every format and named as the item's attachment.
        let withReport = meetings.filter { ($0["agenda"] as? [String])?.contains("Perhekeskustoiminnan seurantaraportti") == true }
        #expect(withReport.count == 4 && first.out.contains("monitoring reports: \(withReport.count * 3) written"), "\(first.out)")
        for format in ["md", "html", "docx"] {
            #expect(FileManager.default.fileExists(atPath: out + "/documents/en/johtoryhma/seurantaraportti-2026.\(format)"))
        }
        let february = try String(contentsOfFile: out + "/documents/en/johtoryhma/2027-02-agenda.md", encoding: .utf8)
        #expect(february.contains("Family-centre monitoring report 2026 (seurantaraportti-2026.docx)"), "\(february)")
        // And the annual wheels: every network and all together, this year's and each year's.
        #expect(first.out.contains("annual wheels: 140 written"), "\(first.out)")
        for path in ["wheel/en/all.svg", "wheel/en/johtoryhma.svg", "wheel/en/2029/all.svg", "wheel/en/2027/lape-juva.svg"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + path), "\(path)")
        }
        #expect(FileManager.default.contents(atPath: out + "/wheel/en/all.svg")
            == FileManager.default.contents(atPath: out + "/wheel/en/2026/all.svg"), "this year's wheel is 2026's")
        let second = try CLI.run(["build", folder, "--out", out, "--lang", "en"], env: Self.today)
        #expect(second.out.contains("documents: 0 written, \(meetings.count * 6) unchanged, 0 removed"), "\(second.out)")
        #expect(second.out.contains("annual wheels: 0 written"), "\(second.out)")
        // Cancelling a meeting removes its documents in the formats built; a build of Markdown
        // only leaves the other formats alone.
        #expect(try CLI.run(["cancel", "johtoryhma/2027/03", "--rules", folder], env: Self.today).status == 0)
        let third = try CLI.run(["build", folder, "--out", out, "--documents", "md", "--lang", "en"], env: Self.today)
        #expect(third.status == 0, "\(third.err)")
        #expect(!FileManager.default.fileExists(atPath: out + "/documents/en/johtoryhma/2027-03-agenda.md"))
        #expect(FileManager.default.fileExists(atPath: out + "/documents/en/johtoryhma/2027-03-agenda.docx"))
        #expect(FileManager.default.fileExists(atPath: out + "/documents/en/johtoryhma/2026-11-agenda.docx"))
        #expect(FileManager.default.fileExists(atPath: out + "/documents/en/johtoryhma/2026-11-agenda.html"))
        #expect(FileManager.default.fileExists(atPath: out + "/documents/en/johtoryhma/2026-11-agenda.md"))
        // All formats again: the cancelled meeting's other two formats go (4 files), and its
        // neighbours' Word and HTML files catch up with the Markdown ones (the next meeting
        // and the carried-over items changed).
        let all = try CLI.run(["build", folder, "--out", out, "--lang", "en"], env: Self.today)
        #expect(all.out.contains("documents: 8 written, \((meetings.count - 1) * 6 - 8) unchanged, 4 removed"), "\(all.out)")
    }

    @Test("A rebuild renders again only what changed: a template, a partial, a file gone from disk, a new program; wheels too; each language keeps its own records")
    func renderedAgainOnlyWhenChanged() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/public"
        func build() throws -> String {
            let result = try CLI.run(["build", folder, "--out", out, "--lang", "en"], env: Self.today)
            #expect(result.status == 0, "\(result.err)")
            return result.out
        }
        let first = try build()
        let documents = try #require(first.split(separator: "\n").first { $0.contains("documents: ") })
        let count = try #require(Int(documents.split(separator: " ").dropFirst().first ?? ""))
        #expect(count > 0 && count % 6 == 0, "\(first)")
        let meetings = count / 6
        let agenda = out + "/documents/en/johtoryhma/2026-11-agenda.html"
        let before = try #require(FileManager.default.contents(atPath: agenda))
        #expect(try build().contains("documents: 0 written, \(count) unchanged"))

        // A file removed from disk is written again, the same bytes.
        try FileManager.default.removeItem(atPath: agenda)
        #expect(try build().contains("documents: 1 written, \(count - 1) unchanged"))
        #expect(FileManager.default.contents(atPath: agenda) == before)

        // A built-in template copied into the rules folder's own `templates/`, with a line added.
        func own(_ name: String, adding line: String) throws {
            try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
            let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("templates/" + name), encoding: .utf8)
            try (text + line).write(toFile: folder + "/templates/" + name, atomically: true, encoding: .utf8)
        }

        // The rules folder's own Markdown agenda template: every Markdown agenda, nothing else.
        try own("agenda.md.mustache", adding: "\nLiite: osallistujalista\n")
        #expect(try build().contains("documents: \(meetings) written, \(count - meetings) unchanged"))
        let markdown = try String(contentsOfFile: out + "/documents/en/johtoryhma/2026-11-agenda.md", encoding: .utf8)
        #expect(markdown.contains("Liite: osallistujalista"), "\(markdown.suffix(80))")

        // A partial that every HTML document includes: every HTML agenda and minutes.
        try own("document-style.html.mustache", adding: "<!-- paikallinen tyyli -->\n")
        #expect(try build().contains("documents: \(meetings * 2) written, \(count - meetings * 2) unchanged"))
        #expect(try String(contentsOfFile: agenda, encoding: .utf8).contains("paikallinen tyyli"))

        // The wheels likewise: one removed is drawn again; the rules folder's own template, all of them.
        let wheel = out + "/wheel/en/2027/johtoryhma.svg"
        let drawn = try #require(FileManager.default.contents(atPath: wheel))
        try FileManager.default.removeItem(atPath: wheel)
        #expect(try build().contains("annual wheels: 1 written"))
        #expect(FileManager.default.contents(atPath: wheel) == drawn)
        try own("wheel.svg.mustache", adding: "<!-- oma vuosikello -->\n")
        #expect(try build().contains("annual wheels: 140 written"))
        #expect(try String(contentsOfFile: wheel, encoding: .utf8).contains("oma vuosikello"))

        // Each language's records are its own: a Finnish build forgets no English one.
        func records(_ prefixes: [String]) throws -> [String: Int64] {
            let stored = try #require(try ProjectDatabase.openForReading(path: folder + "/vuosikello.sqlite"))
            return try stored.publishedFiles().filter { name, _ in prefixes.contains { name.hasPrefix($0) } }
                .mapValues(\.print)
        }
        let english = try records(["documents/en/", "wheel/en/"])
        // A record per document (its three formats) and per wheel drawn (the current year's in two places).
        let datedWheels = try FileManager.default.subpathsOfDirectory(atPath: out + "/wheel/en")
            .filter { $0.contains("/") && $0.hasSuffix(".svg") }
        #expect(english.count == count / 3 + datedWheels.count)
        let finnish = try CLI.run(["build", folder, "--out", out, "--lang", "fi"], env: Self.today)
        #expect(finnish.status == 0, "\(finnish.err)")
        #expect(try records(["documents/en/", "wheel/en/"]) == english)
        let finnishRecords = try records(["documents/johtoryhma/", "wheel/20"])
        #expect(!finnishRecords.isEmpty)

        // A new version of the program (here the same one by another path) makes every
        // document and wheel again: the same bytes, so no file is touched, but new records.
        let program = folder + "/vuosikello-uusi"
        try FileManager.default.linkItem(atPath: CLI.binary, toPath: program)
        let again = try CLI.run(["build", folder, "--out", out, "--lang", "en"], env: Self.today, program: program)
        #expect(again.status == 0, "\(again.err)")
        #expect(again.out.contains("documents: 0 written, \(count) unchanged"), "\(again.out)")
        let remade = try records(["documents/en/", "wheel/en/"])
        #expect(remade.keys.sorted() == english.keys.sorted())
        #expect(remade.allSatisfy { name, print in english[name] != print }, "every English record made again")
        #expect(try records(["documents/johtoryhma/", "wheel/20"]) == finnishRecords, "the Finnish ones untouched")
    }
}

