import Foundation
import Rules

/// Draws the wheel as SVG through the `wheel.svg.mustache` template, which a
/// coordinator can copy and restyle like the document templates.
public struct WheelRenderer: Sendable {
    public let template: TemplateLibrary.Loaded

    public init(templates: TemplateLibrary) throws {
        template = try templates.load("wheel", kind: "svg")
    }

    /// - Parameters:
    ///   - link: where a marker leads (a meeting's page), for a wheel shown inside a page;
    ///     the published wheels have no links.
    ///   - discOnly: the disc without the side panel, for a page that gives the panel's
    ///     words as text beside it (readable at any width).
    public func render(_ drawing: WheelDrawing, language: Language, link: ((String) -> String)? = nil,
                       discOnly: Bool = false) -> String {
        var context = Self.context(drawing, language: language)
        if discOnly {
            let side = WheelLayout.centerX * 2
            context["discOnly"] = true
            context["viewWidth"] = String(format: "%.1f", side)
            context["viewHeight"] = String(format: "%.1f", side)
        }
        if let link {
            context["links"] = true
            context["markers"] = (context["markers"] as? [[String: Any]] ?? []).enumerated().map { i, marker in
                marker.merging(["href": link(drawing.markers[i].key)]) { _, new in new }
            }
        }
        return template.render(context)
    }

    static func context(_ d: WheelDrawing, language: Language) -> [String: Any] {
        let words = WheelWords(language: language)
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        func text(_ t: WheelDrawing.Text) -> [String: Any] {
            ["x": f(t.x), "y": f(t.y), "text": t.text, "rotation": f(t.rotation)]
        }
        func line(_ l: WheelDrawing.Line) -> [String: Any] {
            ["x1": f(l.x1), "y1": f(l.y1), "x2": f(l.x2), "y2": f(l.y2)]
        }
        let panel = WheelLayout.panelX
        // The legend's rows, then the rings, then the list, each a line of 19 or 17 units.
        let titleShift = WheelLayout.panelTitleShift(d.titleLines.count)
        var y = WheelLayout.panelLegendTop(d.titleLines.count)
        let legend: [[String: Any]] = [
            ("live", words.live), ("remote", words.remote), ("hybrid", words.hybrid), ("cancelled", words.cancelled),
        ].enumerated().map { i, entry in
            ["kind": entry.0, entry.0: true, "text": entry.1, "x": f(panel + 10 + Double(i % 2) * 240),
             "y": f(y + Double(i / 2) * 22), "textX": f(panel + 24 + Double(i % 2) * 240)]
        }
        y += 44
        let taskLegend: [String: Any] = ["x1": f(panel + 2), "x2": f(panel + 18), "y": f(y), "textX": f(panel + 24),
                                         "text": words.task]
        let todayLegend: [String: Any] = ["x": f(panel + 10), "y1": f(y - 8), "y2": f(y + 8), "textX": f(panel + 264),
                                          "lineX": f(panel + 250), "text": d.todayText ?? ""]
        y += 34
        var rings: [[String: Any]] = []
        if !d.rings.isEmpty {
            rings.append(["heading": true, "text": words.rings, "y": f(y)])
            y += 21
            for ring in d.rings {
                rings.append(["x": f(panel + 10), "textX": f(panel + 24), "y": f(y), "number": ring.number,
                              "color": ring.color,
                              "lines": ring.lines.enumerated().map { i, text in
                                  ["text": i == 0 ? "\(ring.number) · \(text)" : text, "y": f(y + Double(i) * 19)]
                              }])
                y += Double(ring.lines.count) * 19
            }
            y += 12
        }
        let listTop = WheelLayout.panelListTop(titleLines: d.titleLines.count,
                                               ringLines: d.rings.reduce(0) { $0 + $1.lines.count })
        var entries: [[String: Any]] = []
        var row = 0.0
        for entry in d.entries {
            entries.append(["label": entry.label, "color": entry.color, "x": f(panel + 2), "y": f(listTop + 21 + row * 17),
                            "lines": entry.lines.enumerated().map { i, text in
                                ["text": text, "textX": f(panel + 34), "y": f(listTop + 21 + (row + Double(i)) * 17)]
                            }])
            row += Double(entry.lines.count)
        }
        var context: [String: Any] = [
            "lang": language.rawValue,
            "width": f(d.width), "height": f(d.height), "viewWidth": f(d.width), "viewHeight": f(d.height),
            "title": d.title, "subtitle": d.subtitle, "subtitleY": f(76 + titleShift),
            "titleLines": d.titleLines.enumerated().map { ["text": $1, "y": f(46 + Double($0) * 30)] }, "year": d.year, "region": d.region,
            "cx": f(d.center.x), "cy": f(d.center.y), "panelX": f(panel),
            "monthBands": d.monthBands.map { ["path": $0.path, "fill": $0.fill] },
            "monthLabels": d.monthLabels.map(text),
            "monthLines": d.monthLines.map(line),
            "ringLines": d.ringLines.map { ["r": f($0)] },
            "ringNumbers": d.ringNumbers.map(text),
            "ringFont": f(d.ringFont), "labelFont": f(d.labelFont),
            "markers": d.markers.map { m -> [String: Any] in
                var marker: [String: Any] = [
                    m.kind.rawValue: true, "x": f(m.x), "y": f(m.y), "r": f(m.radius), "color": m.color,
                    "title": m.title, "labelX": f(m.x + m.radius + 1.5),
                    "crossLeft": f(m.x - m.radius * 0.75), "crossRight": f(m.x + m.radius * 0.75),
                    "crossTop": f(m.y - m.radius * 0.75), "crossBottom": f(m.y + m.radius * 0.75),
                    "left": f(m.x - m.radius), "right": f(m.x + m.radius), "top": f(m.y - m.radius),
                    "bottom": f(m.y + m.radius),
                ]
                marker["label"] = m.label
                return marker
            },
            "tasks": d.tasks.map { t -> [String: Any] in
                ["path": t.path, "width": f(t.width), "color": t.color, "title": t.title, "label": t.label,
                 "labelX": f(t.labelX), "labelY": f(t.labelY)]
            },
            "windows": d.windows.map { ["path": $0.path, "color": $0.color, "title": $0.title] },
            "arcTexts": d.arcTexts.map { a -> [String: Any] in
                // Every key set, false when empty: Mustache would otherwise find the drawing's own.
                ["id": a.id, "path": a.path, "text": a.text, "size": f(a.size), "cut": a.title != a.text, "whole": a.title,
                 "band": a.band.map { ["path": $0, "color": a.bandColor, "width": f(a.bandWidth)] } ?? false]
            },
            "legend": legend, "legendHeading": words.legend, "legendY": f(120 + titleShift),
            "taskLegend": taskLegend,
            "rings": rings,
            "itemsHeading": words.items, "itemsY": f(listTop),
            "entries": entries,
            "noEntriesY": f(listTop + 21),
        ]
        context["today"] = d.today.map(line)
        context["todayText"] = d.todayText
        if d.todayText != nil { context["todayLegend"] = todayLegend }
        if d.entries.isEmpty { context["noEntries"] = words.noItems }
        return context
    }
}
