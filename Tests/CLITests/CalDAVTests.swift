import Foundation
import Testing
import TestSupport

/// A real Radicale (from PyPI) on a free loopback port, with one user and its own storage.
final class RadicaleFixture {
    let folder = NSTemporaryDirectory() + "vuosikello-radicale-" + UUID().uuidString
    let process = Process()
    let port: Int
    let user = "koordinaattori"
    let password = "salasana-\(UUID().uuidString.prefix(8))"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        port = try RadicaleFixture.freePort()
        try "\(user):\(password)\n".write(toFile: folder + "/users", atomically: true, encoding: .utf8)
        try password.write(toFile: folder + "/password", atomically: true, encoding: .utf8)
        try """
        [server]
        hosts = 127.0.0.1:\(port)
        [auth]
        type = htpasswd
        htpasswd_filename = \(folder)/users
        htpasswd_encryption = plain
        [storage]
        filesystem_folder = \(folder)/collections
        [rights]
        type = owner_only
        [logging]
        level = warning
        """.write(toFile: folder + "/config", atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [Peer.python, "-m", "radicale", "--config", folder + "/config"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let up = ServerFixture.eventually(30) {
            (try? ServerFixture.curl("http://127.0.0.1:\(port)/", ["-u", "\(user):\(password)"]).status) ?? 0 > 0
        }
        guard up else { throw ServerFixture.Failure(message: "Radicale did not start (pip install radicale)") }
    }

    var collection: String { "http://127.0.0.1:\(port)/\(user)/vuosikello/" }

    /// The stored events (`.ics` files) and their modification times.
    func stored() -> [String: Date] {
        let dir = folder + "/collections/collection-root/\(user)/vuosikello"
        var result: [String: Date] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where name.hasSuffix(".ics") {
            let attributes = try? FileManager.default.attributesOfItem(atPath: dir + "/" + name)
            result[name] = attributes?[.modificationDate] as? Date ?? .distantPast
        }
        return result
    }

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw ServerFixture.Failure(message: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    deinit {
        // Radicale waits for open connections on SIGTERM; the test is done with it.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: folder)
    }
}

@Suite("vuosikello publish --caldav", .serialized)
struct CalDAVTests {
    @Test("One resource per UID; a second run writes nothing; moves update, removals delete")
    func publish() throws {
        let radicale = try RadicaleFixture()
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let env = ["VUOSIKELLO_TODAY": "2026-11-22"]
        func publish() throws -> CLI.Result {
            try CLI.run(["publish", folder, "--caldav", radicale.collection, "--user", radicale.user,
                         "--password-file", radicale.folder + "/password", "--feed", "ero-mikkeli",
                         "--out", folder + "/public", "--lang", "en"], env: env)
        }
        let first = try publish()
        #expect(first.status == 0, "\(first.err)")
        // 4 meetings a year, 2026–2029.
        #expect(first.out.contains("16 created, 0 updated, 0 unchanged, 0 deleted"), "\(first.out)")
        let stored = radicale.stored()
        #expect(stored.count == 16)
        // The resource is named by the UID, whose domain is the region's (never the folder's).
        let name = try #require(stored.keys.first { $0 == "ero-mikkeli.2026.nov-dec@etela-savo.vuosikello.ics" })
        let resource = try ServerFixture.curl(radicale.collection + name, ["-u", "\(radicale.user):\(radicale.password)"])
        #expect(resource.status == 200)
        let unfolded = resource.text.replacingOccurrences(of: "\r\n ", with: "")  // RFC 5545 3.1 unfolding
        #expect(unfolded.contains("UID:" + name.dropLast(4)))
        #expect(resource.text.contains("BEGIN:VTIMEZONE") && resource.text.components(separatedBy: "BEGIN:VEVENT").count == 2)

        let second = try publish()
        #expect(second.out.contains("0 created, 0 updated, 16 unchanged, 0 deleted"), "\(second.out)")
        #expect(radicale.stored() == stored, "no resource was written again")

        // Someone edits an event by hand in the calendar: the next run puts the plan's version back.
        let auth = ["-u", "\(radicale.user):\(radicale.password)"]
        let edited = resource.text.replacingOccurrences(of: "SUMMARY:", with: "SUMMARY:Muokattu ")
        let put = try ServerFixture.curl(radicale.collection + name, auth + ["-X", "PUT", "-H", "Content-Type: text/calendar",
                                                                             "--data-binary", edited])
        #expect((200..<300).contains(put.status) && edited != resource.text)
        let restored = try publish()
        #expect(restored.out.contains("0 created, 1 updated, 15 unchanged, 0 deleted"), "\(restored.out)")
        #expect(try ServerFixture.curl(radicale.collection + name, auth).text == resource.text)

        let moved = try CLI.run(["move", "ero-mikkeli/2027/apr-may", "2027-05-06", "--force", "--rules", folder], env: env)
        #expect(moved.status == 0, "\(moved.err)")
        let third = try publish()
        #expect(third.out.contains("0 created, 1 updated, 15 unchanged, 0 deleted"), "\(third.out)")

        // The April–May window leaves the rules: its three meetings still to come leave the
        // calendar; the one held in May 2026 is history and stays.
        let rule = folder + "/networks/ero-mikkeli.yaml"
        var text = try String(contentsOfFile: rule, encoding: .utf8)
        let start = try #require(text.range(of: "    - id: apr-may"))
        let end = try #require(text.range(of: "    - id: aug-sep"))
        text.removeSubrange(start.lowerBound..<end.lowerBound)
        try text.write(toFile: rule, atomically: true, encoding: .utf8)
        let fourth = try publish()
        #expect(fourth.status == 0, "\(fourth.err)")
        // The rest stay; those whose rotating secretary changed with the gap are updated in place.
        #expect(fourth.out.contains(": 0 created, ") && fourth.out.contains(" 3 deleted"), "\(fourth.out)")
        #expect(radicale.stored().count == 13)
        #expect(radicale.stored().keys.filter { $0.contains("apr-may") } == ["ero-mikkeli.2026.apr-may@etela-savo.vuosikello.ics"])
    }

    @Test("A wrong password or an unreachable server is one clear line, exit status 1")
    func failures() throws {
        let radicale = try RadicaleFixture()
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "wrong\n".write(toFile: folder + "/wrong", atomically: true, encoding: .utf8)
        let refused = try CLI.run(["publish", folder, "--caldav", radicale.collection, "--user", radicale.user,
                                   "--password-file", folder + "/wrong", "--out", folder + "/public", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.err.hasPrefix("the CalDAV server refused: PROPFIND \(radicale.collection): HTTP 401"), "\(refused.err)")
        let missing = try CLI.run(["publish", folder, "--caldav", radicale.collection, "--user", radicale.user,
                                   "--password-file", folder + "/no-such-file", "--lang", "en"])
        #expect(missing.status == 1 && missing.err.contains("cannot read \(folder)/no-such-file"))
        let feed = try CLI.run(["publish", folder, "--caldav", radicale.collection, "--user", radicale.user,
                                "--password-file", radicale.folder + "/password", "--feed", "nosuch", "--lang", "en"])
        #expect(feed.status == 1 && feed.err.contains("there is no feed 'nosuch'"))
    }

    @Test("Events come from the build itself: a damaged feed file changes nothing, a build that fails deletes nothing")
    func nothingDeletedOnFailure() throws {
        let radicale = try RadicaleFixture()
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let env = ["VUOSIKELLO_TODAY": "2026-11-22"]
        let out = folder + "/public"
        func publish() throws -> CLI.Result {
            try CLI.run(["publish", folder, "--caldav", radicale.collection, "--user", radicale.user,
                         "--password-file", radicale.folder + "/password", "--feed", "ero-mikkeli",
                         "--out", out, "--lang", "en"], env: env)
        }
        #expect(try publish().out.contains("16 created"))
        let stored = radicale.stored()
        #expect(stored.count == 16)
        // The feed file on disk is garbled: publish never reads it back.
        try "not a calendar".write(toFile: out + "/feeds/en/ero-mikkeli.ics", atomically: true, encoding: .utf8)
        let garbled = try publish()
        #expect(garbled.status == 0 && garbled.out.contains("0 created, 0 updated, 16 unchanged, 0 deleted"), "\(garbled.out)\(garbled.err)")
        #expect(radicale.stored() == stored)
        // The feed cannot be written (a folder stands in its way): the build stops, nothing is deleted.
        try FileManager.default.removeItem(atPath: out + "/feeds/en/ero-mikkeli.ics")
        try FileManager.default.createDirectory(atPath: out + "/feeds/en/ero-mikkeli.ics/este", withIntermediateDirectories: true)
        let rule = folder + "/networks/ero-mikkeli.yaml"
        try (try String(contentsOfFile: rule, encoding: .utf8)).replacingOccurrences(of: "    - id: apr-may", with: "    - id: huhti-touko")
            .write(toFile: rule, atomically: true, encoding: .utf8)
        let failed = try publish()
        #expect(failed.status == 1, "\(failed.out)")
        #expect(failed.err.contains("cannot write \(out)/feeds/en/ero-mikkeli.ics (Is a directory)"), "\(failed.err)")
        #expect(radicale.stored() == stored, "nothing was deleted")
        // A rule that breaks: the same.
        try "title: [".write(toFile: rule, atomically: true, encoding: .utf8)
        let broken = try publish()
        #expect(broken.status == 1 && broken.err.contains("ero-mikkeli.yaml:2:1: the file is not valid YAML"), "\(broken.err)")
        #expect(radicale.stored() == stored)
    }
}
