import ArgumentParser
import Rules
import Scheduling

/// `vuosikello holidays 2026`: the Finnish public holidays the scheduler avoids.
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List the Finnish public holidays (and de facto days off) of a year.")

    @Argument(help: "The year.")
    var year: Int

    @OptionGroup var context: ContextOptions

    func validate() throws {
        guard (1900...2200).contains(year) else { throw ValidationError("the year \(year) is outside 1900–2200") }
    }

    func run() throws {
        let lang = context.language
        for holiday in FinnishHolidays.holidays(in: year) {
            let day = holiday.day
            Console.out("\(day.weekday.abbreviation(lang)) \(day.iso)  \(holiday.name.text(lang))\n")
        }
    }
}
