import Foundation
import Rendering
import Rules
import Scheduling
import Storage

extension WorkspacePages {
    // MARK: The month grid

    /// One month as weeks from Monday to Sunday, each day with its meetings (the filter's
    /// network only, when given), and the months before and after.
    func month(year: Int, month: Int, network: String?) -> [String: Any] {
        let first = Day.firstOf(month: month, year: year), last = Day.lastOf(month: month, year: year)
        let start = first.adding(days: -(first.weekday.rawValue - 1))
        let end = last.adding(days: 7 - last.weekday.rawValue)
        let meetings = Dictionary(grouping: site.plan.meetings.filter { m in
            m.day >= start && m.day <= end && (network == nil || m.networkID == network)
        }, by: \.day)
        var weeks: [[String: Any]] = []
        var day = start
        while day <= end {
            var cells: [[String: Any]] = []
            for _ in 0..<7 {
                let list = (meetings[day] ?? []).sorted(by: Meeting.chronological)
                cells.append([
                    "day": day.day, "label": documentWords.day(day),
                    "outside": day.month != month, "today": day == site.today, "empty": list.isEmpty,
                    "meetings": list.map { m in
                        ["href": WorkspacePaths.meeting(m.key), "time": m.start.finnish,
                         "title": rules.network(m.networkID)?.title.text(language) ?? m.networkID,
                         "cancelled": m.isCancelled, "status": words.status(m.status)]
                    },
                ])
                day = day.adding(days: 1)
            }
            weeks.append(["cells": cells])
        }
        func link(_ y: Int, _ m: Int) -> [String: Any] {
            let (yy, mm) = m < 1 ? (y - 1, 12) : m > 12 ? (y + 1, 1) : (y, m)
            return ["href": WorkspacePaths.month(year: yy, month: mm, network: network),
                    "label": "\(Month.name(mm, language)) \(yy)"]
        }
        let heading = "\(Month.name(month, language)) \(year)"
        return [
            "title": heading, "heading": heading,
            "weekdays": Weekday.allCases.map { ["name": $0.abbreviation(language)] },
            "weeks": weeks, "previous": link(year, month - 1), "next": link(year, month + 1),
            "networks": rules.networks.map { ["value": $0.id, "label": $0.title.text(language), "selected": $0.id == network] },
            "year": year, "month": month,
        ]
    }

    /// The wheel page's choices (the plan's years, the networks) and the drawing's side
    /// panel as text beside the disc: legend, rings and the whole list, readable at any width.
    func wheel(years: [Int], year: Int, network: String?, drawing: WheelDrawing) -> [String: Any] {
        let wheelWords = WheelWords(language: language)
        var legend: [[String: Any]] = [
            ["symbol": "●", "text": wheelWords.live], ["symbol": "○", "text": wheelWords.remote],
            ["symbol": "◐", "text": wheelWords.hybrid], ["symbol": "✕", "text": wheelWords.cancelled],
            ["symbol": "▬", "text": wheelWords.task],
        ]
        if let today = drawing.todayText { legend.append(["symbol": "│", "text": today, "today": true]) }
        return ["title": "\(words.table["wheel"]!) \(year)",
                "years": years.map { ["value": $0, "selected": $0 == year] },
                "networks": rules.networks.map { ["value": $0.id, "label": $0.title.text(language), "selected": $0.id == network] },
                "legendHeading": wheelWords.legend, "legend": legend,
                "ringsHeading": wheelWords.rings, "itemsHeading": wheelWords.items, "noItems": wheelWords.noItems,
                "rings": drawing.rings.map { ["number": $0.number, "title": $0.title, "color": $0.color] },
                "hasRings": !drawing.rings.isEmpty,
                "entries": drawing.entries.map { ["label": $0.label, "text": $0.text, "color": $0.color] },
                "hasEntries": !drawing.entries.isEmpty]
    }
}
