import Foundation
import Testing
import TestSupport

/// What the server will not do: publish a rule file caught half-written, cancel many
/// meetings at once unconfirmed, run out of file handles to idle clients, link to the
/// Host a visitor made up, or linger after SIGTERM.
@Suite("Server guards", .serialized)
struct ServerGuardTests {
    static let today = ["VUOSIKELLO_TODAY": "2026-11-22"]

    static func cancelled(_ server: ServerFixture, _ network: String) throws -> Int {
        try server.curl("/feeds/public/\(network).ics").text.components(separatedBy: "STATUS:CANCELLED").count - 1
    }

    @Test("A rule file saved in two parts 3.5 s apart is never published half; a mass cancellation waits for `build`")
    func halfWrittenAndHeldBack() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServerFixture(folder: folder)
        defer { server.stop() }
        let path = folder + "/networks/ero-mikkeli.yaml"
        let whole = try String(contentsOfFile: path, encoding: .utf8)
        let before = try Self.cancelled(server, "ero-mikkeli")

        // The first part ends before `meetings:`: valid YAML, and every meeting of the network gone.
        let cut = whole.range(of: "\nmeetings:")!.lowerBound
        try String(whole[..<cut]).write(toFile: path, atomically: false, encoding: .utf8)
        Thread.sleep(forTimeInterval: 3.5)
        try whole.write(toFile: path, atomically: false, encoding: .utf8)
        // Quiet, rebuilt from the whole file: nothing was ever cancelled, on the server or on disk.
        #expect(ServerFixture.eventually(10) { server.log.contains("sivusto päivitetty") }, "\(server.log)")
        #expect(try Self.cancelled(server, "ero-mikkeli") == before)
        let onDisk = try String(contentsOfFile: folder + "/public/feeds/public/ero-mikkeli.ics", encoding: .utf8)
        #expect(!onDisk.contains("STATUS:CANCELLED") && !onDisk.contains("SEQUENCE:1"))
        #expect(server.log.contains("peruisi kerralla"), "the half file was held back: \(server.log)")

        // A network really removed: held back, in the log and on the page, until `vuosikello build`.
        try FileManager.default.removeItem(atPath: path)
        #expect(ServerFixture.eventually(15) { server.log.components(separatedBy: "peruisi kerralla").count >= 3 },
                "\(server.log)")
        #expect(try server.curl("/").text.contains("odottaa koordinaattorin vahvistusta"))
        #expect(try Self.cancelled(server, "ero-mikkeli") == before)
        let confirmed = try CLI.run(["build", folder, "--out", folder + "/public"], env: Self.today)
        #expect(confirmed.status == 0, "\(confirmed.err)")
        #expect(try ServerFixture.eventually(15) { try Self.cancelled(server, "ero-mikkeli") > before })
        #expect(try ServerFixture.eventually(10) { try !server.curl("/").text.contains("odottaa koordinaattorin") })
    }

    @Test("At a 1 024-file limit, 1 100 idle connections: a normal client is still answered, and the log says why it waited")
    func idleConnections() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServerFixture(folder: folder, fileLimit: 1024)
        defer { server.stop() }
        let script = """
            import resource, socket, sys, time, subprocess
            soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 4096), hard))
            idle = []
            for _ in range(1100):
                try:
                    idle.append(socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5))
                except OSError:
                    break
            time.sleep(1)
            start = time.time()
            r = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "40",
                                "http://127.0.0.1:" + sys.argv[1] + "/feeds/public/all.ics"], capture_output=True, text=True)
            print(r.stdout, len(idle), round(time.time() - start, 2))
            """
        let answer = String(decoding: try Peer.run(["-c", script, String(server.port)], what: "idle sockets"), as: UTF8.self)
        print("idle connections: normal client answered: \(answer)")
        #expect(answer.hasPrefix("200 "), "\(answer) \(server.log)")
        #expect(server.log.contains("avoimia yhteyksiä on enimmäismäärä (896"), "\(server.log)")
        #expect(!server.log.contains("ei ole yhtään verkoston"))
        // After the idle ones are gone, an ordinary request is answered at once.
        #expect(try server.curl("/").status == 200)
    }

    @Test("Without --base-url on every interface the links are relative; SIGTERM mid-rebuild ends the server within 2 s")
    func wildcardAndTerm() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServerFixture(folder: folder, arguments: ["--host", "0.0.0.0"])
        defer { server.stop() }
        let page = try server.curl("/", ["-H", "Host: evil.example"]).text
        #expect(page.contains("value=\"/feeds/public/all.ics\"") && !page.contains("evil.example") && !page.contains("webcal:"))

        // A database change starts a rebuild; SIGTERM while it runs.
        #expect(try CLI.run(["cancel", "johtoryhma/2027/03", "--rules", folder], env: Self.today).status == 0)
        Thread.sleep(forTimeInterval: 1.2)
        let start = Date()
        server.process.terminate()
        let deadline = Date().addingTimeInterval(2)
        while server.process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        print("SIGTERM: the server ended after \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
        #expect(!server.process.isRunning)
    }

    @Test("A rebuild over its time limit is abandoned before it writes: the last good site is served and the log says why")
    func abandoned() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServerFixture(folder: folder, arguments: ["--rebuild-limit", "0"])
        defer { server.stop() }
        let feed = try server.curl("/feeds/public/johtoryhma.ics").text
        #expect(try CLI.run(["cancel", "johtoryhma/2027/03", "--rules", folder], env: Self.today).status == 0)
        #expect(ServerFixture.eventually(10) { server.log.contains("sivuston päivitys keskeytettiin") }, "\(server.log)")
        #expect(try server.curl("/feeds/public/johtoryhma.ics").text == feed)
        let onDisk = try String(contentsOfFile: folder + "/public/feeds/public/johtoryhma.ics", encoding: .utf8)
        #expect(!onDisk.contains("STATUS:CANCELLED"))
    }
}
