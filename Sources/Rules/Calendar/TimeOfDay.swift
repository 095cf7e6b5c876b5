/// A wall-clock time in the region's time zone, in minutes after midnight.
public struct TimeOfDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0..<(24 * 60)).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// Accepts `13:00`, `9:30` and the Finnish `13.00`.
    public init?(text: String) {
        let separators: Set<Character> = [":", "."]
        let parts = text.split(whereSeparator: { separators.contains($0) })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `13:00`
    public var description: String { "\(Day.pad(hour, 2)):\(Day.pad(minute, 2))" }
    /// `13.00`, as Finnish texts write times.
    public var finnish: String { "\(hour).\(Day.pad(minute, 2))" }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
