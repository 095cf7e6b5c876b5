import Foundation
import Rules

/// When an event was first published and last changed, and its version: what makes
/// clients update an event in place instead of adding a duplicate.
public struct EventStamp: Hashable, Sendable {
    public var sequence: Int
    /// Seconds since 1970, UTC.
    public var created: Int
    public var modified: Int

    public init(sequence: Int, created: Int, modified: Int) {
        self.sequence = sequence
        self.created = created
        self.modified = modified
    }

    /// `20261122T081500Z`, the form DTSTAMP takes; also how the database keeps it.
    public static func utcText(_ seconds: Int) -> String {
        let day = Int(floor(Double(seconds) / 86_400))
        let rest = seconds - day * 86_400
        let d = Day(ordinal: day)
        return "\(Day.pad(d.year, 4))\(Day.pad(d.month, 2))\(Day.pad(d.day, 2))T"
            + "\(Day.pad(rest / 3600, 2))\(Day.pad(rest / 60 % 60, 2))\(Day.pad(rest % 60, 2))Z"
    }

    public static func seconds(utcText text: String) -> Int? {
        let b = Array(text.utf8)
        guard b.count == 16, b[8] == UInt8(ascii: "T"), b[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                value = value * 10 + Int(b[i] - 48)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(4..<6), let d = number(6..<8), let hh = number(9..<11),
              let mm = number(11..<13), let ss = number(13..<15), let day = Day(year: y, month: m, day: d) else { return nil }
        return day.ordinal * 86_400 + hh * 3600 + mm * 60 + ss
    }
}
