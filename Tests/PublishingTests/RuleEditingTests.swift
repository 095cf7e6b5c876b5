import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
@testable import Publishing
@testable import Rules
@testable import Scheduling
@testable import Storage

/// Rule files edited in the workspace: checked with the whole folder, previewed, saved
/// whole on confirmation, every version kept.
@Suite("Rule editing", .serialized)
struct RuleEditingTests {
    static let file = "networks/haastavat-erot.yaml"

    /// The hidden and visible fields of the last editor page, as a browser would send them back.
    static func field(_ html: String, _ name: String) -> String? {
        if let range = html.range(of: "name=\"\(name)\" value=\"") {
            return unescape(String(html[range.upperBound...].prefix { $0 != "\"" }))
        }
        return nil
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("A broken edit shows its problem at its line and column and changes no file")
    func brokenEdit() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let path = fixture.folder + "/" + Self.file
            let original = try String(contentsOfFile: path, encoding: .utf8)
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            let page = try await browser.get(WorkspacePaths.editRule(Self.file))
            #expect(page.status == .ok && page.body.contains("cadence: 4 per year"))
            let base = try #require(Self.field(page.body, "base"))
            let broken = original.replacingOccurrences(of: "cadence: 4 per year", with: "cadence: kerran kuussa joskus")
            let line = broken.components(separatedBy: "\n").firstIndex { $0.contains("kerran kuussa") }! + 1
            let checked = try await browser.post(WorkspacePaths.ruleCheck, [("file", Self.file), ("base", base), ("text", broken)])
            #expect(checked.status == .unprocessableContent)
            #expect(checked.body.contains("\(Self.file), rivi \(line), sarake"), "\(checked.body)")
            #expect(checked.body.contains("<li id=\"line-\(line)\" class=\"marked\">"))
            #expect(!checked.body.contains(WorkspacePaths.ruleSave), "no save button for a broken edit")
            // Even sent straight to save, it is refused.
            let saved = try await browser.post(WorkspacePaths.ruleSave, [("file", Self.file), ("base", base), ("text", broken)])
            #expect(saved.status == .unprocessableContent)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
            #expect(try fixture.workspace.database.ruleFileVersions(Self.file).isEmpty)
        }
    }

    @Test("A cadence from 4 to 6 a year: the preview lists exactly the added and moved meetings; saved on confirmation, replanned; an earlier version restored")
    func validEdit() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let path = fixture.folder + "/" + Self.file
            let original = try String(contentsOfFile: path, encoding: .utf8)
            let before = fixture.routes.watcher.current.plan
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            let page = try await browser.get(WorkspacePaths.editRule(Self.file))
            let base = try #require(Self.field(page.body, "base"))
            let edited = original.replacingOccurrences(of: "cadence: 4 per year", with: "cadence: 6 per year")
            let preview = try await browser.post(WorkspacePaths.ruleCheck, [("file", Self.file), ("base", base), ("text", edited)])
            #expect(preview.status == .ok && preview.body.contains(WorkspacePaths.ruleSave))
            let listed = Set(preview.body.components(separatedBy: "<td><code>").dropFirst().map { String($0.prefix { $0 != "<" }) })
            // Nothing is saved by the preview.
            #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
            let saved = try await browser.post(WorkspacePaths.ruleSave, [
                ("file", Self.file), ("base", try #require(Self.field(preview.body, "base"))),
                ("text", try #require(Self.field(preview.body, "text"))),
            ])
            #expect(saved.status == .seeOther && saved.location?.hasSuffix("done=saved") == true)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)
            // Replanned at once; the preview named exactly the meetings that were added or moved.
            let after = fixture.routes.watcher.current.plan
            let today = WorkspaceFixture.today
            let old = Dictionary(before.meetings.filter { $0.day >= today }.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            let changed = Set(after.meetings.filter { $0.day >= today }.filter { m in
                guard let o = old[m.key] else { return true }
                return o.day != m.day || o.start != m.start
            }.map(\.key)).union(old.keys.filter { after.meeting($0) == nil })
            #expect(!changed.isEmpty && listed == changed, "listed \(listed.sorted()) changed \(changed.sorted())")
            #expect(after.meetings(of: "haastavat-erot").filter { $0.cycleYear == 2027 }.count == 6)
            #expect(listed.allSatisfy { $0.hasPrefix("haastavat-erot/") })
            // The earlier text is kept; opened and saved again, it is back.
            let versions = try fixture.workspace.database.ruleFileVersions(Self.file)
            #expect(versions.map(\.content) == [original])
            let restoring = try await browser.get(WorkspacePaths.editRule(Self.file, version: versions[0].number))
            #expect(restoring.body.contains("cadence: 4 per year") && restoring.body.contains("Aiempi versio"))
            let back = try await browser.post(WorkspacePaths.ruleCheck, [
                ("file", Self.file), ("base", try #require(Self.field(restoring.body, "base"))), ("text", original),
            ])
            try await browser.post(WorkspacePaths.ruleSave, [
                ("file", Self.file), ("base", try #require(Self.field(back.body, "base"))),
                ("text", try #require(Self.field(back.body, "text"))),
            ])
            #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
            #expect(fixture.routes.watcher.current.plan.meetings(of: "haastavat-erot").filter { $0.cycleYear == 2027 }.count == 4)
            #expect(try fixture.workspace.database.ruleFileVersions(Self.file).count == 2)
            #expect(try fixture.workspace.database.auditLog(target: Self.file).count == 2)
        }
    }

    @Test("A file changed meanwhile is not overwritten (409); chairs cannot edit rules")
    func conflictsAndRoles() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let path = fixture.folder + "/" + Self.file
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            let page = try await browser.get(WorkspacePaths.editRule(Self.file))
            let base = try #require(Self.field(page.body, "base"))
            let original = try String(contentsOfFile: path, encoding: .utf8)
            try (original + "# edited by hand\n").write(toFile: path, atomically: true, encoding: .utf8)
            let saved = try await browser.post(WorkspacePaths.ruleSave, [("file", Self.file), ("base", base),
                                                                        ("text", original.replacingOccurrences(of: "4 per year", with: "5 per year"))])
            #expect(saved.status == .conflict)
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("# edited by hand\n"))
            // Nothing outside the rule files is ever read or written.
            #expect(try await browser.get(WorkspacePaths.editRule("../vuosikello.sqlite")).status == .notFound)
            #expect(try await browser.post(WorkspacePaths.ruleSave, [("file", "templates/x.yaml"), ("base", "new"),
                                                                     ("text", "x: 1")]).status == .notFound)
            let chair = Browser(client)
            try await chair.signIn("pj-ero")
            #expect(try await chair.get(WorkspacePaths.rules).status == .forbidden)
            #expect(try await chair.get(WorkspacePaths.editRule(Self.file)).status == .forbidden)
        }
    }

    @Test("New network from the short form: a commented file that checks, previewed, then saved and planned")
    func newNetwork() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            try await browser.get(WorkspacePaths.newNetwork)
            let bad = try await browser.post(WorkspacePaths.newNetwork, [("id", "Johto Ryhmä"), ("title", ""), ("convener", "")])
            #expect(bad.status == .unprocessableContent && bad.body.contains("id=\"id-problem\"")
                && bad.body.contains("id=\"title-problem\"") && bad.body.contains("id=\"convener-problem\""))
            let preview = try await browser.post(WorkspacePaths.newNetwork, [
                ("id", "perhetyo"), ("title", "Perhetyön \"verkosto\""), ("perYear", "6"), ("mode", "remote"),
                ("convener", "koordinaattori"), ("members", "lp-kehittaja-eloisa"), ("members", "lp-kehittaja-kunnat"),
            ])
            #expect(preview.status == .ok && preview.body.contains("perhetyo/2027/1"))
            let text = try #require(Self.field(preview.body, "text"))
            // The schema as the folder's other network files find it.
            #expect(text.hasPrefix("# yaml-language-server: $schema=../../../schema/network.schema.json\n"), "\(text)")
            #expect(text.contains("# Perhetyön \"verkosto\"") && text.contains("cadence: 6 kertaa vuodessa") && text.contains("mode: etä"))
            try await browser.post(WorkspacePaths.ruleSave, [("file", "networks/perhetyo.yaml"), ("base", "new"), ("text", text)])
            #expect(FileManager.default.fileExists(atPath: fixture.folder + "/networks/perhetyo.yaml"))
            let rules = fixture.routes.watcher.current.rules
            #expect(rules.network("perhetyo")?.title.fi == "Perhetyön \"verkosto\"")
            #expect(fixture.routes.watcher.current.plan.meetings(of: "perhetyo").filter { $0.cycleYear == 2027 }.count == 6)
            // The id is now taken.
            try await browser.get(WorkspacePaths.newNetwork)
            let again = try await browser.post(WorkspacePaths.newNetwork, [("id", "perhetyo"), ("title", "x"),
                                                                           ("convener", "koordinaattori")])
            #expect(again.status == .unprocessableContent)
        }
    }
}
