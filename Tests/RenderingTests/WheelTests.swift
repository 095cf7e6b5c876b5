import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Rendering
@testable import Rules
@testable import Scheduling

@Suite("The annual wheel")
struct WheelTests {
    static let rules = RenderingTests.rules
    static let plan = RenderingTests.plan
    static let today = Day(iso: "2026-11-22")!

    static func svg(_ drawing: WheelDrawing, _ language: Language = .fi) throws -> String {
        try WheelRenderer(templates: DocumentFixture.templates).render(drawing, language: language)
    }

    @Test("A wheel drawn from its part of the plan (WheelPlans) is the wheel drawn from the whole plan")
    func parts() throws {
        let layout = WheelLayout(rules: Self.rules, language: .fi)
        let parts = WheelPlans(Self.plan)
        for year in Self.plan.firstYear...Self.plan.lastYear {
            for network in [nil] + Self.rules.networks.map({ Optional($0.id) }) {
                let part = parts.plan(year: year, network: network)
                #expect(part.meetings.allSatisfy { $0.day.year == year && (network == nil || $0.networkID == network) })
                let whole = try Self.svg(layout.layout(Self.plan, year: year, today: Self.today,
                                                       networks: network.map { [$0] }))
                let drawn = try Self.svg(layout.layout(part, year: year, today: Self.today, networks: network.map { [$0] }))
                #expect(drawn == whole, "\(year) \(network ?? "all")")
            }
        }
        #expect(parts.plan(year: 2026, network: "johtoryhma").meetings.count
            == Self.plan.meetings.filter { $0.day.year == 2026 && $0.networkID == "johtoryhma" }.count)
    }

    @Test("Every meeting of the year is on its network's ring, at its day's angle, marked by its mode")
    func placement() throws {
        let drawing = WheelLayout(rules: Self.rules, language: .fi).layout(Self.plan, year: 2026, today: Self.today)
        let meetings = Self.plan.meetings.filter { $0.day.year == 2026 }
        #expect(drawing.markers.count == meetings.count)
        let rings = WheelRing.rings(Self.rules, language: .fi)
        #expect(rings.count == 14, "27 networks, 12 LAPE groups and 3 divorce-help groups sharing rings")
        #expect(rings.first?.networkIDs == ["johtoryhma"], "the leadership group is outermost")
        #expect(rings.contains { $0.networkIDs.count == 12 && $0.networkIDs.allSatisfy { $0.hasPrefix("lape-") } })
        #expect(Set(rings.map(\.color)).count == rings.count, "neighbouring rings can be told apart")
        for (meeting, marker) in zip(meetings.sorted(by: Meeting.chronological), drawing.markers) {
            let dayOfYear = Double(Day(iso: "2026-01-01")!.days(until: meeting.day))
            #expect(abs(marker.angle - 360 * (dayOfYear + 0.5) / 365) < 0.001)
            #expect(rings[marker.ring].networkIDs.contains(meeting.networkID))
            let expected: WheelDrawing.Marker.Kind = meeting.isCancelled ? .cancelled
                : meeting.mode == .live ? .live : meeting.mode == .remote ? .remote : .hybrid
            #expect(marker.kind == expected)
        }
        // Clockwise from 12 o'clock: a meeting at the start of April is at about 3 o'clock, right of centre.
        let april = try #require(drawing.markers.first { $0.title.contains(".4.2026") })
        #expect(april.angle > 85 && april.angle < 120)
        #expect(april.x > WheelLayout.centerX && abs(april.y - WheelLayout.centerY) < abs(april.x - WheelLayout.centerX))
    }

    @Test("Month names run along their band and read left to right; task labels keep clear of each other")
    func monthNamesAndTaskLabels() throws {
        let drawing = WheelLayout(rules: Self.rules, language: .fi).layout(Self.plan, year: 2026, today: Self.today)
        #expect(drawing.monthLabels.map(\.text).first == "Tammikuu")
        for label in drawing.monthLabels {
            let radius = hypot(label.x - WheelLayout.centerX, label.y - WheelLayout.centerY)
            #expect(radius > WheelLayout.ringsOuter && radius < WheelLayout.monthOuter, "\(label.text) in the band")
            #expect(label.rotation > -90 && label.rotation <= 90, "\(label.text) is not upside down")
        }
        // At 3 and 9 o'clock the names stand almost on end, so they stay inside the band.
        #expect(drawing.monthLabels[3].rotation < -60, "Huhtikuu reads upwards")
        #expect(drawing.monthLabels[8].rotation > 60, "Syyskuu reads downwards")
        #expect(abs(drawing.monthLabels[6].rotation) < 20, "Heinäkuu at the bottom is upright")
        let labels = drawing.tasks.map { (x: $0.labelX, y: $0.labelY) }
        for (i, a) in labels.enumerated() {
            for b in labels[(i + 1)...] { #expect(hypot(a.x - b.x, a.y - b.y) >= 18) }
        }
    }

    @Test("Annual-cycle items and tasks are numbered in the list; today is marked only in its year")
    func labelsAndToday() throws {
        let layout = WheelLayout(rules: Self.rules, language: .fi)
        let drawing = layout.layout(Self.plan, year: 2026, today: Self.today)
        #expect(drawing.todayText == "Tänään 22.11.2026")
        #expect(drawing.today != nil)
        #expect(layout.layout(Self.plan, year: 2027, today: Self.today).today == nil)
        let labelled = drawing.markers.compactMap(\.label)
        #expect(labelled == labelled.indices.map { String($0 + 1) }.prefix(labelled.count).map { $0 })
        #expect(drawing.entries.contains { $0.lines.joined().contains("Johtoryhmän jäsenten, tehtävien ja tavoitteiden") })
        #expect(drawing.tasks.contains { $0.title.contains("Indikaattoridiapaketin päivitys") })
        #expect(drawing.entries.contains { $0.label.hasPrefix("T") })
        // The whole list, never cut off: the drawing grows to hold it.
        #expect(drawing.entries.count == labelled.count + drawing.windows.filter { $0.title.contains("\n") }.count + drawing.tasks.count)
        #expect(drawing.height >= WheelLayout.panelListTop(titleLines: drawing.titleLines.count,
                                                              ringLines: drawing.rings.reduce(0) { $0 + $1.lines.count })
            + 21 + Double(drawing.entries.reduce(0) { $0 + $1.lines.count }) * 17)
        // One network's wheel lists its window items too, on up to six lines each.
        let ero = layout.layout(Self.plan, year: 2026, today: Self.today, networks: ["ero-mikkeli"])
        #expect(ero.markers.count == 4 && ero.rings.isEmpty)
        #expect(ero.titleLines == ["Mikkelin seudun parisuhteen tuen", "ja eroauttamisen kehittäjäryhmä"])
        let december = try #require(ero.entries.last)
        #expect(december.lines.joined(separator: " ").contains("-oppaan päivitys"))
        #expect(december.lines.count > 1)
    }

    @Test("Meeting windows are arcs with their items written along them; no two lines of words overlap")
    func windowsAndWords() throws {
        let layout = WheelLayout(rules: Self.rules, language: .fi)
        let ero = try #require(Self.rules.network("ero-mikkeli"))
        guard case .windows(let windows) = ero.meetings?.phases.first?.cadence else {
            Issue.record("ero-mikkeli meets in windows")
            return
        }
        // The region's wheel: the three divorce-help groups share a ring and its four windows.
        let all = layout.layout(Self.plan, year: 2026, today: Self.today)
        let rings = WheelRing.rings(Self.rules, language: .fi)
        let ringIndex = try #require(rings.firstIndex { $0.networkIDs.contains("ero-mikkeli") })
        let ring = (number: ringIndex + 1, networkIDs: rings[ringIndex].networkIDs, color: rings[ringIndex].color)
        #expect(ring.networkIDs.count == 3)
        #expect(all.windows.filter { $0.color == ring.color }.count == windows.count, "one arc per window, not one per group")
        let firstItem = windows[0].agenda[0].text(.fi)
        #expect(all.arcTexts.contains { $0.title.hasPrefix(firstItem) && firstItem.hasPrefix($0.text.replacingOccurrences(of: "…", with: "")) })
        let listed = all.entries.filter { $0.text.contains(firstItem) }
        #expect(listed.count == 1 && listed[0].label == "\(ring.number)a", "the list has each window's items once, whole")
        Self.expectNoOverlap(all.arcTexts)

        // A network's own wheel: every window item written on the disc, whole or over several lines.
        let own = layout.layout(Self.plan, year: 2026, today: Self.today, networks: ["ero-mikkeli"])
        for item in windows.flatMap(\.agenda).map({ $0.text(.fi) }) {
            let lines = own.arcTexts.filter { $0.title == item }.sorted { $0.radius > $1.radius }
            #expect(!lines.isEmpty, "\(item) is on the disc")
            let words = lines.map(\.text).joined(separator: " ")
            #expect(words == item || lines.count > 1, "\(item): \(words)")
        }
        Self.expectNoOverlap(own.arcTexts)
        // The words on the lower half run anticlockwise, so that they read left to right.
        let lower = try #require(own.arcTexts.first { ($0.from + $0.to) / 2 > 120 && ($0.from + $0.to) / 2 < 240 })
        #expect(lower.path.contains(" 0 0 "), "\(lower.path)")

        // The leadership group: each meeting's items written around its day, near its marker.
        let board = layout.layout(Self.plan, year: 2026, today: Self.today, networks: ["johtoryhma"])
        for marker in board.markers where marker.label != nil {
            let meeting = try #require(Self.plan.meetings.first { $0.key == marker.key })
            for item in meeting.agenda where item.source == .annualCycle {
                let text = try #require(board.arcTexts.first { $0.title == item.title.text(.fi) }, "\(item.title.text(.fi))")
                #expect(abs((text.from + text.to) / 2 - marker.angle) < 30)
            }
        }
        let svg = try Self.svg(own)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("<textPath xlink:href=\"#wheel-words-1\""))
    }

    /// Words on the same track never share degrees.
    static func expectNoOverlap(_ texts: [WheelDrawing.ArcText]) {
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] where abs(a.radius - b.radius) < 1 {
                #expect(a.to <= b.from || b.to <= a.from, "\(a.text) / \(b.text)")
            }
        }
    }

    @Test("A colour a network names itself is never given to another ring from the palette")
    func namedColours() throws {
        var rules = Self.rules
        let rings = WheelRing.rings(rules, language: .fi)
        // Give the last ring's network the colour the palette gave the second ring.
        let second = rings[1].color, last = try #require(rings.last?.networkIDs.first)
        let name = try #require(CSSColor.named.first { $0.value == second }?.key)
        let index = try #require(rules.networks.firstIndex { $0.id == last })
        rules.networks[index].color = name
        let recoloured = WheelRing.rings(rules, language: .fi)
        #expect(recoloured.last?.color == second)
        #expect(recoloured.dropLast().allSatisfy { $0.color != second }, "\(recoloured.map(\.color))")
        #expect(Set(recoloured.map(\.color)).count == recoloured.count)
    }

    @Test("At most 20 rings: the rest share the last one")
    func twentyRings() throws {
        var rules = Self.rules
        let template = try #require(rules.network("haastavat-erot"))
        for i in 1...10 {
            var extra = Network(id: "lisa-\(i)", title: LocalizedText("Lisäverkosto \(i)"), meetings: template.meetings,
                                file: template.file, location: template.location)
            extra.members = template.members
            rules.networks.append(extra)
        }
        let rings = WheelRing.rings(rules, language: .fi)
        #expect(rings.count == 20)
        #expect(rings.last?.title == "Muut verkostot (5)")
        let drawing = WheelLayout(rules: rules, language: .fi).layout(Self.plan, year: 2026, today: Self.today)
        #expect(drawing.ringLines.count == 21)
        #expect(drawing.ringFont >= 8 && drawing.labelFont >= 9, "still readable")
    }

    @Test("The SVG is well-formed, titled, in the reader's language, and the same bytes every time")
    func svgOutput() throws {
        let layout = WheelLayout(rules: Self.rules, language: .fi)
        let drawing = layout.layout(Self.plan, year: 2026, today: Self.today)
        let text = try Self.svg(drawing)
        #expect(XMLParser(data: Data(text.utf8)).parse())
        // At least A4-landscape-like 1500 × 960, taller when the list of items needs it.
        #expect(drawing.height >= 960)
        #expect(text.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 1500.0 \(String(format: "%.1f", drawing.height))\""))
        #expect(text.contains("<title id=\"wheel-title\">Etelä-Savo: Vuosikello 2026: kokoukset ja vuosikellon asiat</title>"))
        for month in ["Tammikuu", "Heinäkuu", "Joulukuu"] { #expect(text.contains(">\(month)</text>")) }
        #expect(try Self.svg(layout.layout(Self.plan, year: 2026, today: Self.today)) == text)
        let swedish = try Self.svg(WheelLayout(rules: Self.rules, language: .sv).layout(Self.plan, year: 2026, today: Self.today), .sv)
        #expect(swedish.contains(">Januari</text>") && swedish.contains("I dag 22.11.2026"))
    }

    @Test("A real SVG renderer (librsvg) draws it")
    func renders() throws {
        let drawing = WheelLayout(rules: Self.rules, language: .fi).layout(Self.plan, year: 2026, today: Self.today)
        let folder = NSTemporaryDirectory() + "vuosikello-wheel-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.svg(drawing).write(toFile: folder + "/wheel.svg", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["rsvg-convert", "--width", "1500", folder + "/wheel.svg", "-o", folder + "/wheel.png"]
        let err = Pipe()
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "rsvg-convert (apt install librsvg2-bin): \(problem)")
        let png = try Data(contentsOf: URL(fileURLWithPath: folder + "/wheel.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // Width and height from the PNG header: the drawing's own size.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1500 && height == Int(drawing.height))
        #expect(png.count > 50_000, "a drawing, not an empty page")
    }
}
