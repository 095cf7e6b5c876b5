import Foundation
import Yams

/// A national-scale rules folder for benchmarks: many regions, each with a
/// coordinator pair convening many networks of every cadence, and national
/// coordinators shared by every region. Written with Yams, loaded like any folder.
public struct SyntheticWorkload: Sendable {
    public var regions: Int
    public var networksPerRegion: Int
    public var firstYear: Int
    public var years: Int

    public init(regions: Int = 21, networksPerRegion: Int = 40, firstYear: Int = 2026, years: Int = 10) {
        self.regions = regions
        self.networksPerRegion = networksPerRegion
        self.firstYear = firstYear
        self.years = years
    }

    public var lastYear: Int { firstYear + years - 1 }

    /// Writes the folder (calendar.yaml, people.yaml, places.yaml, networks/) under `path`.
    public func write(to path: String) throws {
        let fm = FileManager.default
        try? fm.removeItem(atPath: path)
        try fm.createDirectory(atPath: path + "/networks", withIntermediateDirectories: true)
        try write(calendar(), to: path + "/calendar.yaml")
        try write(people(), to: path + "/people.yaml")
        try write(places(), to: path + "/places.yaml")
        for region in 1...regions {
            for index in 0..<networksPerRegion {
                try write(network(region: region, index: index), to: path + "/networks/\(networkID(region, index)).yaml")
            }
        }
    }

    private func write(_ node: Node, to file: String) throws {
        try Yams.serialize(node: node).write(toFile: file, atomically: true, encoding: .utf8)
    }

    private func networkID(_ region: Int, _ index: Int) -> String { "r\(region)-verkosto-\(index + 1)" }

    // MARK: Files

    private func calendar() -> Node {
        map([
            ("region", "Suomi (synteettinen)"),
            ("period", map([("from", .init(String(firstYear))), ("to", .init(String(lastYear)))])),
            ("noMeetingMonths", seq(["jul"])),
            // 840 networks in one all-networks feed: a quarter back and half a year ahead keep it
            // (and every feed) under 10 MB; the years before are in the archive.
            ("feeds", map([("past", "3"), ("future", "6")])),
            ("blackouts", seq([map([("name", "Joulu"), ("from", "12-22"), ("to", "01-06")])])),
            ("defaults", map([
                ("duration", "2h"), ("earliest", quoted("08:30")), ("latest", quoted("16:00")),
                ("preferredTimes", seq([quoted("09:00"), quoted("13:00")])),
                ("preferredWeekdays", seq(["tue", "wed", "thu"])), ("minSpacing", "7d"),
                ("deadlines", seq([
                    map([("task", "invitation"), ("before", "3 weeks"), ("modes", seq(["live", "hybrid"]))]),
                    map([("task", "agenda"), ("before", "1 week")]),
                    map([("task", "minutes"), ("after", "1 week")]),
                ])),
            ])),
        ])
    }

    private func people() -> Node {
        var entries: [(String, Node)] = []
        for n in 1...3 { entries.append(("kansallinen-\(n)", map([("title", Node("Kansallinen koordinaattori \(n)"))]))) }
        for region in 1...regions {
            for c in 1...2 {
                entries.append(("r\(region)-koordinaattori-\(c)",
                                map([("title", Node("Koordinaattori \(c), alue \(region)")), ("maxMeetingsPerDay", "1")])))
            }
            entries.append(("r\(region)-johtaja", map([("title", Node("Aluejohtaja \(region)"))])))
            for index in 0..<networksPerRegion {
                entries.append(("\(networkID(region, index))-pj", map([("title", "Puheenjohtaja")])))
                entries.append(("\(networkID(region, index))-siht", map([("title", "Sihteeri")])))
            }
        }
        return map([("people", map(entries))])
    }

    private func places() -> Node {
        map([("places", map([
            ("teams", map([("name", "Teams"), ("online", "https://teams.example.org/synthetic")])),
        ] + (1...regions).map { region in
            ("r\(region)-sali", map([("name", "Kokoussali"), ("address", .init("Alueen \(region) kaupungintalo"))]))
        }))])
    }

    /// Every eighth network of each cadence: monthly, 4 a year, windows, twice a month,
    /// every 3 weeks, 11 a year, an RRULE, a school year; about 12 meetings a year on average.
    private func network(region: Int, index: Int) -> Node {
        let id = networkID(region, index)
        // Each coordinator convenes about 75 meetings a year; the rest have their own convener.
        let convener: String
        switch index % 8 {
        case 0, 1: convener = "r\(region)-koordinaattori-1"
        case 2, 5: convener = "r\(region)-koordinaattori-2"
        default: convener = "\(id)-pj"
        }
        var members: [Node] = [map([("person", .init(convener)), ("role", "convener")]),
                               map([("person", .init("\(id)-siht")), ("role", "secretary")])]
        if convener != "\(id)-pj" { members.append(map([("person", .init("\(id)-pj")), ("role", "chair")])) }
        if index % 5 == 0 { members.append(map([("person", .init("r\(region)-johtaja"))])) }
        if index == 0 { members.append(map([("person", .init("kansallinen-\(region % 3 + 1)"))])) }
        // Each region meets in its own hall, one meeting at a time.
        var meetings: [(String, Node)] = [("online", "teams"), ("place", .init("r\(region)-sali"))]
        switch index % 8 {
        case 0: meetings.append(("cadence", "monthly"))
        case 1:
            meetings.append(("cadence", "4 per year"))
            meetings.append(("live", "1"))
        case 2:
            meetings.append(("windows", seq([
                map([("id", "jan-feb"), ("months", seq(["jan", "feb"])), ("agenda", seq(["Tammi-helmikuun asiat"]))]),
                map([("id", "apr-may"), ("months", seq(["apr", "may"]))]),
                map([("id", "aug-sep"), ("months", seq(["aug", "sep"])), ("mode", "live")]),
                map([("id", "nov-dec"), ("months", seq(["nov", "dec"])), ("agenda", seq(["Vuoden tavoitteet"]))]),
            ])))
        case 3: meetings.append(("cadence", "twice a month"))
        case 4:
            meetings.append(("cadence", "every 3 weeks"))
            meetings.append(("start", .init(String(format: "%04d-01-%02d", firstYear, 5 + index % 5))))
        case 5: meetings.append(("cadence", "11 per year"))
        case 6:
            meetings.append(("cadence", "FREQ=MONTHLY;BYDAY=2WE"))
            meetings.append(("start", .init("\(firstYear)-01-01")))
        default:
            meetings.append(("cadence", "twice a month"))
        }
        var fields: [(String, Node)] = [
            ("id", .init(id)),
            ("title", map([("fi", .init("Alueen \(region) verkosto \(index + 1)")), ("en", .init("Region \(region) network \(index + 1)"))])),
            ("members", seq(members)),
            ("meetings", map(meetings)),
            ("annualCycle", seq([
                map([("title", "Vertaisarviointi"), ("alternate", "Itsearviointi"), ("years", "even"), ("at", "first")]),
                map([("title", "Toimintasuunnitelma"), ("at", "last")]),
            ])),
        ]
        if index % 8 == 7 { fields.append(("cycleStart", "aug")) }
        if index > 0 && index % 10 == 0 {
            fields.append(("reports", seq([map([("to", .init(networkID(region, 0)))])])))
        }
        return map(fields)
    }

    // MARK: Node helpers

    private func map(_ pairs: [(String, Node)]) -> Node { Node(pairs.map { (Node($0.0), $0.1) }) }
    private func seq(_ items: [Node]) -> Node { Node(items) }
    private func quoted(_ text: String) -> Node { Node(text, .implicit, .doubleQuoted) }
}
