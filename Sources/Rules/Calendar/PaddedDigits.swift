/// Zero-padded numbers written straight into a string's bytes: a national plan writes a
/// date or a time for every meeting and task, and interpolating the padded pieces
/// allocated a string for each.
public enum PaddedDigits {
    /// Writes `value` (0 ≤ value < 10^width) as `width` digits from `offset`, then
    /// `separator` if any; returns the offset after them.
    @inlinable
    public static func write(_ value: Int, width: Int, then separator: UInt8? = nil,
                             into bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        var value = value
        for k in stride(from: offset + width - 1, through: offset, by: -1) {
            bytes[k] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
        guard let separator else { return offset + width }
        bytes[offset + width] = separator
        return offset + width + 1
    }
}
