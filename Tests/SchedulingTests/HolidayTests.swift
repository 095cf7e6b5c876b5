import Testing
@testable import Rules
@testable import Scheduling

@Suite("Finnish calendar facts")
struct HolidayTests {
    @Test("Easter Sunday", arguments: [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"),
                                       (2027, "2027-03-28"), (2028, "2028-04-16"), (2029, "2029-04-01"),
                                       (2038, "2038-04-25")])
    func easter(year: Int, date: String) {
        #expect(FinnishHolidays.easterSunday(year) == Day(iso: date))
    }

    @Test("The holidays of 2026")
    func holidays2026() {
        let days = Set(FinnishHolidays.holidays(in: 2026).map(\.day.iso))
        let expected: Set = ["2026-01-01", "2026-01-06", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01",
                             "2026-05-14", "2026-05-24", "2026-06-19", "2026-06-20", "2026-10-31", "2026-12-06",
                             "2026-12-24", "2026-12-25", "2026-12-26"]
        #expect(days == expected)
    }

    @Test("Midsummer and All Saints' Day fall on the right Saturday", arguments: 2020...2040)
    func movableSaturdays(year: Int) throws {
        let holidays = FinnishHolidays.holidays(in: year)
        let midsummer = try #require(holidays.first { $0.name.en == "Midsummer Day" }).day
        #expect(midsummer.weekday == .saturday && midsummer.month == 6 && (20...26).contains(midsummer.day))
        let eve = try #require(holidays.first { $0.name.en == "Midsummer Eve" }).day
        #expect(eve.adding(days: 1) == midsummer)
        let allSaints = try #require(holidays.first { $0.name.en == "All Saints' Day" }).day
        #expect(allSaints.weekday == .saturday)
        #expect(allSaints >= Day(year: year, month: 10, day: 31)! && allSaints <= Day(year: year, month: 11, day: 6)!)
    }

    @Test("The working calendar closes weekends, holidays, July, blackouts and school holidays")
    func workingCalendar() {
        let blackout = Blackout(name: LocalizedText("Joulu"),
                                span: .everyYear(YearlyPeriod(from: MonthDay(month: 12, day: 22)!, to: MonthDay(month: 1, day: 6)!)),
                                location: Fixture.here)
        let school = SchoolHoliday(name: LocalizedText("Syysloma"),
                                   period: DatedPeriod(from: Fixture.day("2026-10-12"), to: Fixture.day("2026-10-18")),
                                   municipalities: .only(["juva"]), location: Fixture.here)
        let rules = CalendarRules(blackouts: [blackout], schoolHolidays: [school])
        let calendar = WorkingCalendar(rules: rules, first: Fixture.day("2026-01-01"), last: Fixture.day("2027-12-31"))
        #expect(calendar.closedReason(Fixture.day("2026-03-07")) == .weekend)
        #expect(calendar.closedReason(Fixture.day("2026-05-14")) == .holiday(LocalizedText(fi: "Helatorstai", sv: "Kristi himmelsfärdsdag", en: "Ascension Day")))
        #expect(calendar.closedReason(Fixture.day("2026-07-15")) == .noMeetingMonth(7))
        #expect(calendar.closedReason(Fixture.day("2026-12-28")) == .blackout(LocalizedText("Joulu")))
        #expect(calendar.closedReason(Fixture.day("2027-01-05")) == .blackout(LocalizedText("Joulu")))
        #expect(calendar.isOpen(Fixture.day("2026-10-13")))
        #expect(!calendar.isOpen(Fixture.day("2026-10-13"), avoiding: .only(["juva"])))
        #expect(calendar.isOpen(Fixture.day("2026-10-13"), avoiding: .only(["mikkeli"])))
        #expect(!calendar.isOpen(Fixture.day("2026-10-13"), avoiding: .all))
        // Deadlines step over weekends, holidays and closed months (July), not over a
        // meeting blackout (Christmas) unless it says so.
        #expect(calendar.deadlineDay(onOrBefore: Fixture.day("2026-07-20")) == Fixture.day("2026-06-30"))
        #expect(calendar.deadlineDay(onOrAfter: Fixture.day("2026-07-20")) == Fixture.day("2026-08-03"))
        #expect(calendar.deadlineDay(onOrBefore: Fixture.day("2026-12-25")) == Fixture.day("2026-12-23"))
        #expect(calendar.deadlineDay(onOrAfter: Fixture.day("2026-12-25")) == Fixture.day("2026-12-28"))
    }
}
