import Dispatch
import Foundation
import Testing
import TestSupport

@Suite("One database, several processes", .serialized)
struct ConcurrencyTests {
    static let today = ["VUOSIKELLO_TODAY": "2026-11-22"]

    @Test("While serve rebuilds, move, cancel, token issue and minutes record in other shells all succeed, and the served feeds show them")
    func sharedDatabase() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServerFixture(folder: folder)
        defer { server.stop() }
        // Serve wrote everything build writes, the documents too.
        #expect(FileManager.default.fileExists(atPath: folder + "/public/documents/johtoryhma/2026-12-agenda.docx"))

        let minutes = folder + "/poytakirja.md"
        let template = try CLI.run(["minutes", "johtoryhma", "--meeting", "johtoryhma/2026/10", "-o", minutes,
                                    "--rules", folder], env: Self.today)
        #expect(template.status == 0, "\(template.err)")
        let filled = try String(contentsOfFile: minutes, encoding: .utf8)
            .replacingOccurrences(of: "- [ ] koordinaattori", with: "- [x] koordinaattori")
        try filled.write(toFile: minutes, atomically: true, encoding: .utf8)
        let rules = ["--rules", folder, "--lang", "en"]
        let commands: [[String]] = [
            ["move", "johtoryhma/2027/03", "2027-03-16", "10:00", "--force"] + rules,
            ["cancel", "ero-mikkeli/2027/jan-feb"] + rules,
            ["token", "issue", "koordinaattori", "--base-url", server.base] + rules,
            ["minutes", "record", minutes] + rules,
            ["move", "perhekeskustoimijat/2027/2", "2027-05-11", "13:00", "--force"] + rules,
            ["cancel", "ero-savonlinna/2027/jan-feb"] + rules,
        ]
        // Two rounds, each with every command at once, while the server rebuilds after each change.
        let results = Results()
        for _ in 0..<2 {
            DispatchQueue.concurrentPerform(iterations: commands.count) { i in
                results.add(commands[i], Result { try CLI.run(commands[i], env: Self.today) })
            }
        }
        for (command, result) in results.all {
            let r = try result.get()
            #expect(r.status == 0, "\(command.joined(separator: " ")): \(r.err)")
            #expect(!r.err.contains("locked"), "\(r.err)")
        }
        let token = try #require(results.all.compactMap { command, result -> String? in
            guard command.starts(with: ["token", "issue"]), let out = try? result.get().out,
                  let range = out.range(of: "/private/") else { return nil }
            return String(out[range.upperBound...].prefix { $0 != "/" })
        }.last)
        // The served feeds show every change within a few seconds.
        #expect(try ServerFixture.eventually(30) {
            let ero = try server.curl("/feeds/public/ero-mikkeli.ics").text.replacingOccurrences(of: "\r\n ", with: "")
            let johto = try server.curl("/feeds/public/johtoryhma.ics").text
            let own = try server.curl("/private/\(token)/feeds/people/koordinaattori.ics")
            return ero.contains("SUMMARY:Peruttu: Mikkelin seudun") && johto.contains("DTSTART;TZID=Europe/Helsinki:20270316T100000")
                && own.status == 200
        }, "\(server.log)")
        let recorded = try CLI.run(["actions", "--all"] + rules, env: Self.today)
        #expect(recorded.status == 0)
        #expect(!server.log.contains("locked"), "\(server.log)")
    }
}

/// Results gathered from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var all: [([String], Result<CLI.Result, Error>)] = []

    func add(_ command: [String], _ result: Result<CLI.Result, Error>) {
        lock.withLock { all.append((command, result)) }
    }
}
