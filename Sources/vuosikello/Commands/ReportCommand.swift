import ArgumentParser
import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// `vuosikello report`: what a year actually held, for the leadership group's follow-up.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The monitoring report of a year: meetings held, attendance, items handled, reports, actions, tasks.",
        discussion: """
        Counts the year's plan against the recorded minutes, the invitations' answers, the actions \
        and the tasks marked done (`vuosikello tasks done KEY`), as of today. Attendance is by \
        network, organisation and municipality, never by person (the workspace shows that to the \
        coordinator). HTML and Word are written to seurantaraportti-YEAR.html/.docx unless \
        --output says otherwise; Markdown, CSV and JSON are printed.
        """)

    @Option(help: "The year to report (default: this year).")
    var year: Int?

    @Option(name: .customLong("network"), help: "Only this network (repeat for several).")
    var networks: [String] = []

    @Option(help: "html, docx, md, csv or json.")
    var format: ReportRenderer.Format = .html

    @Option(name: [.customShort("o"), .long], help: "Write the report to this file.")
    var output: String?

    @OptionGroup var rules: RulesOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var context: ContextOptions

    func validate() throws { try PeriodOptions.check(year) }

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let documents = try DocumentSession(rules: rules, database: database, context: context, around: year)
            let report = try documents.yearReport(year, networks: networks)
            let scope = networks.compactMap { documents.session.rules.network($0)?.title.text(lang) }
            let data = try ReportRenderer(language: lang, templates: TemplateLibrary.standard(rulesFolder: documents.folder))
                .render(report, format: format, scope: scope)
            try DocumentOutput.deliver(data, output: output, name: ReportRenderer.fileName(report.year, format),
                                       inTerminal: [.md, .csv, .json].contains(format), lang)
        }
    }
}

extension ReportRenderer.Format: ExpressibleByArgument {}
