import Rules

/// A fingerprint of everything that decides where a meeting may go. When it is
/// unchanged, the meeting keeps its place from the previous plan.
///
/// 64-bit FNV-1a over the rule values, fed field by field: stable across runs and
/// platforms, and cheap enough to compute for every meeting of a national plan.
public struct Signature: Hashable, Sendable, CustomStringConvertible, Codable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public init(value: UInt64) { self.value = value }

    /// Parses the 16 hex digits `description` writes.
    public init?(hex: String) {
        guard hex.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
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
        for byte in text.utf8 { add(byte: byte) }
        add(byte: 0x1F)
    }

    public mutating func add(_ number: Int) {
        var bits = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            add(byte: UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    private mutating func add(byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    /// The part every meeting of a network shares.
    static func of(_ rules: MeetingRules) -> Signature {
        var s = Signature()
        for n in [rules.durationMinutes, rules.earliest.minutes, rules.latest.minutes, rules.minSpacingDays] { s.add(n) }
        for d in rules.allowedWeekdays { s.add(d.rawValue) }
        s.add("|")
        for d in rules.preferredWeekdays { s.add(d.rawValue) }
        s.add("|")
        for t in rules.preferredTimes { s.add(t.minutes) }
        switch rules.avoidSchoolHolidays {
        case nil: s.add("-")
        case .all?: s.add("all")
        case .only(let list)?: for m in list.sorted() { s.add(m) }
        }
        return s
    }

    /// One meeting: the network's part, then its own window, mode and expected people.
    static func of(_ o: Occurrence, network: Signature, blocking: [String]) -> Signature {
        var s = network
        s.add(o.key)
        s.add(o.window.from.ordinal)
        s.add(o.window.to.ordinal)
        s.add(o.mode.rawValue)
        for person in blocking.sorted() { s.add(person) }
        return s
    }
}
