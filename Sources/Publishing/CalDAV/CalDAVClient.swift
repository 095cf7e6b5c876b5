import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(FoundationXML)
import FoundationXML
#endif
import Rendering

/// The few WebDAV/CalDAV requests publishing needs (RFC 4918, RFC 4791): list the
/// collection's resources with their ETags, create the calendar, put a resource only if
/// it is new (`If-None-Match: *`) or unchanged since we saw it (`If-Match`), and delete.
public struct CalDAVClient: Sendable {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var method: String
        public var url: String
        public var status: Int
        public var description: String { "\(method) \(url): HTTP \(status)" }
    }

    /// The collection, ending with `/`.
    public let collection: URL
    private let authorization: String
    private let session: URLSession

    public init(collection: URL, user: String, password: String) {
        let text = collection.absoluteString
        self.collection = text.hasSuffix("/") ? collection : URL(string: text + "/")!
        authorization = "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        session = URLSession(configuration: .ephemeral, delegate: ChallengeRefuser(), delegateQueue: nil)
    }

    /// The resource of an event: its UID with `.ics` (URL encodes what a path needs).
    public func href(uid: String) -> URL {
        collection.appendingPathComponent(uid.replacingOccurrences(of: "/", with: "_") + ".ics")
    }

    /// Resource paths (decoded) and their ETags; nil if there is no collection.
    public func list() async throws -> [String: String]? {
        let body = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>
            """
        let (data, status, _) = try await send("PROPFIND", collection, body: Data(body.utf8),
                                               headers: ["Depth": "1", "Content-Type": "application/xml; charset=utf-8"])
        if status == 404 { return nil }
        guard status == 207 else { throw Failure(method: "PROPFIND", url: collection.absoluteString, status: status) }
        let reader = MultistatusReader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        guard parser.parse() else { throw Failure(method: "PROPFIND", url: collection.absoluteString, status: status) }
        // By decoded path, so that servers that encode differently compare alike.
        let own = Self.decoded(collection.path)
        var etags: [String: String] = [:]
        for (path, etag) in reader.etags where Self.decoded(path) != own { etags[Self.decoded(path)] = etag }
        return etags
    }

    public func makeCalendar(name: String) async throws {
        let body = """
            <?xml version="1.0" encoding="utf-8"?>
            <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>\
            <d:displayname>\(XMLText.escape(name))</d:displayname></d:prop></d:set></c:mkcalendar>
            """
        let (_, status, _) = try await send("MKCALENDAR", collection, body: Data(body.utf8),
                                            headers: ["Content-Type": "application/xml; charset=utf-8"])
        guard status == 201 else { throw Failure(method: "MKCALENDAR", url: collection.absoluteString, status: status) }
    }

    public enum Precondition: Sendable {
        /// Create only: `If-None-Match: *`.
        case absent
        /// Replace only what we saw: `If-Match: etag`.
        case matches(String)
    }

    /// Puts a calendar object; returns its new ETag when the server says it.
    public func put(_ text: String, at url: URL, when precondition: Precondition) async throws -> String? {
        var headers = ["Content-Type": "text/calendar; charset=utf-8"]
        switch precondition {
        case .absent: headers["If-None-Match"] = "*"
        case .matches(let etag): headers["If-Match"] = etag
        }
        let (_, status, response) = try await send("PUT", url, body: Data(text.utf8), headers: headers)
        guard status == 201 || status == 204 || status == 200 else {
            throw Failure(method: "PUT", url: url.absoluteString, status: status)
        }
        return response.value(forHTTPHeaderField: "ETag")
    }

    public func delete(_ url: URL, etag: String?) async throws {
        var headers: [String: String] = [:]
        if let etag { headers["If-Match"] = etag }
        let (_, status, _) = try await send("DELETE", url, body: nil, headers: headers)
        guard status == 204 || status == 200 || status == 404 else {
            throw Failure(method: "DELETE", url: url.absoluteString, status: status)
        }
    }

    private func send(_ method: String, _ url: URL, body: Data?, headers: [String: String]) async throws
        -> (Data, Int, HTTPURLResponse) {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        request.setValue(authorization, forHTTPHeaderField: "Authorization")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let data: Data, response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch let error as URLError where error.code == .cancelled {
            // Only a refused authentication challenge cancels: the credentials were wrong.
            throw Failure(method: method, url: url.absoluteString, status: 401)
        }
        guard let http = response as? HTTPURLResponse else {
            throw Failure(method: method, url: url.absoluteString, status: 0)
        }
        return (data, http.statusCode, http)
    }

    /// A path without percent-encoding or a trailing slash, for comparing.
    public static func decoded(_ path: String) -> String {
        let plain = path.removingPercentEncoding ?? path
        return plain.hasSuffix("/") ? String(plain.dropLast()) : plain
    }
}

/// The credentials go in the Authorization header of every request; a 401 challenge
/// means they were refused. (Foundation on Linux waits for ever when a challenge is left
/// to its default handling, so it is refused here and reported as 401.)
private final class ChallengeRefuser: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        completionHandler(.rejectProtectionSpace, nil)
    }
}

/// Reads a WebDAV multistatus: each response's href and getetag.
private final class MultistatusReader: NSObject, XMLParserDelegate {
    var etags: [String: String] = [:]
    private var href: String?
    private var etag: String?
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        text = ""
        if name == "response" && namespaceURI == "DAV:" { (href, etag) = (nil, nil) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard namespaceURI == "DAV:" else { return }
        switch name {
        case "href": href = text.trimmingCharacters(in: .whitespacesAndNewlines)
        case "getetag": etag = text.trimmingCharacters(in: .whitespacesAndNewlines)
        case "response":
            if let href { etags[href] = etag ?? "" }
        default: break
        }
    }
}
