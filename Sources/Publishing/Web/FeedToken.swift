import Crypto
import Foundation

/// The secret in a person's private feed address. 256 random bits, URL-safe; only its
/// SHA-256 is stored, and a presented token is checked against every stored hash in
/// constant time, so that neither the database nor response timing gives it away.
public enum FeedToken {
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    public static func hash(_ token: String) -> [UInt8] { Array(SHA256.hash(data: Data(token.utf8))) }

    /// The hash as the database keeps it.
    public static func storedHash(_ token: String) -> String { Hex.string(hash(token)) }

    /// The database's hashes, for `owner(of:among:)`; a damaged row is left out.
    public static func hashes(_ stored: [(person: String, hex: String)]) -> [(person: String, hash: [UInt8])] {
        stored.compactMap { entry in Hex.bytes(entry.hex).map { (entry.person, $0) } }
    }

    /// Equal without an early exit: the time depends only on the lengths.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    /// The person whose token this is: every stored hash is compared, whatever matches.
    public static func owner(of token: String, among stored: [(person: String, hash: [UInt8])]) -> String? {
        let presented = hash(token)
        var found: String?
        for entry in stored where constantTimeEqual(presented, entry.hash) && found == nil { found = entry.person }
        return found
    }
}
