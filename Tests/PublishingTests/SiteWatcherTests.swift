import Foundation
import Testing
import TestSupport
@testable import Publishing
@testable import Rules
@testable import Scheduling
@testable import Storage

/// The watcher's guard against mass cancellations tells a coordinator's deliberate
/// cancellations (stored, published at once) from meetings gone from the rules (held back).
@Suite("Site watcher", .serialized)
struct SiteWatcherTests {
    /// A watcher of `folder` (its site built into `public/`) on a fixed day.
    static func watching(_ folder: String) throws -> SiteWatcher {
        let builder = SiteBuilder(rulesFolder: folder, databasePath: nil, out: folder + "/public", language: .fi)
        return try SiteWatcher(builder: builder) { (Day(iso: "2026-11-22")!, 1_795_000_000) }
    }

    @Test("Six cancellations stored at once are published; a network file removed is held back")
    func heldBackOnlyForRules() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let watcher = try Self.watching(folder)

        let database = try ProjectDatabase(path: folder + "/vuosikello.sqlite")
        let keys = ["johtoryhma/2027/01", "johtoryhma/2027/02", "johtoryhma/2027/03", "johtoryhma/2027/04",
                    "johtoryhma/2027/05", "johtoryhma/2027/06"]
        for key in keys { try database.save(MeetingOverride(key: key, cancelled: true)) }
        #expect(watcher.refreshIfChanged() == .rebuilt)
        let feed = try String(contentsOfFile: folder + "/public/feeds/public/johtoryhma.ics", encoding: .utf8)
        #expect(feed.components(separatedBy: "STATUS:CANCELLED").count - 1 == keys.count)

        try FileManager.default.removeItem(atPath: folder + "/networks/ero-mikkeli.yaml")
        #expect(watcher.refreshIfChanged() == .waiting)
        Thread.sleep(forTimeInterval: SiteWatcher.quiet + 0.2)
        guard case .heldBack(let held) = watcher.refreshIfChanged() else {
            Issue.record("a removed network is not held back")
            return
        }
        #expect(held.count > SiteWatcher.cancellationLimit && held.allSatisfy { $0.hasPrefix("ero-mikkeli/") })
        #expect(watcher.heldBack == held)
    }

    @Test("Only files a build reads are watched: a screenshot saved in the rules folder holds no act back")
    func onlyReadFilesWatched() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let watcher = try Self.watching(folder)

        try FileManager.default.createDirectory(atPath: folder + "/shots", withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: URL(fileURLWithPath: folder + "/shots/meeting.png"))
        try Data("muistiinpano".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        #expect(watcher.refreshIfChanged() == .unchanged)
        let database = try ProjectDatabase(path: folder + "/vuosikello.sqlite")
        try database.save(MeetingOverride(key: "johtoryhma/2027/01", cancelled: true))
        #expect(watcher.rebuildNow() == .rebuilt, "the act is published at once")

        // A rule file is still watched, and waits for quiet.
        let file = folder + "/networks/ero-mikkeli.yaml"
        try (try String(contentsOfFile: file, encoding: .utf8) + "\n# muutettu\n").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(watcher.refreshIfChanged() == .waiting)

        // So is an imported calendar (the coordinator's busy times).
        let watching = try Self.watching(folder)
        let imported = folder + "/imports/koordinaattori-outlook.ics"
        let text = try String(contentsOfFile: imported, encoding: .utf8)
        try text.replacingOccurrences(of: "SUMMARY:", with: "SUMMARY:Muutettu ")
            .write(toFile: imported, atomically: true, encoding: .utf8)
        #expect(watching.refreshIfChanged() == .waiting)
    }
}
