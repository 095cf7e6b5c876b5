import Foundation
import Rules

/// Turns a local day and time in the region into an instant with its UTC offset, using
/// the system's time-zone database (Europe/Helsinki: +02:00 in winter, +03:00 in summer).
///
/// Offsets are looked up once per day and cached: clocks change at night, so a day's
/// offset is the same at every meeting time unless the day is itself a changeover day.
public final class RegionClock: @unchecked Sendable {
    public let timeZone: TimeZone
    private var daily: [Int: Int] = [:]
    private let lock = NSLock()

    public init(identifier: String) {
        timeZone = TimeZone(identifier: identifier) ?? TimeZone(identifier: "Europe/Helsinki")!
    }

    /// Seconds east of UTC in force at the local wall time `day` `time`.
    public func offsetSeconds(_ day: Day, _ time: TimeOfDay) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let known = daily[day.ordinal] { return known }
        let morning = exactOffset(day, TimeOfDay(minutes: 0)!), evening = exactOffset(day, TimeOfDay(minutes: 1439)!)
        guard morning == evening else { return exactOffset(day, time) }
        daily[day.ordinal] = morning
        return morning
    }

    private func exactOffset(_ day: Day, _ time: TimeOfDay) -> Int {
        let local = Double(day.ordinal * 86_400 + time.minutes * 60)
        // Two passes: the offset at the guessed instant, then at the corrected one.
        let guess = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local - 7200))
        return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local - Double(guess)))
    }

    /// The instant of a local wall time.
    public func date(_ day: Day, _ time: TimeOfDay) -> Date {
        Date(timeIntervalSince1970: Double(day.ordinal * 86_400 + time.minutes * 60 - offsetSeconds(day, time)))
    }

    /// `2026-03-12T13:00:00+02:00`
    public func iso8601(_ day: Day, _ time: TimeOfDay) -> String {
        let offset = offsetSeconds(day, time)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(day.iso)T\(time.description):00\(sign)\(Day.pad(minutes / 60, 2)):\(Day.pad(minutes % 60, 2))"
    }
}
