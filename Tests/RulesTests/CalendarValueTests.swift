import Foundation
import Testing
@testable import Rules

@Suite("Days, months and times")
struct CalendarValueTests {
    @Test("Day agrees with Foundation's Gregorian calendar on every day 1990–2060")
    func dayMatchesFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var date = calendar.date(from: DateComponents(year: 1990, month: 1, day: 1))!
        let end = calendar.date(from: DateComponents(year: 2060, month: 12, day: 31))!
        var ordinal = Day(year: 1990, month: 1, day: 1)!.ordinal
        while date <= end {
            let c = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let day = Day(ordinal: ordinal)
            #expect(day.components == (c.year!, c.month!, c.day!))
            #expect(day.iso == String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!))
            // Foundation: Sunday = 1; ISO: Monday = 1.
            #expect(day.weekday.rawValue == (c.weekday! + 5) % 7 + 1)
            date = calendar.date(byAdding: .day, value: 1, to: date)!
            ordinal += 1
        }
    }

    @Test("Dates that do not exist are rejected")
    func nonexistentDates() {
        #expect(Day(iso: "2026-02-29") == nil)
        #expect(Day(iso: "2028-02-29") != nil)
        #expect(Day(iso: "2026-04-31") == nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "26-01-01") == nil)
        for text in ["2026-1-015", "2026-01-5", "2026/01/05", "2026-01-05 ", "+026-01-05", "2026-0a-05", "2026-01-05-",
                     "", "٢٠٢٦-01-05"] {
            #expect(Day(iso: text) == nil, "\(text)")
        }
        #expect(Day(iso: "2026-01-05")?.description == "2026-01-05")
        #expect(Day(iso: "0099-12-31") == Day(year: 99, month: 12, day: 31))
        #expect(Day(year: 99, month: 12, day: 31)?.iso == "0099-12-31")
        #expect(Day(year: 12026, month: 1, day: 5)?.iso == "12026-01-05")
        #expect(MonthDay(text: "02-30") == nil)
        #expect(MonthDay(text: "02-29")?.inYear(2026) == Day(iso: "2026-02-28"))
    }

    @Test("Times of day in both Finnish and international notation")
    func times() {
        #expect(TimeOfDay(text: "13:00")?.minutes == 780)
        #expect(TimeOfDay(text: "9.30")?.minutes == 570)
        #expect(TimeOfDay(text: "24:00") == nil)
        #expect(TimeOfDay(text: "9") == nil)
        #expect(TimeOfDay(minutes: 570)?.finnish == "9.30")
    }

    @Test("Month and weekday names in three languages")
    func names() {
        #expect(Month.number(from: "marraskuu") == 11)
        #expect(Month.number(from: "Nov") == 11)
        #expect(Month.number(from: "13") == nil)
        #expect(Weekday(name: "ti") == .tuesday)
        #expect(Weekday(name: "torsdag") == .thursday)
        #expect(Weekday(name: "someday") == nil)
    }

    @Test("Yearly periods that wrap over New Year")
    func yearlyPeriods() {
        let christmas = YearlyPeriod(from: MonthDay(month: 12, day: 22)!, to: MonthDay(month: 1, day: 6)!)
        #expect(christmas.wrapsNewYear)
        let touching = christmas.occurrences(touching: 2027)
        #expect(touching.contains { $0.contains(Day(iso: "2027-01-03")!) })
        #expect(touching.contains { $0.contains(Day(iso: "2027-12-30")!) })
        #expect(!touching.contains { $0.contains(Day(iso: "2027-06-01")!) })
    }
}

@Suite("Phrases in rule files")
struct PhraseTests {
    @Test("Durations", arguments: [("2h", 120), ("90min", 90), ("1h 30min", 90), ("1,5h", 90), ("45", 45)])
    func durations(text: String, minutes: Int) {
        #expect(DurationText.minutes(text) == minutes)
    }

    @Test("Spans of days", arguments: [("3 weeks", 21), ("14d", 14), ("1 week", 7), ("2 viikkoa", 14), ("10", 10)])
    func spans(text: String, days: Int) {
        #expect(DurationText.days(text) == days)
    }

    @Test("Nonsense durations are rejected")
    func badDurations() {
        #expect(DurationText.minutes("two hours") == nil)
        #expect(DurationText.minutes("2 fortnights") == nil)
        #expect(DurationText.days("") == nil)
    }

    @Test("Cadences")
    func cadences() {
        #expect(CadenceText.parse("monthly") == .monthly)
        #expect(CadenceText.parse("Mainly monthly") == .monthly)
        #expect(CadenceText.parse("twice a month") == .twiceAMonth)
        #expect(CadenceText.parse("every 3 weeks") == .everyWeeks(3))
        #expect(CadenceText.parse("4 per year") == .perYear(4))
        #expect(CadenceText.parse("3 times a year") == .perYear(3))
        #expect(CadenceText.parse("FREQ=WEEKLY;INTERVAL=2") == .rrule("FREQ=WEEKLY;INTERVAL=2"))
        #expect(CadenceText.parse("every now and then") == nil)
        #expect(CadenceText.parse("0 per year") == nil)
    }

    @Test("Year rules: parity, base year, every N years, listed years")
    func years() {
        let even = YearsText.parse("even")!
        #expect(even.applies(to: 2026) && !even.applies(to: 2027))
        let odd = YearsText.parse("odd")!
        #expect(odd.applies(to: 2027) && !odd.applies(to: 2028))
        let everyThird = YearsText.parse("every 3 years from 2027")!
        #expect(everyThird.applies(to: 2027) && everyThird.applies(to: 2030) && !everyThird.applies(to: 2028))
        #expect(everyThird.applies(to: 2024))
        let other = YearsText.parse("every other year from 2026")!
        #expect(other.applies(to: 2028) && !other.applies(to: 2029))
        #expect(YearsText.parse("2029")!.applies(to: 2029))
        #expect(YearsText.parse("sometimes") == nil)
    }

    @Test("Suggestions for typos, none for unrelated words")
    func suggestions() {
        #expect(Suggestion.closest(to: "cadense", in: ["cadence", "windows"]) == "cadence")
        #expect(Suggestion.closest(to: "koordinaatori", in: ["koordinaattori", "chair"]) == "koordinaattori")
        #expect(Suggestion.closest(to: "xyz", in: ["cadence", "windows"]) == nil)
    }
}

@Suite("Recurrence rules through libical")
struct RecurrenceRuleTests {
    @Test("Every three weeks from a start day")
    func everyThreeWeeks() {
        let start = Day(iso: "2026-01-13")!
        let days = RecurrenceRule.everyWeeks(3).days(start: start, through: Day(iso: "2026-04-30")!)
        #expect(days.first == start)
        #expect(days.count == 6)
        #expect(zip(days, days.dropFirst()).allSatisfy { $0.days(until: $1) == 21 })
    }

    @Test("The second Tuesday of each month")
    func secondTuesday() throws {
        let rule = try #require(RecurrenceRule("RRULE:FREQ=MONTHLY;BYDAY=2TU"))
        let days = rule.days(start: Day(iso: "2026-01-01")!, through: Day(iso: "2026-12-31")!)
        #expect(days.count == 12)
        #expect(days.allSatisfy { $0.weekday == .tuesday && (8...14).contains($0.day) })
        #expect(days.first == Day(iso: "2026-01-13"))
    }

    @Test("COUNT limits the occurrences")
    func count() throws {
        let rule = try #require(RecurrenceRule("FREQ=WEEKLY;COUNT=5"))
        #expect(rule.days(start: Day(iso: "2026-03-02")!, through: Day(iso: "2027-01-01")!).count == 5)
    }

    @Test("An expansion asked for again, on many cores at once, gives the same days; another start, its own")
    func expansionsKept() throws {
        let rule = try #require(RecurrenceRule("FREQ=MONTHLY;BYDAY=2WE"))
        let last = Day(iso: "2035-12-31")!
        let starts = (0..<12).map { Day(iso: "2026-01-01")!.adding(days: 5 * $0) }
        let once = starts.map { rule.days(start: $0, through: last) }
        let together = parallelMap(starts.count * 20) { rule.days(start: starts[$0 % starts.count], through: last) }
        #expect(together == (0..<starts.count * 20).map { once[$0 % starts.count] })
        // Each start gives the second Wednesdays from that day on, not another start's.
        for (start, days) in zip(starts, once) {
            #expect(days.first.map { $0 >= start && $0.adding(days: -35) < start } == true)
            #expect(days.allSatisfy { $0.weekday == .wednesday && (8...14).contains($0.day) })
        }
        #expect(Set(once.map(\.first)).count > 1)
    }

    @Test("Invalid rules are rejected", arguments: ["FREQ=SOMETIMES", "", "INTERVAL=2", "RRULE:"])
    func invalid(text: String) {
        #expect(RecurrenceRule(text) == nil)
    }
}
