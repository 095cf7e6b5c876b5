import Foundation
import Testing
import TestSupport

/// `vuosikello plan --diff`: what the rules as they are now change against the published feeds.
@Suite("plan --diff")
struct PlanDiffCLITests {
    @Test("After a cadence edit it lists that network's added and moved meetings and stores nothing; unchanged rules list none")
    func cadenceEdit() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let env = ["VUOSIKELLO_TODAY": "2026-11-29"]
        let built = try CLI.run(["build", folder, "--out", folder + "/public", "--documents", "none"], env: env)
        #expect(built.status == 0, "\(built.err)")
        let same = try CLI.run(["plan", folder, "--diff", "--lang", "en"], env: env)
        #expect(same.status == 0 && same.out == "No change to any meeting.\n", "\(same.out)")

        let file = folder + "/networks/haastavat-erot.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "cadence: 4 per year", with: "cadence: 6 per year")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let database = folder + "/vuosikello.sqlite"
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let diff = try CLI.run(["plan", folder, "--diff", "--lang", "en"], env: env)
        #expect(diff.status == 0, "\(diff.err)")
        let lines = diff.out.split(separator: "\n").map(String.init)
        let rows = lines.dropLast()
        #expect(rows.contains { $0.hasPrefix("added  haastavat-erot/2027/5") }, "\(diff.out)")
        #expect(rows.contains { $0.hasPrefix("moved  haastavat-erot/2027/2") && $0.contains(" → ") })
        #expect(rows.allSatisfy { $0.contains("  haastavat-erot/") }, "only the edited network")
        #expect(lines.last?.contains("Feeds that change: haastavat-erot;") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before, "stores nothing")
    }
}
