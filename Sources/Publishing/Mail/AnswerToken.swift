import Crypto
import Foundation

/// The link an invitation carries for one person and one meeting: answering needs no
/// sign-in, so the link is its own proof. It names the meeting, the person and the
/// generation of their links, signed with the project's key (HMAC-SHA256, cut to 128
/// bits); a changed character, another meeting or a revoked generation is refused.
public struct AnswerToken: Hashable, Sendable {
    public var meetingKey: String
    public var personID: String
    public var generation: Int

    public init(meetingKey: String, personID: String, generation: Int) {
        self.meetingKey = meetingKey
        self.personID = personID
        self.generation = generation
    }

    /// `payload.signature`, both base64url without padding.
    public func signed(key: [UInt8]) -> String {
        let payload = Data("\(meetingKey)\n\(personID)\n\(generation)".utf8)
        return Self.base64url(payload) + "." + Self.base64url(Self.mac(payload, key: key))
    }

    /// The token's contents if the signature is right; the generation is for the caller to check.
    public static func verify(_ text: String, key: [UInt8]) -> AnswerToken? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        // Only the one spelling a token was issued in: base64 can spell the same bytes in
        // several ways (the last character's unused bits), and a link is one link.
        guard parts.count == 2, text.utf8.count <= 600, let payload = data(base64url: String(parts[0])),
              let signature = data(base64url: String(parts[1])), signature.count == 16,
              base64url(payload) == parts[0], base64url(signature) == parts[1],
              Self.equal(mac(payload, key: key), signature)
        else { return nil }
        let fields = String(decoding: payload, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard fields.count == 3, let generation = Int(fields[2]) else { return nil }
        return AnswerToken(meetingKey: String(fields[0]), personID: String(fields[1]), generation: generation)
    }

    private static func mac(_ payload: Data, key: [UInt8]) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: payload, using: SymmetricKey(data: key)).prefix(16))
    }

    /// Compares in time that does not depend on where the bytes differ.
    private static func equal(_ a: Data, _ b: Data) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func base64url(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64url text: String) -> Data? {
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}
