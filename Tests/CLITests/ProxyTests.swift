import Foundation
import GRDB
import Testing
import TestSupport

/// The server behind a reverse proxy with HTTPS, as `docs/nginx.conf` and `docs/Caddyfile`
/// set it up (their own text, with the names, ports and certificates made local), each
/// certificate checked by curl: the links, the private feeds and the session cookie are
/// right behind the proxy, the client is the one the proxy names, and plain HTTP is
/// redirected.
@Suite("Behind nginx or Caddy with HTTPS", .serialized)
struct ProxyTests {
    @Test("nginx: pages, subscribe links, private feeds and Secure cookies over https; plain HTTP redirected")
    func behindNginx() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let proxy = try NginxFixture(folder: folder)
        defer { proxy.stop() }
        try Self.behind(proxy, folder: folder)
        // The token's path is kept out of nginx's access log; public requests are logged.
        let accessLog = (try? String(contentsOfFile: proxy.directory + "/access.log", encoding: .utf8)) ?? ""
        #expect(accessLog.contains("/feeds/public/johtoryhma.ics") && !accessLog.contains("/private/"))
    }

    @Test("Caddy: the same, with Caddy's own certificate authority")
    func behindCaddy() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let proxy = try CaddyFixture(folder: folder)
        defer { proxy.stop() }
        try Self.behind(proxy, folder: folder)
    }

    /// Everything a member, a coordinator and a prober meet through the proxy.
    static func behind(_ proxy: some ReverseProxy, folder: String) throws {
        let base = "https://127.0.0.1:\(proxy.httpsPort)"
        let server = try ServerFixture(folder: folder, arguments: ["--base-url", base, "--trusted-proxy"])
        defer { server.stop() }
        try proxy.start(upstream: server.port)

        // Plain HTTP only redirects, to the same path on the https site.
        let plain = try ServerFixture.curl("http://127.0.0.1:\(proxy.httpPort)/workspace?x=1")
        #expect([301, 308].contains(plain.status))
        #expect(plain.headers["location"].map(proxy.redirects) == true, "\(plain.headers)")
        // The front page through the proxy: every link on the https address, webcal too.
        let page = try proxy.curl("/")
        #expect(page.status == 200)
        #expect(page.text.contains("\(base)/feeds/public/johtoryhma.ics"))
        #expect(page.text.contains("webcal://127.0.0.1:\(proxy.httpsPort)/feeds/public/johtoryhma.ics"))
        #expect(!page.text.contains("127.0.0.1:\(server.port)"), "the upstream's address leaked into the page")
        #expect(page.headers["strict-transport-security"] == "max-age=31536000")
        let feed = try proxy.curl("/feeds/public/johtoryhma.ics")
        #expect(feed.status == 200 && feed.text.hasPrefix("BEGIN:VCALENDAR"))
        // Conditional requests pass through the proxy.
        let etag = try #require(feed.headers["etag"])
        #expect(try proxy.curl("/feeds/public/johtoryhma.ics", ["-H", "If-None-Match: \(etag)"]).status == 304)

        // A private feed: the printed links are on the https site and work there.
        let issued = try CLI.run(["token", "issue", "koordinaattori", "--rules", folder], env: ["VUOSIKELLO_BASE_URL": base])
        #expect(issued.status == 0, "\(issued.err)")
        let link = try #require(issued.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix("\(base)/private/") && $0.hasSuffix("/feeds/people/koordinaattori.ics") })
        #expect(ServerFixture.eventually {
            (try? ServerFixture.curl(link, ["--cacert", proxy.certificate]))?.status == 200
        }, "the private feed did not answer through the proxy")

        // Signing in over https: the session cookie is Secure, HttpOnly, on /workspace.
        let added = try CLI.run(["user", "add", "koordinaattori", "--role", "coordinator", "--rules", folder],
                                input: "salasana-joka-on-pitka\n")
        #expect(added.status == 0, "\(added.err)")
        let jar = folder + "/cookies.txt"
        let form = try proxy.curl("/workspace/signin", ["-c", jar, "-b", jar])
        #expect(form.status == 200)
        let cookie = try #require(form.headers["set-cookie"])
        #expect(cookie.contains("; Secure") && cookie.contains("; HttpOnly") && cookie.contains("Path=/workspace"), "\(cookie)")
        let csrf = try #require(Self.hiddenValue("_csrf", in: form.text))
        let signedIn = try proxy.curl("/workspace/signin", ["-c", jar, "-b", jar,
                                                            "--data-urlencode", "_csrf=\(csrf)",
                                                            "--data-urlencode", "account=koordinaattori",
                                                            "--data-urlencode", "password=salasana-joka-on-pitka",
                                                            "--data-urlencode", "next=/workspace"])
        #expect(signedIn.status == 303, "\(signedIn.status) \(signedIn.text.prefix(300))")
        #expect(signedIn.headers["set-cookie"]?.contains("; Secure") == true)
        let plan = try proxy.curl("/workspace", ["-b", jar])
        #expect(plan.status == 200 && plan.text.contains("johtoryhma"), "\(plan.status)")

        // A failed sign-in is counted against the client the proxy names, whatever X-Forwarded-For
        // the client itself sent; a request straight from loopback is taken as the proxy's.
        let again = try proxy.curl("/workspace/signin", ["-c", jar + "2", "-b", jar + "2"])
        let csrf2 = try #require(Self.hiddenValue("_csrf", in: again.text))
        _ = try proxy.curl("/workspace/signin", ["-c", jar + "2", "-b", jar + "2", "-H", "X-Forwarded-For: 203.0.113.9",
                                                 "--data-urlencode", "_csrf=\(csrf2)", "--data-urlencode", "account=koordinaattori",
                                                 "--data-urlencode", "password=vaara-salasana-123"])
        // Straight to the server from loopback (where only the proxy should be), the
        // forwarded address is believed.
        let direct = try server.curl("/workspace/signin")
        let session = try #require(direct.headers["set-cookie"]?.components(separatedBy: ";").first)
        let csrf3 = try #require(Self.hiddenValue("_csrf", in: direct.text))
        _ = try server.curl("/workspace/signin", ["-H", "Cookie: \(session)", "-H", "X-Forwarded-For: 198.51.100.7",
                                                  "--data-urlencode", "_csrf=\(csrf3)", "--data-urlencode", "account=koordinaattori",
                                                  "--data-urlencode", "password=vaara-salasana-123"])
        let counted = try DatabaseQueue(path: folder + "/vuosikello-sessions.sqlite").read { db in
            try String.fetchAll(db, sql: "SELECT key FROM signInFailure WHERE key LIKE 'address:%' ORDER BY rowid")
        }
        #expect(counted == ["address:127.0.0.1", "address:198.51.100.7"], "\(counted)")

        // A request the proxy says came over plain HTTP is sent to https, not answered.
        let forwarded = try server.curl("/workspace", ["-H", "X-Forwarded-Proto: http"])
        #expect(forwarded.status == 308)
        #expect(forwarded.headers["location"] == "\(base)/workspace")
    }

    static func hiddenValue(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: #"name="\#(name)" value="[^"]*""#, options: .regularExpression) else { return nil }
        return html[range].components(separatedBy: "value=\"").last.map { String($0.dropLast()) }
    }
}

/// A proxy in front of the server: its two ports, its certificate, and curl through it.
protocol ReverseProxy {
    var httpPort: Int { get }
    var httpsPort: Int { get }
    /// The certificate (or certificate authority) curl checks the https side against.
    var certificate: String { get }
    func start(upstream: Int) throws
    /// Whether a plain-HTTP redirect's target is the https site with the path kept.
    func redirects(_ location: String) -> Bool
}

extension ReverseProxy {
    /// A request to the https side, the certificate checked.
    func curl(_ path: String, _ arguments: [String] = []) throws -> ServerFixture.Reply {
        try ServerFixture.curl("https://127.0.0.1:\(httpsPort)" + path, ["--cacert", certificate] + arguments)
    }

    /// Replaces each documented text, failing when the documentation no longer has it.
    static func adapted(_ documented: String, _ replacements: [(String, String)], file: String) throws -> String {
        var text = documented
        for (from, to) in replacements {
            guard text.contains(from) else { throw ServerFixture.Failure(message: "\(file) no longer has \(from)") }
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text
    }

    /// Waits until the https side answers.
    func awaitStarted(_ log: () -> String) throws {
        guard ServerFixture.eventually(15, { (try? curl("/"))?.status == 200 }) else {
            throw ServerFixture.Failure(message: "the proxy did not start: \(log())")
        }
    }
}

/// nginx on two free loopback ports (plain and TLS), configured from `docs/nginx.conf`, with
/// a self-signed certificate for 127.0.0.1 made by openssl.
/// The proxy's process, ended with SIGKILL: a proxy started by the test runner keeps the
/// signal mask it inherited, where SIGTERM may be blocked (nginx without its master process
/// then never ends). Both write their logs unbuffered.
class ProxyProcess: @unchecked Sendable {
    var process: Process?

    func stop() {
        guard let process, process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { stop() }
}

final class NginxFixture: ProxyProcess, ReverseProxy, @unchecked Sendable {
    let directory: String
    let httpPort: Int
    let httpsPort: Int
    var certificate: String { directory + "/cert.pem" }

    init(folder: String) throws {
        directory = folder + "/nginx"
        try FileManager.default.createDirectory(atPath: directory + "/tmp", withIntermediateDirectories: true)
        let ports = try Self.freePorts(2)
        (httpPort, httpsPort) = (ports[0], ports[1])
        super.init()
        _ = try Peer.runProgram("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                                     "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                                                     "-keyout", directory + "/key.pem", "-out", certificate],
                                what: "openssl")
    }

    /// Starts nginx in front of the server at `upstream`.
    func start(upstream: Int) throws {
        let documented = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent("docs/nginx.conf").path,
                                    encoding: .utf8)
        let replacements: [(String, String)] = [
            ("    listen [::]:80;\n", ""), ("    listen [::]:443 ssl http2;\n", ""),
            ("listen 80;", "listen 127.0.0.1:\(httpPort);"),
            ("listen 443 ssl http2;", "listen 127.0.0.1:\(httpsPort) ssl http2;"),
            ("https://kalenteri.example.fi$request_uri", "https://127.0.0.1:\(httpsPort)$request_uri"),
            ("/etc/ssl/certs/kalenteri.example.fi.pem", certificate),
            ("/etc/ssl/private/kalenteri.example.fi.key", directory + "/key.pem"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:\(upstream)"),
        ]
        let site = try Self.adapted(documented, replacements, file: "docs/nginx.conf")
        try site.write(toFile: directory + "/site.conf", atomically: true, encoding: .utf8)
        // One process in the foreground (no user switch, no daemon), everything in the test's folder.
        try """
            daemon off;
            master_process off;
            pid \(directory)/nginx.pid;
            error_log \(directory)/error.log;
            events {}
            http {
                access_log \(directory)/access.log;
                client_body_temp_path \(directory)/tmp/body;
                proxy_temp_path \(directory)/tmp/proxy;
                fastcgi_temp_path \(directory)/tmp/fastcgi;
                uwsgi_temp_path \(directory)/tmp/uwsgi;
                scgi_temp_path \(directory)/tmp/scgi;
                include \(directory)/site.conf;
            }
            """.write(toFile: directory + "/nginx.conf", atomically: true, encoding: .utf8)
        let nginx = Process()
        nginx.executableURL = URL(fileURLWithPath: "/usr/sbin/nginx")
        nginx.arguments = ["-p", directory, "-c", directory + "/nginx.conf"]
        nginx.standardOutput = FileHandle.nullDevice
        nginx.standardError = FileHandle.nullDevice
        try nginx.run()
        process = nginx
        try awaitStarted { (try? String(contentsOfFile: directory + "/error.log", encoding: .utf8)) ?? "" }
    }

    func redirects(_ location: String) -> Bool { location == "https://127.0.0.1:\(httpsPort)/workspace?x=1" }


    /// Ports the system says are free now (bound and released at once).
    static func freePorts(_ count: Int) throws -> [Int] {
        let script = """
            import socket
            sockets = [socket.socket() for _ in range(\(count))]
            for s in sockets: s.bind(("127.0.0.1", 0))
            print(" ".join(str(s.getsockname()[1]) for s in sockets))
            """
        let output = String(decoding: try Peer.run(["-c", script], what: "free ports"), as: UTF8.self)
        return output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    }
}

/// Caddy on two free loopback ports, configured from `docs/Caddyfile`, with its own local
/// certificate authority (`tls internal`) in the test's folder; curl trusts that root.
final class CaddyFixture: ProxyProcess, ReverseProxy, @unchecked Sendable {
    let directory: String
    let httpPort: Int
    let httpsPort: Int
    var certificate: String { directory + "/data/caddy/pki/authorities/local/root.crt" }

    init(folder: String) throws {
        directory = folder + "/caddy"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let ports = try NginxFixture.freePorts(2)
        (httpPort, httpsPort) = (ports[0], ports[1])
        super.init()
    }

    func start(upstream: Int) throws {
        let documented = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent("docs/Caddyfile").path,
                                    encoding: .utf8)
        let site = try Self.adapted(documented, [
            ("kalenteri.example.fi {", "https://127.0.0.1:\(httpsPort) {\n\ttls internal"),
            ("reverse_proxy 127.0.0.1:8080", "reverse_proxy 127.0.0.1:\(upstream)"),
        ], file: "docs/Caddyfile")
        // Local ports, no admin endpoint, nothing installed into the system's trust store.
        let global = "{\n\thttp_port \(httpPort)\n\thttps_port \(httpsPort)\n\tadmin off\n\tskip_install_trust\n}\n"
        try (global + site).write(toFile: directory + "/Caddyfile", atomically: true, encoding: .utf8)
        let caddy = Process()
        caddy.executableURL = URL(fileURLWithPath: "/usr/bin/caddy")
        caddy.arguments = ["run", "--config", directory + "/Caddyfile", "--adapter", "caddyfile"]
        var environment = ProcessInfo.processInfo.environment
        for name in ["HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"] { environment[name] = directory + (name == "HOME" ? "" : "/data") }
        caddy.environment = environment
        let log = directory + "/caddy.log"
        FileManager.default.createFile(atPath: log, contents: nil)
        caddy.standardOutput = FileHandle(forWritingAtPath: log)
        caddy.standardError = FileHandle(forWritingAtPath: log)
        try caddy.run()
        process = caddy
        try awaitStarted { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
    }

    /// Caddy's own redirect names the https site without its (test) port.
    func redirects(_ location: String) -> Bool {
        location.hasPrefix("https://127.0.0.1") && location.hasSuffix("/workspace?x=1")
    }

}
