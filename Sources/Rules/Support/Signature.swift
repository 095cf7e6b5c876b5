/// A fingerprint: 64-bit FNV-1a over values fed field by field, stable across runs and
/// platforms (Swift's own hashes are seeded per process), so that it can be stored and
/// compared by the next run. Cheap enough to compute for every meeting of a national plan.
public struct Signature: Hashable, Sendable, CustomStringConvertible, Codable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public init(value: UInt64) { self.value = value }

    /// Parses the 16 hex digits `description` writes, byte by byte (a national plan's
    /// 10^5 stored slots are read on every build).
    public init?(hex: String) {
        var value: UInt64 = 0, count = 0
        for byte in hex.utf8 {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            count += 1
            guard count <= 16 else { return nil }
            value = value << 4 | UInt64(digit)
        }
        guard count == 16 else { return nil }
        self.value = value
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = Signature(hex: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a signature"))
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The value as SQLite stores integers (the same 64 bits, signed).
    public var stored: Int64 { Int64(bitPattern: value) }

    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public mutating func add(_ text: String) {
        // The bytes in place where the string has them so (every native string does): the
        // view's own iteration checks each byte's position, some of the feed hashing's time.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var v = value
            for byte in bytes { v = Self.mixed(v, byte) }
            value = v
        }
        if done == nil { for byte in text.utf8 { add(byte: byte) } }
        add(byte: 0x1F)
    }

    public mutating func add(_ number: Int) {
        var bits = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            add(byte: UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    private mutating func add(byte: UInt8) { value = Self.mixed(value, byte) }

    /// One step of FNV-1a.
    @inline(__always)
    private static func mixed(_ value: UInt64, _ byte: UInt8) -> UInt64 { (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
}
