/// One flat JSON object written straight into UTF-8 bytes, for the plan's records.
///
/// JSONEncoder builds a dictionary per record, sorts its keys and casts every value
/// dynamically; at national scale (317 000 records, 100 MB) that was two thirds of
/// `plan --format json`. The records here are flat and their keys are known, so each
/// record adds its keys in sorted order and the bytes are the same as JSONEncoder's
/// with `.sortedKeys` and `.withoutEscapingSlashes` (RenderingTests compares the two).
struct JSONObject {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var lastKey = ""

    init() { bytes.reserveCapacity(512) }

    mutating func add(_ key: String, _ value: String?) {
        open(key)
        if let value { string(value) } else { null() }
    }

    mutating func add(_ key: String, _ value: Int?) {
        open(key)
        if let value { bytes.append(contentsOf: String(value).utf8) } else { null() }
    }

    mutating func add(_ key: String, _ values: [String]) {
        open(key)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// The finished object on one line.
    var text: String {
        var bytes = self.bytes
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func open(_ key: String) {
        assert(lastKey.isEmpty || lastKey.utf8.lexicographicallyPrecedes(key.utf8), "keys out of order: \(key)")
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        lastKey = key
        string(key)
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func null() { bytes.append(contentsOf: "null".utf8) }

    /// A JSON string (RFC 8259 §7): quote, backslash and control characters escaped,
    /// everything else, `/` and non-ASCII included, as it is. Runs without escapes are
    /// copied whole: almost every text has none.
    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices where utf8[index] < 0x20 || utf8[index] == UInt8(ascii: "\"")
                || utf8[index] == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                escape(utf8[index])
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case 0x0A: bytes.append(contentsOf: [backslash, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [backslash, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [backslash, UInt8(ascii: "t")])
        case 0x08: bytes.append(contentsOf: [backslash, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [backslash, UInt8(ascii: "f")])
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: bytes.append(contentsOf: [backslash, byte])
        }
    }
}
