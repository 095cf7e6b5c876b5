import Foundation
import Rules

/// The report's three charts as SVG, drawn in the wheel's colours and type: attendance by
/// organisation, meetings held per month against plan, and action follow-through. Each
/// carries its title and a text alternative (`<title>`, `<desc>`) naming every bar, and
/// the report prints the same figures in a table next to it.
public struct ReportCharts: Sendable {
    public let words: ReportWords

    public init(language: Language) { words = ReportWords(language: language) }

    static let ink = "#1b2a38", grid = "#b3bec9", planned = "#b3bec9", held = "#2a6f97"
    static let closed = "#2e7d32", open = "#8d9aa6", overdue = "#c62828"

    /// The organisations' attendance rate quarter by quarter, 0–100 %: a column per
    /// organisation in each quarter (the six with most expected attendance, the rest as one).
    public func attendance(_ rows: [YearReport.AttendanceRow], id: String = "chart-attendance") -> String {
        let shown = Self.mostAndRest(rows.filter { $0.rate.expected > 0 }, rest: words.others)
        let width = 640.0, left = 46.0, top = 20.0, plot = 200.0, columns = 3
        let legendRows = (shown.count + columns - 1) / columns
        let height = top + plot + 30 + Double(legendRows) * 20
        var svg = open(id, width: width, height: height, title: words.attendanceChart,
                       desc: words.attendanceSummary(shown))
        for tick in stride(from: 0, through: 100, by: 25) {
            let y = top + plot - Double(tick) * plot / 100
            svg += line(left, y, width - 10, y, Self.grid)
            svg += text(left - 6, y + 4, "\(tick) %", anchor: "end", size: 11)
        }
        let group = (width - left - 10) / 4, bar = group * 0.8 / Double(max(shown.count, 1))
        for quarter in 0..<4 {
            let x0 = left + Double(quarter) * group + group * 0.1
            for (i, row) in shown.enumerated() {
                guard let rate = row.quarters?[quarter], let percent = rate.percent else { continue }
                let h = max(Double(percent) * plot / 100, 1)
                svg += rect(x0 + Double(i) * bar, top + plot - h, bar * 0.9, h, Self.series[i % Self.series.count])
            }
            svg += text(left + Double(quarter) * group + group / 2, top + plot + 16, words.quarterName(quarter),
                        anchor: "middle", size: 12)
        }
        for (i, row) in shown.enumerated() {
            let x = left + Double(i % columns) * 195, y = top + plot + 44 + Double(i / columns) * 20
            svg += rect(x, y - 10, 12, 12, Self.series[i % Self.series.count])
            svg += text(x + 18, y, Self.shortened(row.name ?? words.notGiven, 26), size: 12)
        }
        return svg + "</svg>"
    }

    static let series = ["#2a6f97", "#e07a1f", "#2e7d32", "#8e44ad", "#c62828", "#5d6d7e", "#b3bec9"]

    /// The six rows with most expected attendance, and the others summed into one.
    static func mostAndRest(_ rows: [YearReport.AttendanceRow], rest name: String) -> [YearReport.AttendanceRow] {
        guard rows.count > 7 else { return rows }
        var others = YearReport.AttendanceRow(id: nil, name: name, rate: .init(), quarters: Array(repeating: .init(), count: 4))
        for row in rows.dropFirst(6) {
            others.rate += row.rate
            for q in 0..<4 { others.quarters![q] += row.quarters?[q] ?? .init() }
        }
        return Array(rows.prefix(6)) + [others]
    }

    /// Pairs of columns per month: planned (light) and held (dark).
    public func months(_ months: [YearReport.Month], id: String = "chart-months") -> String {
        let width = 640.0, height = 260.0, left = 40.0, bottom = 40.0, top = 34.0
        let most = max(months.map(\.planned).max() ?? 0, 1)
        let step = (width - left - 10) / 12, column = step * 0.36
        let scale = (height - top - bottom) / Double(most)
        var svg = open(id, width: width, height: height, title: words.monthsChart, desc: words.monthsSummary(months))
        for tick in Self.ticks(most) {
            let y = height - bottom - Double(tick) * scale
            svg += line(left, y, width - 10, y, Self.grid)
            svg += text(left - 6, y + 4, "\(tick)", anchor: "end", size: 11)
        }
        for month in months {
            let x = left + Double(month.month - 1) * step + step * 0.12
            svg += rect(x, height - bottom - Double(month.planned) * scale, column, Double(month.planned) * scale, Self.planned)
            svg += rect(x + column, height - bottom - Double(month.held) * scale, column, Double(month.held) * scale, Self.held)
            svg += text(x + column, height - bottom + 16, words.monthName(month.month), anchor: "middle", size: 12)
        }
        svg += legend([(words.planned, Self.planned), (words.held, Self.held)], y: 14)
        return svg + "</svg>"
    }

    /// One stacked bar per network: done, open, overdue.
    public func actions(_ networks: [YearReport.NetworkFigures], id: String = "chart-actions") -> String {
        let shown = networks.filter { $0.counts.actionsOpened > 0 }
        let label = 260.0, width = 640.0, bar = 20.0, gap = 10.0, top = 40.0
        let height = top + Double(max(shown.count, 1)) * (bar + gap) + 10
        let most = max(shown.map(\.counts.actionsOpened).max() ?? 0, 1)
        let scale = (width - label - 40) / Double(most)
        var svg = open(id, width: width, height: height, title: words.actionsChart, desc: words.actionsSummary(networks))
        for (i, network) in shown.enumerated() {
            let y = top + Double(i) * (bar + gap), c = network.counts
            let open = c.actionsOpened - c.actionsClosed - c.actionsOverdue
            svg += text(label - 8, y + bar * 0.7, Self.shortened(network.title, 34), anchor: "end", size: 12)
            var x = label
            for (count, colour) in [(c.actionsClosed, Self.closed), (open, Self.open), (c.actionsOverdue, Self.overdue)]
            where count > 0 {
                svg += rect(x, y, Double(count) * scale, bar, colour)
                x += Double(count) * scale
            }
            svg += text(x + 6, y + bar * 0.7, "\(c.actionsClosed)/\(c.actionsOpened)", size: 12)
        }
        svg += legend([(words.closed, Self.closed), (words.open, Self.open), (words.overdue, Self.overdue)], y: 14)
        return svg + "</svg>"
    }

    // MARK: Drawing

    private func open(_ id: String, width: Double, height: Double, title: String, desc: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" role=\"img\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"system-ui, sans-serif\" fill=\"\(Self.ink)\">"
            + "<title id=\"\(id)-title\">\(XMLText.escape(title))</title><desc id=\"\(id)-desc\">\(XMLText.escape(desc))</desc>"
    }

    private func legend(_ entries: [(String, String)], y: Double) -> String {
        var x = 60.0, out = ""
        for (label, colour) in entries {
            out += rect(x, y - 10, 12, 12, colour) + text(x + 18, y, label, size: 12)
            x += 30 + Double(label.count) * 7
        }
        return out
    }

    private func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ fill: String) -> String {
        "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(w))\" height=\"\(Self.n(h))\" fill=\"\(fill)\"/>"
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ stroke: String) -> String {
        "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"0.8\"/>"
    }

    private func text(_ x: Double, _ y: Double, _ content: String, anchor: String = "start", size: Int) -> String {
        "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(size)\" text-anchor=\"\(anchor)\">\(XMLText.escape(content))</text>"
    }

    /// One decimal at most: the same figures give the same bytes.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    static func ticks(_ most: Int) -> [Int] {
        let step = max(1, Int((Double(most) / 4).rounded(.up)))
        return Array(stride(from: 0, through: most, by: step))
    }

    static func shortened(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
