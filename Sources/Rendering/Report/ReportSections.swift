import Rules

/// The report laid out as sections of paragraphs, charts and tables, worded in one
/// language: the HTML, Word and Markdown templates only loop over them, so the three
/// always carry the same figures.
public struct ReportSections: Sendable {
    public struct Table: Sendable {
        public var caption: String
        public var headers: [String]
        public var rows: [[String]]
        /// Whether the last row sums up the others (shown in bold).
        public var hasTotal = false
    }

    /// One bar of a chart drawn in text (Word, Markdown): the label, its length 0–1, its figure.
    public struct Bar: Sendable {
        public var label: String
        public var length: Double
        public var figure: String

        /// The bar as block characters, at most `width` of them.
        public func blocks(_ width: Int = 30) -> String {
            String(repeating: "█", count: Int((length * Double(width)).rounded()))
        }
    }

    public struct Section: Sendable {
        public var id: String
        public var heading: String
        public var paragraphs: [String] = []
        /// SVG, drawn in HTML only; its figures are in a table of the section too.
        public var chart: String?
        public var chartTitle: String?
        /// The chart as text bars, for the formats that draw no SVG (its own title when it
        /// shows less than the chart).
        public var barsTitle: String?
        public var bars: [Bar] = []
        public var tables: [Table] = []
    }

    public let words: ReportWords
    public let charts: ReportCharts
    /// Attendance by person and the owners of overdue actions: for the signed-in coordinator only.
    public let includePeople: Bool

    public init(language: Language, includePeople: Bool = false) {
        words = ReportWords(language: language)
        charts = ReportCharts(language: language)
        self.includePeople = includePeople
    }

    public func sections(_ report: YearReport, people: [String: String] = [:]) -> [Section] {
        let titles = Dictionary(report.networks.map { ($0.networkID, $0.title) }, uniquingKeysWith: { a, _ in a })
        return [meetings(report), attendance(report), items(report, titles), reports(report, titles),
                actions(report, titles, people: people), tasks(report, titles)]
    }

    private func meetings(_ report: YearReport) -> Section {
        let rows = report.networks.map { n in
            [n.title, "\(n.counts.planned)", "\(n.counts.held)", "\(n.counts.upcoming)", "\(n.counts.moved)",
             "\(n.counts.cancelled)", "\(n.counts.minutesRecorded)", words.liveFigure(n.live)]
        }
        let t = report.total
        let total = [words.total, "\(t.planned)", "\(t.held)", "\(t.upcoming)", "\(t.moved)", "\(t.cancelled)",
                     "\(t.minutesRecorded)", ""]
        let byNetwork = Table(caption: words.meetingsHeading,
                              headers: [words.network, words.planned, words.held, words.upcoming, words.moved,
                                        words.cancelled, words.minutesRecorded, words.live],
                              rows: rows + [total], hasTotal: true)
        let months = Table(caption: words.monthsChart, headers: [words.month, words.planned, words.held, words.cancelled],
                           rows: report.months.map { [words.monthName($0.month), "\($0.planned)", "\($0.held)", "\($0.cancelled)"] })
        let most = Double(max(report.months.map(\.planned).max() ?? 0, 1))
        return Section(id: "meetings", heading: words.meetingsHeading, chart: charts.months(report.months),
                       chartTitle: words.monthsChart,
                       bars: report.months.map { Bar(label: words.monthName($0.month), length: Double($0.held) / most,
                                                     figure: "\($0.held) / \($0.planned)") },
                       tables: [byNetwork, months])
    }

    private func attendance(_ report: YearReport) -> Section {
        func row(_ name: String, _ rate: YearReport.Rate) -> [String] {
            [name, "\(rate.attended) / \(rate.expected)", words.percent(rate.percent),
             rate.answered == 0 ? "–" : "\(rate.answeredComing) / \(rate.answered) (\(words.percent(rate.answeredPercent)))"]
        }
        let headers = [words.name, words.attended, words.rate, words.byAnswers]
        var tables = [
            Table(caption: words.network, headers: [words.network] + headers.dropFirst(),
                  rows: report.networks.filter { $0.counts.attendance.expected + $0.counts.attendance.answered > 0 }
                      .map { row($0.title, $0.counts.attendance) }
                      + [row(words.total, report.total.attendance)], hasTotal: true),
            Table(caption: words.byOrganisation, headers: headers,
                  rows: report.attendance.byOrganisation.map { row($0.name ?? words.notGiven, $0.rate) }),
            Table(caption: words.byMunicipality, headers: headers,
                  rows: report.attendance.byMunicipality.map { row($0.name ?? words.noMunicipality, $0.rate) }),
        ]
        if includePeople, let byPerson = report.attendance.byPerson {
            tables.append(Table(caption: words.byPerson, headers: headers,
                                rows: byPerson.map { row($0.name ?? $0.id ?? "", $0.rate) }))
        }
        return Section(id: "attendance", heading: words.attendanceHeading, paragraphs: [words.attendanceNote],
                       chart: report.attendance.byOrganisation.contains { $0.rate.expected > 0 }
                           ? charts.attendance(report.attendance.byOrganisation) : nil,
                       chartTitle: words.attendanceChart,
                       barsTitle: words.attendanceYearChart,
                       bars: report.attendance.byOrganisation.filter { $0.rate.expected > 0 }.map {
                           Bar(label: $0.name ?? words.notGiven, length: Double($0.rate.percent ?? 0) / 100,
                               figure: words.percent($0.rate.percent))
                       },
                       tables: tables)
    }

    private func items(_ report: YearReport, _ titles: [String: String]) -> Section {
        let summary = Table(caption: words.itemsHeading, headers: [words.network, words.due, words.handled],
                            rows: report.networks.filter { $0.counts.itemsDue > 0 }
                                .map { [$0.title, "\($0.counts.itemsDue)", "\($0.counts.itemsHandled)"] }
                                + [[words.total, "\(report.total.itemsDue)", "\(report.total.itemsHandled)"]], hasTotal: true)
        let list = Table(caption: words.item, headers: [words.meeting, words.network, words.item, words.state],
                         rows: report.items.map { [$0.day.iso, titles[$0.networkID] ?? $0.networkID, $0.title, words.state($0.state)] })
        return Section(id: "items", heading: words.itemsHeading, tables: [summary, list])
    }

    private func reports(_ report: YearReport, _ titles: [String: String]) -> Section {
        let list = Table(caption: words.reportsHeading,
                         headers: [words.from, words.to, words.meeting, words.item, words.state],
                         rows: report.reports.map {
                             [titles[$0.from] ?? $0.from, titles[$0.to] ?? $0.to, $0.day?.iso ?? "–", $0.title, words.state($0.state)]
                         })
        return Section(id: "reports", heading: words.reportsHeading,
                       paragraphs: ["\(words.required): \(report.total.reportsRequired), \(words.delivered.lowercased()): "
                                    + "\(report.total.reportsDelivered)"],
                       tables: [list])
    }

    private func actions(_ report: YearReport, _ titles: [String: String], people: [String: String]) -> Section {
        let summary = Table(caption: words.actionsHeading,
                            headers: [words.network, words.opened, words.closed, words.overdue],
                            rows: report.networks.filter { $0.counts.actionsOpened > 0 }
                                .map { [$0.title, "\($0.counts.actionsOpened)", "\($0.counts.actionsClosed)", "\($0.counts.actionsOverdue)"] }
                                + [[words.total, "\(report.total.actionsOpened)", "\(report.total.actionsClosed)",
                                    "\(report.total.actionsOverdue)"]], hasTotal: true)
        let oldest = report.oldestOverdue.map {
            "\(words.oldestOverdue): #\($0.id) \($0.what) (\(titles[$0.networkID] ?? $0.networkID), \(words.dueDay.lowercased()) \($0.due.iso))"
        } ?? words.noneOverdue
        let overdue = Table(caption: words.overdue,
                            headers: [words.dueDay, words.network, words.what] + (includePeople ? [words.owner] : []),
                            rows: report.overdueActions.map {
                                [$0.due.iso, titles[$0.networkID] ?? $0.networkID, "#\($0.id) \($0.what)"]
                                    + (includePeople ? [$0.owner.map { people[$0] ?? $0 } ?? ""] : [])
                            })
        return Section(id: "actions", heading: words.actionsHeading, paragraphs: [oldest],
                       chart: report.total.actionsOpened > 0 ? charts.actions(report.networks) : nil,
                       chartTitle: words.actionsChart,
                       bars: report.networks.filter { $0.counts.actionsOpened > 0 }.map {
                           Bar(label: $0.title, length: Double($0.counts.actionsClosed) / Double($0.counts.actionsOpened),
                               figure: "\($0.counts.actionsClosed) / \($0.counts.actionsOpened)")
                       },
                       tables: [summary] + (overdue.rows.isEmpty ? [] : [overdue]))
    }

    private func tasks(_ report: YearReport, _ titles: [String: String]) -> Section {
        let list = Table(caption: words.tasksHeading, headers: [words.task, words.network, words.dueDay, words.state],
                         rows: report.tasks.map {
                             [$0.title, titles[$0.networkID] ?? $0.networkID, $0.due.iso,
                              words.state($0.state) + ($0.done.map { " \($0.iso)" } ?? "")]
                         })
        return Section(id: "tasks", heading: words.tasksHeading,
                       paragraphs: ["\(words.due): \(report.total.tasksDue), \(words.done.lowercased()): \(report.total.tasksDone)"],
                       tables: [list])
    }
}
