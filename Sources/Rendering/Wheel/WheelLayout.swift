import Foundation
import Rules
import Scheduling

/// Places a year of meetings on the annual wheel: twelve month sectors clockwise from
/// 12 o'clock, a ring per network or group from the outside in, each meeting at its
/// day (filled when live, hollow when remote, half-filled when hybrid, crossed when
/// cancelled), annual-cycle tasks as arcs from start to due, today's date as a red
/// line, and beside the wheel the legend and the numbered list of what the annual
/// cycle puts on the meetings. Pure: plan in, shapes out.
public struct WheelLayout: Sendable {
    public let rules: RuleSet
    public let language: Language

    // The canvas: landscape, so that it fills an A4 page across and a 16:9 slide.
    static let width = 1500.0, height = 960.0
    static let centerX = 480.0, centerY = 480.0
    static let hole = 118.0, ringsOuter = 412.0, monthOuter = 462.0
    static let panelX = 985.0

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
    }

    /// - Parameter networks: one network's wheel, or nil for every network.
    public func layout(_ plan: Plan, year: Int, today: Day?, networks: [String]? = nil) -> WheelDrawing {
        let rings = WheelRing.rings(rules, networks: networks, language: language)
        let ringOf = Dictionary(rings.enumerated().flatMap { i, ring in ring.networkIDs.map { ($0, i) } },
                                uniquingKeysWith: { a, _ in a })
        let first = Day.firstOf(month: 1, year: year), last = Day.lastOf(month: 12, year: year)
        let days = Double(first.days(until: last) + 1)
        let single = networks?.count == 1
        let windows = rings.map { ring in
            ring.networkIDs.compactMap(rules.network).flatMap { WheelWindow.windows(of: $0, year: year, language: language) }
                .reduce(into: [WheelWindow]()) { if !$0.contains($1) { $0.append($1) } }
        }
        let geometry = Geometry(first: first, days: days, rings: max(rings.count, 1), single: single,
                                windowed: Set(windows.indices.filter { !windows[$0].isEmpty }))
        // The side panel's list is never cut: a long entry runs over as many lines as it needs.
        func entry(_ label: String, _ text: String, _ color: String) -> WheelDrawing.Entry {
            .init(label: label, lines: Self.lines(text, width: 62, count: .max), color: color, text: text)
        }
        let text = MeetingText(rules: rules, language: language)
        let words = WheelWords(language: language)
        var writing = ArcWriting(geometry: geometry)

        // Windows first: they own their span of the ring, and their items are written along it.
        // On the region's wheel each window is listed once (its items would repeat under
        // every meeting of every group in the ring).
        var windowBands: [WheelDrawing.Window] = []
        var windowEntries: [WheelDrawing.Entry] = []
        for (ring, ringWindows) in windows.enumerated() {
            for (i, window) in ringWindows.enumerated() {
                let from = geometry.start(of: window.from), to = geometry.end(of: window.to)
                let dates = "\(window.from.day).\(window.from.month).–\(window.to.day).\(window.to.month)."
                let heading = [window.title, dates].compactMap { $0 }.joined(separator: " ")
                windowBands.append(.init(path: geometry.sector(from: from, to: to, inner: geometry.inner(of: ring),
                                                               outer: geometry.outer(of: ring)),
                                         color: rings[ring].color,
                                         title: ([heading] + window.items).joined(separator: "\n")))
                if single {
                    // On the lower half the words stand towards the centre: the first item goes innermost.
                    let items = Geometry.isLower(from, to) ? window.items.reversed() : window.items
                    for item in items { writing.write(item, from: from, to: to, ring: ring) }
                } else if !window.items.isEmpty {
                    writing.write(window.items.joined(separator: "; "), from: from, to: to, ring: ring)
                    let letter = String(UnicodeScalar(UInt8(97 + i % 26)))
                    windowEntries.append(entry("\(ring + 1)\(letter)", "\(ring + 1) · \(heading) "
                        + window.items.joined(separator: "; "), rings[ring].color))
                }
            }
        }

        var markers: [WheelDrawing.Marker] = []
        var entries: [WheelDrawing.Entry] = []
        let meetings = plan.meetings.filter { $0.day >= first && $0.day <= last && ringOf[$0.networkID] != nil }
        for meeting in meetings.sorted(by: Meeting.chronological) {
            let ring = ringOf[meeting.networkID]!
            // Items typed in for one meeting are free text, and carried-over items repeat
            // another meeting's: neither is on the wheel.
            let shown = meeting.agenda.filter { entry in
                switch entry.source {
                case .annualCycle, .report: return true
                case .window: return single
                case .reportTo, .carriedOver, .extra: return false
                }
            }
            let items = shown.map { $0.title.text(language) }
            let angle = geometry.angle(of: meeting.day)
            var label: String?
            if !items.isEmpty && !meeting.isCancelled {
                label = String(entries.count + 1)
                let prefix = single ? "" : "\(ring + 1) · "
                entries.append(entry(label!, "\(prefix)\(meeting.day.day).\(meeting.day.month). "
                    + items.joined(separator: "; "), rings[ring].color))
                // On a network's own wheel a meeting's items are written around its day (its
                // window's items are on the window's arc already).
                if single {
                    let own = shown.filter { $0.source != .window }
                    for item in Geometry.isLower(angle, angle) ? own.reversed() : own {
                        writing.write(item.title.text(language), around: angle, ring: ring)
                    }
                }
            }
            let point = geometry.point(angle: angle, radius: geometry.markerRing(of: ring))
            let kind: WheelDrawing.Marker.Kind = meeting.isCancelled ? .cancelled
                : meeting.mode == .live ? .live : meeting.mode == .remote ? .remote : .hybrid
            let status = meeting.isCancelled ? " (\(text.statusName(.cancelled)))" : ""
            markers.append(.init(kind: kind, x: point.x, y: point.y, radius: geometry.markerRadius, color: rings[ring].color,
                                 title: "\(meeting.day.weekday.abbreviation(language)) \(meeting.day.finnish) "
                                     + "\(text.title(meeting)), \(meeting.mode.name(language))\(status)",
                                 label: label, angle: angle, ring: ring, key: meeting.key))
        }

        var arcs: [WheelDrawing.TaskArc] = []
        var taskEntries: [WheelDrawing.Entry] = []
        var taken = markers.map { (x: $0.x, y: $0.y) }
        for task in plan.tasks where task.due >= first && task.start <= last {
            guard case .task = task.kind, let ring = ringOf[task.networkID] else { continue }
            let from = geometry.angle(of: max(task.start, first)), to = geometry.angle(of: min(task.due, last))
            let title = task.title.text(language)
            let label = "T\(taskEntries.count + 1)"
            let prefix = single ? "" : "\(ring + 1) · "
            taskEntries.append(entry(label, "\(prefix)\(task.start.day).\(task.start.month).–"
                + "\(task.due.day).\(task.due.month). \(title)", rings[ring].color))
            // On a network's own wheel the task is a band with its title written on it.
            if single, writing.write("\(label) \(title)", from: from, to: to, ring: ring, band: rings[ring].color) {
                continue
            }
            let radius = geometry.inner(of: ring) + geometry.ringWidth * 0.2
            let middle = Self.freeSpot(from: from, to: to, radius: radius, taken: taken, geometry: geometry)
            taken.append(middle)
            arcs.append(.init(path: geometry.arc(from: from, to: to, radius: radius), width: geometry.taskWidth,
                              color: rings[ring].color,
                              title: "\(task.start.finnish)–\(task.due.finnish) \(title)", label: label,
                              labelX: middle.x, labelY: middle.y - geometry.taskWidth))
        }

        let ringKeys = rings.enumerated().map {
            WheelDrawing.RingKey(number: $0 + 1, title: $1.title, lines: Self.lines($1.title, width: 56, count: .max),
                                 color: $1.color)
        }
        let region = rules.calendar.region.text(language)
        let title = single ? (networks?.first.flatMap(rules.network)?.title.text(language) ?? region) : region
        let titleLines = Self.lines(title, width: 34)
        // The list below the legend and the rings, whole: the drawing grows downwards to hold it
        // (a list cut off with "… and 3 more" hides what the wheel is for).
        let ringLines = single ? 0 : ringKeys.reduce(0) { $0 + $1.lines.count }
        let listTop = Self.panelListTop(titleLines: titleLines.count, ringLines: ringLines)
        let listed = entries + windowEntries + taskEntries
        let lines = listed.reduce(0) { $0 + $1.lines.count }
        let height = max(Self.height, (listTop + 21 + Double(lines) * 17 + 24).rounded(.up))

        var todayLine: WheelDrawing.Line?
        var todayText: String?
        if let day = today, (first...last).contains(day) {
            let angle = geometry.angle(of: day)
            let a = geometry.point(angle: angle, radius: Self.hole), b = geometry.point(angle: angle, radius: Self.monthOuter)
            todayLine = .init(x1: a.x, y1: a.y, x2: b.x, y2: b.y)
            todayText = words.today(day)
        }

        return WheelDrawing(
            width: Self.width, height: height, title: title, titleLines: titleLines,
            subtitle: words.subtitle(year), year: String(year), region: single ? "" : region,
            monthBands: geometry.monthBands(), monthLabels: geometry.monthLabels(language), monthLines: geometry.monthLines(),
            ringLines: (0...rings.count).map { Self.ringsOuter - Double($0) * geometry.ringWidth },
            ringNumbers: single ? [] : rings.indices.map { i in
                WheelDrawing.Text(x: Self.centerX - 6, y: Self.centerY - geometry.middle(of: i), text: String(i + 1))
            },
            markers: markers, tasks: arcs, windows: windowBands, arcTexts: writing.texts, today: todayLine,
            todayText: todayText, rings: single ? [] : ringKeys,
            entries: listed, center: WheelDrawing.Point(x: Self.centerX, y: Self.centerY),
            ringFont: min(12, max(8, geometry.ringWidth * 0.55)), labelFont: min(13, max(9, geometry.ringWidth * 0.5)))
    }
}

extension WheelLayout {
    /// Where along a task's arc its label goes: the middle, or the nearest point to it
    /// that keeps clear of the markers and of the labels placed before.
    static func freeSpot(from: Double, to: Double, radius: Double, taken: [(x: Double, y: Double)],
                         geometry: Geometry) -> (x: Double, y: Double) {
        let middle = (from + to) / 2
        let steps = Int((to - from) / 2 / 3)
        for step in 0...max(steps, 0) {
            for angle in Set([middle - Double(step) * 3, middle + Double(step) * 3]).sorted() {
                let p = geometry.point(angle: angle, radius: radius)
                if taken.allSatisfy({ hypot($0.x - p.x, $0.y - p.y) >= 18 }) { return p }
            }
        }
        return geometry.point(angle: middle, radius: radius)
    }

    /// Where the side panel's rows go: the title (one or two lines), the legend, the rings,
    /// then the list, whose first entry is 21 below its heading and the rest 17 apart.
    static func panelTitleShift(_ titleLines: Int) -> Double { Double(max(titleLines, 1) - 1) * 30 }
    static func panelLegendTop(_ titleLines: Int) -> Double { 150 + panelTitleShift(titleLines) }
    static func panelListTop(titleLines: Int, ringLines: Int) -> Double {
        panelLegendTop(titleLines) + 78 + (ringLines == 0 ? 0 : 33 + Double(ringLines) * 19)
    }

    /// A line cut to `length` characters.
    static func clip(_ text: String, to length: Int) -> String {
        text.count <= length ? text : text.prefix(length - 1).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// At most `count` lines of about `width` characters, broken between words; the
    /// last one cut if the text is longer.
    static func lines(_ text: String, width: Int, count: Int = 2) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > count else { return lines.map { clip($0, to: width) } }
        let last = lines[(count - 1)...].joined(separator: " ")
        return lines.prefix(count - 1).map { clip($0, to: width) } + [clip(last, to: width)]
    }
}

/// Angles and radii of the wheel.
struct Geometry {
    let first: Day
    let days: Double
    let rings: Int
    /// A single network's wheel: one wide ring, markers near its rim, words inside.
    var single = false
    /// Rings with meeting windows, whose words go under the markers.
    var windowed: Set<Int> = []

    var ringWidth: Double { (WheelLayout.ringsOuter - WheelLayout.hole) / Double(rings) }
    var markerRadius: Double { single ? 10 : min(ringWidth * (windowed.isEmpty ? 0.3 : 0.25), 9) }

    /// Where a ring's markers sit: in its middle, nearer the rim when words share the ring.
    func markerRing(of ring: Int) -> Double {
        single ? WheelLayout.ringsOuter - 22 : windowed.contains(ring) ? inner(of: ring) + ringWidth * 0.7 : middle(of: ring)
    }
    var taskWidth: Double { max(2.5, min(ringWidth * 0.16, 6)) }

    func outer(of ring: Int) -> Double { WheelLayout.ringsOuter - Double(ring) * ringWidth }
    func inner(of ring: Int) -> Double { outer(of: ring) - ringWidth }
    func middle(of ring: Int) -> Double { outer(of: ring) - ringWidth / 2 }

    /// Degrees clockwise from 12 o'clock, at the middle of the day.
    func angle(of day: Day) -> Double { 360 * (Double(first.days(until: day)) + 0.5) / days }
    func start(of day: Day) -> Double { 360 * Double(first.days(until: day)) / days }
    func end(of day: Day) -> Double { 360 * Double(first.days(until: day) + 1) / days }

    func start(ofMonth month: Int) -> Double {
        360 * Double(first.days(until: Day.firstOf(month: month, year: first.year))) / days
    }

    func point(angle: Double, radius: Double) -> (x: Double, y: Double) {
        let radians = (angle - 90) * .pi / 180
        return (WheelLayout.centerX + radius * cos(radians), WheelLayout.centerY + radius * sin(radians))
    }

    func arc(from: Double, to: Double, radius: Double) -> String {
        let a = point(angle: from, radius: radius), b = point(angle: max(to, from + 0.5), radius: radius)
        let large = to - from > 180 ? 1 : 0
        return "M\(f(a.x)) \(f(a.y)) A\(f(radius)) \(f(radius)) 0 \(large) 1 \(f(b.x)) \(f(b.y))"
    }

    /// An arc for words to run along: clockwise on the upper half, anticlockwise on the
    /// lower, so that the words read left to right and stand upright.
    func textArc(from: Double, to: Double, radius: Double) -> String {
        let large = to - from > 180 ? 1 : 0
        let a = point(angle: from, radius: radius), b = point(angle: to, radius: radius)
        if Self.isLower(from, to) {
            return "M\(f(b.x)) \(f(b.y)) A\(f(radius)) \(f(radius)) 0 \(large) 0 \(f(a.x)) \(f(a.y))"
        }
        return "M\(f(a.x)) \(f(a.y)) A\(f(radius)) \(f(radius)) 0 \(large) 1 \(f(b.x)) \(f(b.y))"
    }

    /// Whether a span lies on the lower half, where words are turned to read left to right.
    static func isLower(_ from: Double, _ to: Double) -> Bool {
        let middle = (from + to) / 2
        return middle > 90 && middle < 270
    }

    /// An annular sector between two angles.
    func sector(from: Double, to: Double, inner: Double, outer: Double) -> String {
        let a = point(angle: from, radius: outer), b = point(angle: to, radius: outer)
        let c = point(angle: to, radius: inner), d = point(angle: from, radius: inner)
        let large = to - from > 180 ? 1 : 0
        return "M\(f(a.x)) \(f(a.y)) A\(f(outer)) \(f(outer)) 0 \(large) 1 \(f(b.x)) \(f(b.y)) "
            + "L\(f(c.x)) \(f(c.y)) A\(f(inner)) \(f(inner)) 0 \(large) 0 \(f(d.x)) \(f(d.y)) Z"
    }

    func monthBands() -> [WheelDrawing.Band] {
        (1...12).flatMap { month -> [WheelDrawing.Band] in
            let from = start(ofMonth: month), to = month == 12 ? 360 : start(ofMonth: month + 1)
            return [
                .init(path: sector(from: from, to: to, inner: WheelLayout.hole, outer: WheelLayout.ringsOuter),
                      fill: month % 2 == 0 ? "#ffffff" : "#f2f5f8"),
                .init(path: sector(from: from, to: to, inner: WheelLayout.ringsOuter, outer: WheelLayout.monthOuter),
                      fill: month % 2 == 0 ? "#d9e3ec" : "#c5d4e2"),
            ]
        }
    }

    /// Month names along the band, so that they never reach into the rings: upright at
    /// the top, turned at the sides, and the lower half turned round to read left to right.
    func monthLabels(_ language: Language) -> [WheelDrawing.Text] {
        (1...12).map { month in
            let from = start(ofMonth: month), to = month == 12 ? 360 : start(ofMonth: month + 1)
            let middle = (from + to) / 2
            let p = point(angle: middle, radius: (WheelLayout.ringsOuter + WheelLayout.monthOuter) / 2)
            let name = Month.name(month, language)
            let rotation = middle > 90 && middle < 270 ? middle - 180 : middle >= 270 ? middle - 360 : middle
            return .init(x: p.x, y: p.y, text: name.prefix(1).uppercased() + name.dropFirst(), rotation: rotation)
        }
    }

    func monthLines() -> [WheelDrawing.Line] {
        (1...12).map { month in
            let a = point(angle: start(ofMonth: month), radius: WheelLayout.hole)
            let b = point(angle: start(ofMonth: month), radius: WheelLayout.monthOuter)
            return .init(x1: a.x, y1: a.y, x2: b.x, y2: b.y)
        }
    }

    /// One decimal: enough for print, and the same text on every machine.
    func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
