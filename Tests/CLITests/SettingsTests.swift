import Foundation
import Testing
import TestSupport

/// The settings file an installed server keeps (`/etc/vuosikello/vuosikello.conf`, here named
/// by `VUOSIKELLO_CONFIG`): the defaults of options left out, beneath the environment and
/// the command line.
@Suite("Settings file and --version")
struct SettingsTests {
    @Test("A command without a folder takes the rules, the output and the language from the settings file")
    func settingsFile() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let settings = folder + "/vuosikello.conf"
        try """
            # as IT writes it
            VUOSIKELLO_RULES=\(folder)
            VUOSIKELLO_OUT=\(folder)/site
            VUOSIKELLO_LANG=en

            VUOSIKELLO_BASE_URL="https://kalenteri.example.fi/"
            """.write(toFile: settings, atomically: true, encoding: .utf8)
        let elsewhere = NSTemporaryDirectory()

        let check = try CLI.run(["check"], in: elsewhere, env: ["VUOSIKELLO_CONFIG": settings])
        #expect(check.status == 0, "\(check.err)")
        #expect(check.out.hasPrefix("ok: 27 networks"), "\(check.out)")
        // The environment wins over the file, the command line over both.
        let swedish = try CLI.run(["check"], in: elsewhere, env: ["VUOSIKELLO_CONFIG": settings, "VUOSIKELLO_LANG": "sv"])
        #expect(swedish.out.hasPrefix("ok: 27 nätverk"), "\(swedish.out)")
        let finnish = try CLI.run(["check", "--lang", "fi"], in: elsewhere, env: ["VUOSIKELLO_CONFIG": settings])
        #expect(finnish.out.hasPrefix("ok: 27 verkostoa"), "\(finnish.out)")

        let build = try CLI.run(["build", "--documents", "none"], in: elsewhere, env: ["VUOSIKELLO_CONFIG": settings])
        #expect(build.status == 0 && build.out.contains("/site: "), "\(build.out) \(build.err)")
        #expect(FileManager.default.fileExists(atPath: folder + "/site/feeds/en/public/all.ics"))
        #expect(!FileManager.default.fileExists(atPath: elsewhere + "/public/feeds/en/public/all.ics"))
        // Given another folder, the command leaves the settings' output folder and address to
        // the settings' own rules: someone's own folder on the server builds into ./public.
        let own = try Example.temporaryFolder("vuosikello-own")
        defer { try? FileManager.default.removeItem(atPath: own) }
        let other = try CLI.run(["build", folder, "--documents", "none"], in: own, env: ["VUOSIKELLO_CONFIG": settings])
        #expect(other.status == 0, "\(other.err)")
        #expect(FileManager.default.fileExists(atPath: own + "/public/feeds/en/johtoryhma.ics"))
        let unlinked = try String(contentsOfFile: own + "/public/feeds/en/johtoryhma.ics", encoding: .utf8)
        #expect(!unlinked.contains("kalenteri.example.fi"))

        // The base URL (its trailing slash dropped) reaches the members' feeds' links.
        let members = try String(contentsOfFile: folder + "/site/feeds/en/johtoryhma.ics", encoding: .utf8)
            .replacingOccurrences(of: "\r\n ", with: "")
        #expect(members.contains("https://kalenteri.example.fi/workspace/meetings/johtoryhma/"), "no link to the meeting page")
        #expect(!members.contains("https://kalenteri.example.fi//"))
    }

    @Test("A base URL that is not an address is refused before anything is built")
    func badBaseURL() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["build", folder, "--out", folder + "/site"], env: ["VUOSIKELLO_BASE_URL": "kalenteri.example.fi"])
        #expect(result.status != 0)
        #expect(result.err.contains("'kalenteri.example.fi' is not an address like https://"), "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/site"))
    }

    @Test("A settings file that is named but missing stops every command with a message")
    func missingFile() throws {
        let result = try CLI.run(["check", "calendars/etela-savo"], in: CLI.packageRoot.path,
                                 env: ["VUOSIKELLO_CONFIG": "/nonexistent/vuosikello.conf", "VUOSIKELLO_LANG": "en"])
        #expect(result.status == 1)
        #expect(result.err == "The settings file /nonexistent/vuosikello.conf does not exist (VUOSIKELLO_CONFIG).\n")
        #expect(result.out.isEmpty)
    }

    @Test("--version names the release; a packaged binary also its commit")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        let version = result.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+ \((development build|[0-9a-f]{7,}(\+changes)?)\)$"#,
                              options: .regularExpression) != nil, "\(version)")
    }
}
