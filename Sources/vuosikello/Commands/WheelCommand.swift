import ArgumentParser
import Foundation
import Publishing
import Rendering
import Rules

/// `vuosikello wheel DIR --year 2026`: the annual wheel as SVG.
struct WheelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wheel",
        abstract: "Draw the annual wheel (vuosikello) of a year as SVG: every network, or one.",
        discussion: """
        Twelve month sectors, a ring per network (networks with the same `group` share one), each \
        meeting where it falls (filled: in person, hollow: online, half: hybrid, crossed: cancelled), \
        annual-cycle tasks as arcs, today's date as a red line, the legend and the numbered list of \
        the annual-cycle items. Landscape: it fills an A4 page across and a 16:9 slide.
        """)

    @Argument(help: "The rules folder, e.g. calendars/etela-savo.")
    var folder: String

    @Option(help: "The year (default: this year).")
    var year: Int?

    @Option(help: "Only this network's wheel.")
    var network: String?

    @Option(name: [.short, .long], help: "The SVG file (default: wheel-YEAR.svg or wheel-NETWORK-YEAR.svg here).")
    var output: String?

    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let session = try Session(folder: folder, databasePath: database.db, context: context)
            if let network { try session.requireNetwork(network) }
            let year = self.year ?? session.today.year
            let plan = session.plan(year...year, state: try session.state())
            let drawing = WheelLayout(rules: session.rules, language: lang)
                .layout(plan, year: year, today: session.today, networks: network.map { [$0] })
            let svg = try WheelRenderer(templates: TemplateLibrary.standard(rulesFolder: folder)).render(drawing, language: lang)
            let path = output ?? (network.map { "wheel-\($0)-\(year).svg" } ?? "wheel-\(year).svg")
            AtomicFile.clearLeftovers(of: path)
            try AtomicFile.write(Data(svg.utf8), to: path)
            Console.error(Messages.wroteFile(path, lang))
        }
    }
}
