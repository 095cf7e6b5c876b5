import Foundation
import Rules
import Testing
import TestSupport

/// The monitoring report of a year the test lives through: seven networks' minutes of 2027
/// made from `vuosikello minutes` templates, filled in by the fixture (absences,
/// substitutes, decisions, discussions, actions opened and closed) and stored through the
/// real `vuosikello minutes record`; one meeting cancelled, one moved, one meeting's
/// minutes never recorded, one report left out, a task marked done. Every figure of the
/// report is checked against the fixture's own count; the CSV, Word and HTML files are
/// read by Python's csv, python-docx and a browser with axe-core.
@Suite("Monitoring report", .serialized)
struct ReportTests {
    static let networks = ["johtoryhma", "kohtaamispaikat", "lp-kehittajat", "ero-maakunta", "lape-juva", "lape-mikkeli",
                           "ero-mikkeli"]
    static let unrecorded = "lape-mikkeli/2027/4"
    static let missingReport = ("johtoryhma/2027/11", "Nostot: parisuhteen tuen ja eroauttamisen maakunnallinen tapaaminen")
    static let blankItem = "Esihenkilötapaamisen valmistelu"
    static let discussedItem = "Kaikkien perheiden paikka -itsearviointi"
    static let today = "2028-01-15"

    /// What the fixture wrote, counted as it wrote it.
    struct Count {
        var minutes: [String: Int] = [:]
        var attended: [String: Int] = [:], expected: [String: Int] = [:]
        var byOrganisation: [String: [Int]] = [:], byMunicipality: [String: [Int]] = [:]
        var handled: [String: Int] = [:], delivered: [String: Int] = [:]
        /// Action id → (network, due, closed).
        var actions: [Int: (network: String, due: String, closed: Bool)] = [:]
        var nextAction = 1
    }

    @Test("A year of minutes through `minutes record`: every figure of `report --year 2027` matches the fixture's count")
    func aYearOfMinutes() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rules = Example.rules
        func run(_ arguments: [String], today: String = Self.today) throws -> CLI.Result {
            // `plan` takes the folder as its argument; the others as --rules.
            let result = try CLI.run(arguments.first == "plan" ? arguments + [folder] : arguments + ["--rules", folder],
                                     env: ["VUOSIKELLO_TODAY": today])
            #expect(result.status == 0, "\(arguments): \(result.err)")
            return result
        }
        _ = try run(["cancel", "kohtaamispaikat/2027/1"], today: "2027-01-01")
        _ = try run(["move", "johtoryhma/2027/04", "2027-04-20"], today: "2027-01-01")
        _ = try run(["tasks", "done", "seuranta/2027/indikaattorit"], today: "2027-04-20")

        let planJSON = try run(["plan", "--from", "2027", "--to", "2027", "--format", "json"]).out
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(planJSON.utf8)) as? [String: Any])
        let meetings = try #require(plan["meetings"] as? [[String: Any]]).filter { ($0["start"] as! String).hasPrefix("2027") }
        let annual = Dictionary(uniqueKeysWithValues: rules.networks.map { network in
            (network.id, Set(network.annualCycle.flatMap { [$0.title.fi, $0.alternate?.fi].compactMap { $0 } }))
        })
        let reportTitles = Dictionary(uniqueKeysWithValues: rules.networks.flatMap { network in
            network.reports.filter { $0.kind == .report }.compactMap { line in line.item.map { ($0.fi, network.id) } }
        })

        var count = Count()
        let minutesFolder = folder + "/filled"
        try FileManager.default.createDirectory(atPath: minutesFolder, withIntermediateDirectories: true)
        for (index, meeting) in meetings.enumerated() {
            let key = meeting["key"] as! String, network = meeting["network"] as! String
            guard Self.networks.contains(network), meeting["status"] as? String != "cancelled", key != Self.unrecorded
            else { continue }
            let file = minutesFolder + "/" + key.replacingOccurrences(of: "/", with: "-") + ".md"
            _ = try run(["minutes", "--meeting", key, "--format", "md", "-o", file])
            let template = try String(contentsOfFile: file, encoding: .utf8)
            let filled = fill(template, key: key, network: network, index: index, day: String((meeting["start"] as! String).prefix(10)),
                              annual: annual[network] ?? [], reportTitles: reportTitles, rules: rules, count: &count)
            try filled.write(toFile: file, atomically: true, encoding: .utf8)
            _ = try run(["minutes", "record", file])
            count.minutes[network, default: 0] += 1
        }

        // The fixture wrote what the report must tell apart.
        #expect(count.handled.values.reduce(0, +) > 5 && count.delivered.values.reduce(0, +) == 1)
        #expect(count.attended.values.reduce(0, +) < count.expected.values.reduce(0, +))
        #expect(count.actions.count > 10 && count.minutes.values.reduce(0, +) > 25)

        let json = try run(["report", "--year", "2027", "--format", "json"]).out
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let figures = Dictionary(uniqueKeysWithValues: try #require(report["networks"] as? [[String: Any]]).map {
            ($0["networkID"] as! String, $0["counts"] as! [String: Any])
        })
        func int(_ value: Any?) -> Int { value as? Int ?? -1 }

        // Meetings, per network and per month, from the plan's own list.
        for network in rules.networks.map(\.id) {
            let own = meetings.filter { $0["network"] as? String == network }
            let c = figures[network] ?? [:]
            guard !own.isEmpty || c.isEmpty == false else { continue }
            let statuses = own.map { $0["status"] as! String }
            #expect(int(c["planned"]) == own.count, "\(network)")
            #expect(int(c["held"]) == statuses.filter { $0 != "cancelled" }.count, "\(network)")
            #expect(int(c["moved"]) == statuses.filter { $0 == "moved" }.count, "\(network)")
            #expect(int(c["cancelled"]) == statuses.filter { $0 == "cancelled" }.count, "\(network)")
            #expect(int(c["upcoming"]) == 0, "\(network)")
            #expect(int(c["minutesRecorded"]) == count.minutes[network] ?? 0, "\(network)")
            let rate = c["attendance"] as? [String: Any] ?? [:]
            #expect(int(rate["attended"]) == count.attended[network] ?? 0, "\(network)")
            #expect(int(rate["expected"]) == count.expected[network] ?? 0, "\(network)")
            // Annual-cycle items: the plan's agenda titles that are the network's annual items.
            let due = own.filter { $0["status"] as? String != "cancelled" }
                .flatMap { $0["agenda"] as? [String] ?? [] }.filter { annual[network]?.contains($0) == true }.count
            #expect(int(c["itemsDue"]) == due, "\(network)")
            #expect(int(c["itemsHandled"]) == count.handled[network] ?? 0, "\(network)")
            let opened = count.actions.values.filter { $0.network == network }
            #expect(int(c["actionsOpened"]) == opened.count, "\(network)")
            #expect(int(c["actionsClosed"]) == opened.filter(\.closed).count, "\(network)")
            #expect(int(c["actionsOverdue"]) == opened.filter { !$0.closed && $0.due < Self.today }.count, "\(network)")
        }
        #expect(figures["kohtaamispaikat"].map { int($0["cancelled"]) } == 1)
        #expect(figures["johtoryhma"].map { int($0["moved"]) } == 1)
        #expect(figures["lape-mikkeli"].map { int($0["minutesRecorded"]) } == 3)
        let months = try #require(report["months"] as? [[String: Any]])
        for month in months {
            let m = int(month["month"]), prefix = String(format: "2027-%02d", m)
            let inMonth = meetings.filter { ($0["start"] as! String).hasPrefix(prefix) }
            #expect(int(month["planned"]) == inMonth.count, "\(m)")
            #expect(int(month["held"]) == inMonth.filter { $0["status"] as? String != "cancelled" }.count, "\(m)")
        }

        // Attendance by organisation and by municipality.
        let attendance = try #require(report["attendance"] as? [String: Any])
        #expect(attendance["byPerson"] == nil, "no person in a file")
        for (field, counted) in [("byOrganisation", count.byOrganisation), ("byMunicipality", count.byMunicipality)] {
            let rows = try #require(attendance[field] as? [[String: Any]])
            var found: [String: [Int]] = [:]
            for row in rows {
                let rate = row["rate"] as! [String: Any]
                if int(rate["expected"]) > 0 { found[row["id"] as? String ?? "-"] = [int(rate["attended"]), int(rate["expected"])] }
            }
            #expect(found == counted, "\(field)")
        }

        // Reports along the reporting lines: one delivered, one left out.
        let reports = try #require(report["reports"] as? [[String: Any]])
        let required = meetings.filter { $0["network"] as? String == "johtoryhma" }
            .flatMap { $0["agenda"] as? [String] ?? [] }.filter { reportTitles[$0] != nil }
        #expect(reports.count == required.count && required.count == 2)
        #expect(reports.filter { $0["state"] as? String == "handled" }.count == count.delivered.values.reduce(0, +))
        #expect(reports.contains { $0["meetingKey"] as? String == Self.missingReport.0 && $0["state"] as? String == "not-recorded" })
        let items = try #require(report["items"] as? [[String: Any]])
        #expect(items.contains { $0["title"] as? String == Self.blankItem && $0["state"] as? String == "not-recorded" })
        #expect(items.contains { $0["title"] as? String == Self.discussedItem && $0["state"] as? String == "handled" })
        #expect(items.filter { ($0["meetingKey"] as? String)?.hasPrefix("lape-mikkeli") == true && $0["state"] as? String == "no-minutes" }.count
                == 0, "lape-mikkeli has no annual items")

        // Actions: the oldest overdue is the fixture's oldest open one past its date.
        let overdue = try #require(report["overdueActions"] as? [[String: Any]])
        let oldest = count.actions.filter { !$0.value.closed && $0.value.due < Self.today }
            .min { ($0.value.due, $0.key) < ($1.value.due, $1.key) }
        #expect(overdue.first.map { int($0["id"]) } == oldest?.key)
        #expect(overdue.allSatisfy { $0["owner"] == nil }, "no owners in a file")
        #expect(count.actions.values.contains { $0.closed } && oldest != nil)

        // Tasks due in 2027 and the one marked done.
        let tasks = try #require(report["tasks"] as? [[String: Any]])
        let dueTasks = try #require(plan["tasks"] as? [[String: Any]])
            .filter { $0["kind"] as? String == "task" && ($0["due"] as? String)?.hasPrefix("2027") == true }
        #expect(tasks.count == dueTasks.count && !tasks.isEmpty)
        #expect(tasks.filter { $0["state"] as? String == "done" }.map { $0["key"] as? String } == ["seuranta/2027/indikaattorit"])
        #expect(tasks.contains { $0["key"] as? String == "seuranta/2027/perheiden-kysely" && $0["state"] as? String == "overdue" })
        let total = try #require(report["total"] as? [String: Any])
        #expect(int(total["tasksDone"]) == 1 && int(total["tasksDue"]) == dueTasks.count)

        try files(folder, report: report, run: run)
    }

    @Test("The report attached to the leadership group's February item follows the year until that meeting, then stays")
    func attachedReport() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/public/documents/johtoryhma/seurantaraportti-2026.md"
        func run(_ arguments: [String], today: String) throws {
            let result = try CLI.run(arguments, env: ["VUOSIKELLO_TODAY": today])
            #expect(result.status == 0, "\(arguments): \(result.err)")
        }
        func build(_ today: String) throws -> String {
            try run(["build", folder, "--out", folder + "/public", "--documents", "md"], today: today)
            return try String(contentsOfFile: file, encoding: .utf8)
        }
        let first = try build("2027-01-10")
        #expect(first.contains("Tilanne 10.1.2027"))
        try run(["tasks", "done", "seuranta/2026/indikaattorit", "--rules", folder], today: "2027-01-10")
        let marked = try build("2027-01-10")
        #expect(marked != first && marked.contains("| Indikaattoridiapaketin päivitys | Perhekeskustoiminnan seuranta ja arviointi | 2026-04-30 | tehty 2027-01-10 |"))
        // After the meeting of 11.2.2027 the attachment is what the meeting had.
        try run(["tasks", "done", "seuranta/2026/kuntakysely", "--rules", folder], today: "2027-03-01")
        #expect(try build("2027-03-01") == marked)
        let agenda = try String(contentsOfFile: folder + "/public/documents/johtoryhma/2027-02-agenda.md", encoding: .utf8)
        #expect(agenda.contains("Perhekeskustoiminnan seurantaraportti 2026 (seurantaraportti-2026.docx)"))
    }

    /// The CSV, Word and HTML files as other tools read them; Swedish and English too.
    private func files(_ folder: String, report: [String: Any], run: (_ arguments: [String], _ today: String) throws -> CLI.Result) throws {
        let csv = folder + "/r.csv", docx = folder + "/r.docx", html = folder + "/r.html"
        for (format, file) in [("csv", csv), ("docx", docx), ("html", html)] {
            _ = try run(["report", "--year", "2027", "--format", format, "-o", file], Self.today)
        }
        let found = try Peer.json("report_peer.py", [csv, docx, html])
        let rows = try #require(found["csv"] as? [[String]])
        #expect(rows.first == ["osio", "tunnus", "nimi", "mittari", "arvo"])
        let networks = Dictionary(uniqueKeysWithValues: (report["networks"] as! [[String: Any]]).map {
            ($0["networkID"] as! String, $0["counts"] as! [String: Any])
        })
        let measures = ["planned": "planned", "held": "held", "moved": "moved", "cancelled": "cancelled",
                        "minutes-recorded": "minutesRecorded", "items-due": "itemsDue", "items-handled": "itemsHandled",
                        "actions-opened": "actionsOpened", "actions-closed": "actionsClosed", "tasks-done": "tasksDone"]
        var checked = 0
        for row in rows.dropFirst() where row.count == 5 && row[0] == "network" {
            guard let field = measures[row[3]] else { continue }
            #expect(Int(row[4]) == networks[row[1]]?[field] as? Int, "\(row)")
            checked += 1
        }
        #expect(checked == networks.count * measures.count)

        let document = try #require(found["docx"] as? [String: Any])
        let paragraphs = try #require(document["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.first?["text"] as? String == "Perhekeskustoiminnan seurantaraportti 2027")
        #expect(paragraphs.first?["style"] as? String == "Title")
        #expect(paragraphs.filter { $0["style"] as? String == "Heading 1" }.count == 6)
        let tables = try #require(document["tables"] as? [[[String]]])
        let meetingsTable = try #require(tables.first { $0.first?.first == "Verkosto" && $0.first?.contains("Pidetty") == true })
        let total = report["total"] as! [String: Any]
        #expect(meetingsTable.last?.prefix(3) == ["Yhteensä", "\(total["planned"]!)", "\(total["held"]!)"])

        // LibreOffice opens the Word file too.
        let office = try DocumentPrintTests.soffice(docx, to: "txt:Text (encoded):UTF8", in: folder)
        #expect(office.contains("Perhekeskustoiminnan seurantaraportti 2027") && office.contains("Yhteensä"), "\(office.prefix(400))")

        let pages = try #require(found["html"] as? [String: [String: Any]])
        for (width, page) in pages {
            let axe = page["axe"] as? [String: Any] ?? [:]
            #expect(axe["error"] == nil, "\(width): \(axe)")
            #expect((axe["violations"] as? [Any])?.isEmpty == true, "\(width): \(axe["violations"] ?? "")")
            #expect((axe["passes"] as? Int ?? 0) > 5)
            #expect(page["overflow"] as? Bool == false, "\(width): no sideways scrolling")
            let charts = try #require(page["charts"] as? [[String: Any]])
            #expect(charts.count == 3)
            #expect(charts.allSatisfy { !($0["title"] as? String ?? "").isEmpty && !($0["desc"] as? String ?? "").isEmpty
                && ($0["bars"] as? Int ?? 0) > 0 })
        }

        // No person in any of the files.
        let people = Example.rules.people.keys.filter { $0.contains("-") }
        for file in [csv, html] {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(!people.contains { text.contains($0) }, "\(file)")
        }
        for (lang, title) in [("sv", "Uppföljningsrapport för familjecentrumverksamheten 2027"),
                              ("en", "Family-centre monitoring report 2027")] {
            let file = folder + "/r-\(lang).html"
            _ = try run(["report", "--year", "2027", "--format", "html", "-o", file, "--lang", lang], Self.today)
            let page = try String(contentsOfFile: file, encoding: .utf8)
            #expect(page.contains("<html lang=\"\(lang)\">") && page.contains("<h1>\(title)</h1>"))
        }
    }

    /// Fills one minutes template as a secretary would: attendance marked, decisions under
    /// the year's items (but not all), an action at every other meeting, and every other
    /// open action closed. Counts everything it writes.
    private func fill(_ template: String, key: String, network: String, index: Int, day: String, annual: Set<String>,
                      reportTitles: [String: String], rules: RuleSet, count: inout Count) -> String {
        var out: [String] = []
        var item = "", person = 0
        let municipalities = rules.calendar.municipalities
        for line in template.components(separatedBy: "\n") {
            if line.hasPrefix("## ") {
                item = line.drop { $0 != "." }.dropFirst().trimmingCharacters(in: .whitespaces)
            }
            if line.hasPrefix("- [ ] ") && !line.hasPrefix("- [ ] #") {
                let id = String(line.dropFirst(6).prefix { $0 != " " })
                person += 1
                if line.hasSuffix(", kutsuttaessa") {
                    out.append(person % 2 == 0 ? "- [x] " + line.dropFirst(6) : line)   // optional: never counted
                    continue
                }
                let mark = (index + person) % 6
                let attended = mark != 0
                count.expected[network, default: 0] += 1
                if attended { count.attended[network, default: 0] += 1 }
                let organisation = rules.people[id]?.organisation ?? "-"
                count.byOrganisation[organisation, default: [0, 0]][0] += attended ? 1 : 0
                count.byOrganisation[organisation, default: [0, 0]][1] += 1
                let municipality = rules.network(network)?.municipality
                    ?? municipalities.first { $0.name.fi.lowercased() == organisation.lowercased() || $0.id == organisation.lowercased() }?.id
                    ?? "-"
                count.byMunicipality[municipality, default: [0, 0]][0] += attended ? 1 : 0
                count.byMunicipality[municipality, default: [0, 0]][1] += 1
                out.append(mark == 0 ? line : mark == 1 ? "- [s] " + line.dropFirst(6) + ": Varahenkilö" : "- [x] " + line.dropFirst(6))
                continue
            }
            if line.hasPrefix("- [ ] #"), let id = Int(line.dropFirst(7).prefix { $0.isNumber }), id % 2 == 0 {
                out.append("- [x] #" + line.dropFirst(7))
                count.actions[id]?.closed = true
                continue
            }
            if line == "Keskustelu:" && item == Self.discussedItem {
                out.append("Keskustelu: Käytiin läpi kävijöiden palaute.")
                continue
            }
            if line == "Päätös:" {
                if item.hasPrefix("Esityslistan hyväksyminen") {
                    out.append("Päätös: Hyväksyttiin.")
                    continue
                }
                let isReport = reportTitles[item] != nil
                if annual.contains(item) || isReport {
                    if (key, item) == Self.missingReport || item == Self.blankItem {
                        out.append(line)
                    } else if item == Self.discussedItem {
                        out.append(line)   // discussed above, nothing decided: handled all the same
                        count.handled[network, default: 0] += 1
                    } else {
                        out.append("Päätös: Merkittiin tiedoksi.")
                        if isReport { count.delivered[reportTitles[item]!, default: 0] += 1 } else { count.handled[network, default: 0] += 1 }
                    }
                    continue
                }
            }
            if line == "Tehtävä:" && item.hasPrefix("Esityslistan hyväksyminen") && index % 2 == 0 {
                let due = Day(iso: day)!.adding(days: 45).iso
                out.append("Tehtävä: Selvitys \(key) | koordinaattori | \(due)")
                count.actions[count.nextAction] = (network, due, false)
                count.nextAction += 1
                continue
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}
