import Foundation
import Rules
import Testing
@testable import Publishing

@Suite("Atomic files")
struct AtomicFileTests {
    private func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "vuosikello-atomic-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    private func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("Until commit the old file stays and nothing else is named: the file is written unnamed, then linked in",
          arguments: [false, true])
    func replaceWhole(existing: Bool) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/feed.ics"
        if existing { try Data("old".utf8).write(to: URL(fileURLWithPath: path)) }
        let file = try AtomicFile(path: path)
        file.output.write(bytes: Array("new, longer".utf8))
        file.output.flush()
        #expect(FileManager.default.contents(atPath: path) == (existing ? Data("old".utf8) : nil))
        #expect(names(folder) == (existing ? ["feed.ics"] : []))
        try file.commit()
        #expect(FileManager.default.contents(atPath: path) == Data("new, longer".utf8))
        #expect(names(folder) == ["feed.ics"])
        #expect(FileStatus(path: path)?.size == 11)
        let modified = try #require(FileStatus(path: path)).modified
        #expect(abs(modified - Date().timeIntervalSince1970) < 60)
        #expect(FileStatus(path: folder + "/none.ics")?.size == nil)
        let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode & 0o444 == 0o444)
    }

    @Test("Without an unnamed file: a named temporary one, which the sweep removes, replaces the old file whole")
    func replaceWholeNamed() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/feed.ics"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let file = try AtomicFile(path: path, unnamed: false)
        file.output.write(bytes: Array("new".utf8))
        file.output.flush()
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
        let temporary = names(folder).filter { $0 != "feed.ics" }
        #expect(temporary.count == 1)
        #expect(temporary.allSatisfy(OutputFolder.isTemporary))
        try file.commit(durable: true)
        #expect(FileManager.default.contents(atPath: path) == Data("new".utf8))
        #expect(names(folder) == ["feed.ics"])
    }

    @Test("Temporary names are distinct; a discarded or swept one, or a discarded unnamed file, leaves nothing")
    func discardAndSweep() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try (0..<50).map { _ in try AtomicFile(path: folder + "/a.ics", unnamed: false) }
        #expect(Set(names(folder)).count == 50)
        files[0].discard()
        #expect(names(folder).count == 49)
        #expect(OutputFolder.sweep(folder) == 49)
        #expect(names(folder).isEmpty)
        for file in files { file.discard() }

        let unnamed = try AtomicFile(path: folder + "/sub/b.ics")
        unnamed.output.write("half")
        unnamed.output.flush()
        unnamed.discard()
        #expect(names(folder) == ["sub"])
        #expect(names(folder + "/sub").isEmpty)
    }
}
