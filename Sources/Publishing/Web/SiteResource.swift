import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// One thing the server can send, held in memory with its validators: a strong ETag
/// from the bytes (128 bits of SHA-256), and Last-Modified from when those bytes first appeared.
public struct SiteResource: Sendable {
    public let body: ByteBuffer
    public let contentType: String
    public let etag: String
    public let lastModified: Date
    public let cacheControl: String
    /// `Sun, 22 Nov 2026 09:00:00 GMT`, formatted once.
    public let lastModifiedText: String
    /// The headers of a 200 and of a 304, made once: a request only looks the resource up
    /// and compares its validators, so that a 304 costs no more than the lookup.
    let okHeaders: HTTPFields
    let notModifiedHeaders: HTTPFields

    public init(bytes: [UInt8], contentType: String, lastModified: Date, cacheControl: String) {
        body = ByteBuffer(bytes: bytes)
        self.contentType = contentType
        etag = "\"" + Hex.string(SHA256.hash(data: bytes).prefix(16)) + "\""
        self.lastModified = lastModified
        self.cacheControl = cacheControl
        lastModifiedText = HTTPDate.format(lastModified)
        notModifiedHeaders = [.eTag: etag, .lastModified: lastModifiedText, .cacheControl: cacheControl]
        var ok = notModifiedHeaders
        ok[.contentType] = contentType
        ok[.contentLength] = String(bytes.count)
        okHeaders = ok
    }

    /// Conditional GET (RFC 9110 13.1): whether the client's copy is this one, by
    /// If-None-Match (weak comparison, or `*`) or, without that header, by a Last-Modified
    /// not after If-Modified-Since.
    func isNotModified(_ request: HTTPFields) -> Bool {
        if let tags = request[.ifNoneMatch] {
            if tags == etag { return true }
            return tags.split(separator: ",").contains { tag in
                let t = tag.trimmingCharacters(in: .whitespaces)
                return t == "*" || t == etag || t == "W/" + etag
            }
        }
        if let since = request[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return lastModified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
        }
        return false
    }

    public var size: Int { body.readableBytes }
}

/// RFC 9110's date format (IMF-fixdate), by Foundation with a fixed locale and zone. One
/// formatter serves every request (an If-Modified-Since is parsed per request, and making
/// a formatter costs more than the rest of a 304); a DateFormatter is not to be shared
/// between threads unguarded, hence the lock.
public enum HTTPDate {
    private static let formatter: Locked<DateFormatter> = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return Locked(formatter)
    }()

    public static func format(_ date: Date) -> String { formatter.withLock { $0.string(from: date) } }

    public static func parse(_ text: String) -> Date? { formatter.withLock { $0.date(from: text) } }
}
