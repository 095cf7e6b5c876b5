import Testing
@testable import Rules

/// Signatures are stored (the published events' hashes, the plan's slots), so the next
/// run must compute the very same values: FNV-1a over the UTF-8 bytes, then a separator.
@Suite("Signatures")
struct SignatureTests {
    /// FNV-1a, byte by byte, as the stored values were made.
    static func reference(_ texts: [String]) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in texts {
            for byte in Array(text.utf8) + [0x1F] { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return value
    }

    @Test("A text's signature is FNV-1a over its bytes and a separator, for short, long and non-ASCII texts")
    func texts() {
        let samples = ["", "a", "Johtoryhmä", "lape-savonlinna.2026.1@example.org",
                       String(repeating: "Åbo ö ä 🙂 ", count: 40), String("  osa tekstiä  ".dropFirst(2))]
        for sample in samples {
            var signature = Signature()
            signature.add(sample)
            #expect(signature.value == Self.reference([sample]), "\(sample)")
        }
        var all = Signature()
        for sample in samples { all.add(sample) }
        #expect(all.value == Self.reference(samples))
        // One value pinned: a change to the formula would make every stored hash differ.
        var pinned = Signature()
        pinned.add("a")
        #expect(pinned.description == "089be907b544fdc9")
    }

    @Test("A signature's 16 hex digits read back as the same value; anything else is refused")
    func hex() {
        for value: UInt64 in [0, 1, 0xcbf2_9ce4_8422_2325, .max, 0x0123_4567_89ab_cdef] {
            #expect(Signature(hex: Signature(value: value).description)?.value == value)
        }
        #expect(Signature(hex: "0123456789ABCDEF")?.value == 0x0123_4567_89ab_cdef)
        for bad in ["", "123", "0123456789abcdef0", "0123456789abcdeg", "+123456789abcdef", "0123456789abcdé"] {
            #expect(Signature(hex: bad) == nil, "\(bad)")
        }
    }
}
