import Foundation
import Testing
import TestSupport

@Suite("The program works from any folder", .serialized)
struct AnywhereTests {
    @Test("build, agenda and serve run outside the repository with the built-in templates; a rules folder's own template overrides one file")
    func outsideTheRepository() throws {
        let root = try Example.temporaryFolder("vuosikello-anywhere")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: Example.folder, toPath: root + "/alue")
        try? FileManager.default.removeItem(atPath: root + "/alue/vuosikello.sqlite")
        let env = ["VUOSIKELLO_TODAY": "2026-11-22"]

        let build = try CLI.run(["build", "alue", "--out", "julkaisu", "--lang", "en"], in: root, env: env)
        #expect(build.status == 0, "\(build.err)")
        #expect(build.out.contains("annual wheels: 140 written"), "\(build.out)")
        #expect(FileManager.default.fileExists(atPath: root + "/julkaisu/wheel/en/all.svg"))
        #expect(FileManager.default.fileExists(atPath: root + "/julkaisu/documents/en/johtoryhma/2026-12-agenda.docx"))

        let agenda = try CLI.run(["agenda", "johtoryhma", "--next", "--rules", "alue"], in: root, env: env)
        #expect(agenda.status == 0 && agenda.out.hasPrefix("# Esityslista: Etelä-Savon lasten"), "\(agenda.err)")

        // The rules folder's own agenda template wins; the minutes still come from the built-in one.
        try FileManager.default.createDirectory(atPath: root + "/alue/templates", withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: TEXT}}\nOMA POHJA {{meeting.key}}\n"
            .write(toFile: root + "/alue/templates/agenda.md.mustache", atomically: true, encoding: .utf8)
        let own = try CLI.run(["agenda", "johtoryhma", "--next", "--rules", "alue"], in: root, env: env)
        #expect(own.out == "OMA POHJA johtoryhma/2026/12\n", "\(own.out)\(own.err)")
        let minutes = try CLI.run(["minutes", "johtoryhma", "--last", "--rules", "alue"], in: root, env: env)
        #expect(minutes.out.hasPrefix("# Pöytäkirja: "), "\(minutes.err)")
        // VUOSIKELLO_TEMPLATES names another folder, searched after the rules folder's.
        try FileManager.default.createDirectory(atPath: root + "/yhteiset", withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: TEXT}}\nYHTEINEN {{meeting.key}}\n"
            .write(toFile: root + "/yhteiset/minutes.md.mustache", atomically: true, encoding: .utf8)
        let shared = try CLI.run(["minutes", "johtoryhma", "--last", "--rules", "alue"], in: root,
                                 env: env.merging(["VUOSIKELLO_TEMPLATES": root + "/yhteiset"]) { a, _ in a })
        #expect(shared.out == "YHTEINEN johtoryhma/2026/11\n", "\(shared.out)\(shared.err)")

        let server = try ServerFixture(folder: "alue", arguments: ["--out", "palvelu"], in: root)
        defer { server.stop() }
        #expect(try server.curl("/").text.contains("Verkostojen kokouskalenterit"))
        #expect(try server.curl("/static/site.css").status == 200)
        #expect(FileManager.default.fileExists(atPath: root + "/palvelu/documents/johtoryhma/2026-12-agenda.md"))
    }
}
