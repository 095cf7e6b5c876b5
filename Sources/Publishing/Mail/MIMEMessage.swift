import Crypto
import Foundation

/// An Internet message (RFC 5322) with MIME parts (RFC 2045–2049), written the way
/// Outlook, Gmail and Thunderbird expect an invitation (RFC 6047): a multipart/mixed
/// holding a multipart/alternative of text/plain, text/html and text/calendar (with the
/// iTIP method in both the Content-Type and the VCALENDAR), then any attachments.
///
/// No Swift package on this machine writes MIME; it is small and fixed, so it is written
/// here: every text part base64 (no line is ever too long, and UTF-8 survives every
/// relay), headers with non-ASCII words as RFC 2047 encoded-words, CRLF line ends, and
/// boundaries derived from the Message-ID, so the same message gives the same bytes.
struct MIMEMessage {
    struct Address {
        var name: String?
        var email: String
    }

    struct Attachment {
        var fileName: String
        var contentType: String
        var data: Data
    }

    var from: Address
    var replyTo: Address?
    var to: Address
    var subject: String
    /// UTC seconds.
    var date: Int
    /// Without angle brackets: `local@domain`.
    var messageID: String
    var text: String
    var html: String
    /// The VCALENDAR and its METHOD (`REQUEST`, `CANCEL`).
    var calendar: String
    var method: String
    var attachments: [Attachment] = []

    var bytes: Data {
        var s = Data()
        func line(_ text: String) { s.append(Data((text + "\r\n").utf8)) }
        let seed = SHA256.hash(data: Data(messageID.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
        let mixed = "=_mixed_" + seed, alternative = "=_alt_" + seed

        line("From: " + Self.header(from))
        if let replyTo { line("Reply-To: " + Self.header(replyTo)) }
        line("To: " + Self.header(to))
        line("Subject: " + Self.encodedWords(subject, offset: 9))
        line("Date: " + Self.rfc5322Date(date))
        line("Message-ID: <\(messageID)>")
        line("MIME-Version: 1.0")
        line("Content-Type: multipart/mixed; boundary=\"\(mixed)\"")
        line("")
        line("--" + mixed)
        line("Content-Type: multipart/alternative; boundary=\"\(alternative)\"")
        line("")
        for (type, body) in [("text/plain; charset=utf-8", text), ("text/html; charset=utf-8", html),
                             ("text/calendar; charset=utf-8; method=\(method)", calendar)] {
            line("--" + alternative)
            line("Content-Type: " + type)
            line("Content-Transfer-Encoding: base64")
            line("")
            s.append(Self.base64Lines(Data(body.utf8)))
        }
        line("--" + alternative + "--")
        for attachment in attachments {
            line("--" + mixed)
            line("Content-Type: \(attachment.contentType); name=\"\(attachment.fileName)\"")
            line("Content-Disposition: attachment; filename=\"\(attachment.fileName)\"")
            line("Content-Transfer-Encoding: base64")
            line("")
            s.append(Self.base64Lines(attachment.data))
        }
        line("--" + mixed + "--")
        return s
    }

    /// Base64 in lines of 76 characters (RFC 2045), each ended with CRLF.
    static func base64Lines(_ data: Data) -> Data {
        let encoded = Array(data.base64EncodedString().utf8)
        var out = Data(capacity: encoded.count + encoded.count / 38 + 2)
        var index = 0
        while index < encoded.count {
            let end = min(index + 76, encoded.count)
            out.append(contentsOf: encoded[index..<end])
            out.append(contentsOf: [13, 10])
            index = end
        }
        return out
    }

    /// `"Name" <a@b>` with a non-ASCII name as encoded-words; the address alone without one.
    static func header(_ address: Address) -> String {
        guard let name = address.name, !name.isEmpty else { return "<\(address.email)>" }
        let isPlain = name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 32 && $0 != "\"" && $0 != "\\" }
        let shown = isPlain ? "\"\(name)\"" : encodedWords(name, offset: 0)
        return "\(shown) <\(address.email)>"
    }

    /// RFC 2047 `=?utf-8?B?…?=` words for text that is not plain ASCII, split between
    /// characters so that no encoded word exceeds 75 characters; lines folded between words.
    static func encodedWords(_ text: String, offset: Int) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 }) && text.utf8.count + offset <= 76 {
            return text
        }
        var words: [String] = []
        var chunk = ""
        for character in text {
            let candidate = chunk + String(character)
            // 45 bytes of UTF-8 make 60 base64 characters: 72 with the "=?utf-8?B?" and "?=".
            if candidate.utf8.count > 45 {
                words.append(chunk)
                chunk = String(character)
            } else {
                chunk = candidate
            }
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?utf-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }

    static func rfc5322Date(_ seconds: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
