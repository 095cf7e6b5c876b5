import CLibical
import Foundation

/// An RFC 5545 recurrence rule. Parsed, validated and expanded by libical's own
/// recurrence iterator, so that rule files mean exactly what calendar programs mean.
public struct RecurrenceRule: Hashable, Sendable, CustomStringConvertible {
    /// The rule as libical writes it back (normalised), e.g. `FREQ=WEEKLY;INTERVAL=3`.
    public let text: String
    /// Whether it repeats at most once a day: FREQ=DAILY or coarser, with no BYHOUR,
    /// BYMINUTE or BYSECOND. Meetings must; an import may not repeat by the second or minute.
    public let isAtMostDaily: Bool
    /// Whether it repeats by the second or minute (FREQ, BYSECOND or BYMINUTE), which no
    /// calendar we read has reason to; refused everywhere, as it would expand unbounded.
    public let isSubHourly: Bool

    /// Accepts `FREQ=…` with or without a leading `RRULE:`; nil when libical rejects it.
    public init?(_ source: String) {
        _ = libicalConfigured
        var body = source.trimmingCharacters(in: .whitespaces)
        if body.uppercased().hasPrefix("RRULE:") { body = String(body.dropFirst(6)) }
        guard !body.isEmpty else { return nil }
        icalerror_clear_errno()
        var rule = icalrecurrencetype_from_string(body)
        guard rule.freq != ICAL_NO_RECURRENCE, icalerrno_return().pointee == ICAL_NO_ERROR else { return nil }
        let short = Int16(ICAL_RECURRENCE_ARRAY_MAX.rawValue)
        let byMinute = rule.by_minute.0 != short, bySecond = rule.by_second.0 != short
        isSubHourly = rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE || byMinute || bySecond
        isAtMostDaily = !isSubHourly && rule.freq != ICAL_HOURLY_RECURRENCE && rule.by_hour.0 == short
        guard let normalised = icalrecurrencetype_as_string_r(&rule) else { return nil }
        defer { free(normalised) }
        self.text = String(cString: normalised)
    }

    /// Every N weeks from the start day, as the RRULE `FREQ=WEEKLY;INTERVAL=N`.
    public static func everyWeeks(_ n: Int) -> RecurrenceRule {
        RecurrenceRule("FREQ=WEEKLY;INTERVAL=\(n)")!
    }

    /// The days the rule produces from `start` up to and including `last`. The iterator is
    /// stepped at most `maxSteps` times, so that even a rule that slipped past the checks
    /// cannot run unbounded.
    public func days(start: Day, through last: Day) -> [Day] {
        Expansions.shared.days(of: self, start: start, last: last) { expand(start: start, through: last) }
    }

    private func expand(start: Day, through last: Day) -> [Day] {
        _ = libicalConfigured
        let rule = icalrecurrencetype_from_string(text)
        // A DATE value (YYYYMMDD) parsed by libical itself, so every field is as it expects.
        let dtstart = icaltime_from_string(start.iso.replacingOccurrences(of: "-", with: ""))
        guard let iterator = icalrecur_iterator_new(rule, dtstart) else { return [] }
        defer { icalrecur_iterator_free(iterator) }
        var result: [Day] = []
        let maxSteps = max(10_000, (last.ordinal - start.ordinal + 1) * 2)
        for _ in 0..<maxSteps {
            let next = icalrecur_iterator_next(iterator)
            if icaltime_is_null_time(next) != 0 { break }
            guard let day = Day(year: Int(next.year), month: Int(next.month), day: Int(next.day)) else { break }
            if day > last { break }
            if day >= start { result.append(day) }
        }
        return result
    }

    public var description: String { text }
}

/// The expansions made so far in this process. Networks share cadences and starts (a
/// national plan expands one rule for a hundred networks), and libical's iterator, ICU
/// underneath, takes about a millisecond for ten years of a rule.
private final class Expansions: @unchecked Sendable {
    static let shared = Expansions()

    private struct Key: Hashable {
        var rule: String
        var start: Day
        var last: Day
    }

    private let lock = NSLock()
    private var known: [Key: [Day]] = [:]

    func days(of rule: RecurrenceRule, start: Day, last: Day, expand: () -> [Day]) -> [Day] {
        let key = Key(rule: rule.text, start: start, last: last)
        if let days = lock.withLock({ known[key] }) { return days }
        let days = expand()
        lock.withLock {
            if known.count >= 10_000 { known.removeAll() }  // a long-running server's rules come and go
            known[key] = days
        }
        return days
    }
}

/// libical aborts on some errors unless told not to; configured once per process.
let libicalConfigured: Void = {
    icalerror_set_errors_are_fatal(0)
}()
