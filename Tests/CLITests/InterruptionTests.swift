import Foundation
import Testing
import TestSupport

/// A build killed at any moment leaves the last good files and database; the next run
/// removes the temporary files it left and finishes the job.
@Suite("Interrupted builds", .serialized)
struct InterruptionTests {
    static func temporaryFiles(_ folder: String) -> [String] {
        var found: [String] = []
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            if (relative as NSString).lastPathComponent.hasSuffix(".tmp") { found.append(relative) }
        }
        return found
    }

    @Test("kill -9 at twelve moments of a build: the next build leaves no temporary file and an unchanged one writes nothing")
    func killLoop() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/public"
        var left = 0
        // Spread over the build: planning, documents, feeds, wheels (a debug build takes about two seconds).
        for delay in [0.05, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.4] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = ["build", folder, "--out", out]
            process.environment = ProcessInfo.processInfo.environment.merging(["VUOSIKELLO_TODAY": CLI.defaultToday]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            left += Self.temporaryFiles(out).count
        }
        print("interrupted: temporary files seen after the kills: \(left)")
        let next = try CLI.run(["build", folder, "--out", out])
        #expect(next.status == 0, "\(next.err)")
        #expect(Self.temporaryFiles(out).isEmpty, "\(Self.temporaryFiles(out).prefix(5))")
        let unchanged = try CLI.run(["build", folder, "--out", out])
        #expect(unchanged.status == 0 && unchanged.out.contains("kirjoitettu 0 syötettä, ennallaan 185"), "\(unchanged.out)")
        #expect(unchanged.out.contains("asiakirjat: kirjoitettu 0,"), "\(unchanged.out)")
    }

    @Test("A single output file (plan --output, agenda -o) clears what an interrupted write of it left beside it")
    func singleFiles() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let leftover = folder + "/.suunnitelma.json.\(UUID().uuidString).tmp"
        let other = folder + "/.muu.json.\(UUID().uuidString).tmp"
        for path in [leftover, other] { #expect(FileManager.default.createFile(atPath: path, contents: Data("{".utf8))) }
        let plan = try CLI.run(["plan", folder, "--from", "2026", "--to", "2026", "--format", "json",
                                "--output", folder + "/suunnitelma.json"])
        #expect(plan.status == 0, "\(plan.err)")
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(FileManager.default.fileExists(atPath: other), "another file's temporary file is not ours to remove")
    }
}
