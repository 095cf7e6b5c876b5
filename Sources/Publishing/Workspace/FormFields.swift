import Foundation
import Hummingbird

/// The fields of a submitted form (`application/x-www-form-urlencoded`), decoded by
/// Hummingbird's form decoder. A field given more than once keeps every value, in order.
public struct FormFields: Sendable {
    private var values: [String: [String]] = [:]

    public init() {}

    public init(_ body: String) throws {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            // Each pair decoded by itself: repeated names (checkboxes) keep every value.
            let one = try URLEncodedFormDecoder().decode([String: String].self, from: String(pair))
            for (name, value) in one { values[name, default: []].append(value) }
        }
    }

    public subscript(_ name: String) -> String? { values[name]?.first }

    public func all(_ name: String) -> [String] { values[name] ?? [] }

    /// The value with surrounding spaces trimmed; nil when empty.
    public func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
