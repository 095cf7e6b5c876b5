import Foundation
import Testing
import TestSupport

/// Languages are outputs, not state: a build in Swedish writes its own files beside the
/// Finnish ones, with its own published state, and never changes a Finnish byte.
@Suite("Languages side by side", .serialized)
struct LanguageOutputTests {
    /// Every file under `folder`, by relative path (temporary and lock files left out).
    static func files(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.hasPrefix(".") else { continue }
            result[relative] = FileManager.default.contents(atPath: path)
        }
        return result
    }

    @Test("build --lang sv, then fi again: every Finnish file byte-identical, Swedish feeds under feeds/sv/")
    func swedishBesideFinnish() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/public"
        let env = ["SOURCE_DATE_EPOCH": "1767225600"]
        #expect(try CLI.run(["build", folder, "--out", out], env: env).status == 0)
        // A move after the first build, so that SEQUENCE has something to count.
        #expect(try CLI.run(["move", "johtoryhma/2026/03", "2026-03-17", "13:00", "--rules", folder]).status == 0)
        #expect(try CLI.run(["build", folder, "--out", out], env: env).status == 0)
        let finnish = try Self.files(out)

        let later = ["SOURCE_DATE_EPOCH": "1767312000"]
        let swedish = try CLI.run(["build", folder, "--out", out, "--lang", "sv"], env: later)
        #expect(swedish.status == 0, "\(swedish.err)")
        let afterSwedish = try Self.files(out)
        for (path, bytes) in finnish {
            #expect(afterSwedish[path] == bytes, "\(path) changed by the Swedish build")
        }
        let feed = try #require(afterSwedish["feeds/sv/public/johtoryhma.ics"].map { String(decoding: $0, as: UTF8.self) })
        #expect(feed.contains("X-WR-CALNAME:") && feed.contains("SEQUENCE:0") && !feed.contains("SEQUENCE:1"),
                "a language's first feeds start its own state")
        #expect(afterSwedish.keys.contains("documents/sv/johtoryhma/2026-03-agenda.md"))
        #expect(afterSwedish.keys.contains { $0.hasPrefix("wheel/sv/") })

        // Finnish again (a later clock): nothing to change, so not one byte does.
        let again = try CLI.run(["build", folder, "--out", out], env: later)
        #expect(again.status == 0 && again.out.contains("kirjoitettu 0 syötettä"), "\(again.out)")
        let afterFinnish = try Self.files(out)
        for (path, bytes) in finnish {
            #expect(afterFinnish[path] == bytes, "\(path) changed by building Finnish again")
        }
        let moved = try #require(afterFinnish["feeds/public/johtoryhma.ics"].map { String(decoding: $0, as: UTF8.self) })
        #expect(moved.contains("SEQUENCE:1") && !moved.contains("SEQUENCE:2"))
    }
}
