import Foundation
import Testing
import TestSupport

/// Feeds and plans as text, split into what can be compared one by one.
enum Pieces {
    /// Every VEVENT of every feed under `out`, by feed path and UID, with its DTSTART.
    static func events(_ out: String) throws -> [String: (start: String, text: String)] {
        var result: [String: (String, String)] = [:]
        let walker = FileManager.default.enumerator(atPath: out)!
        while let path = walker.nextObject() as? String {
            guard path.hasSuffix(".ics") else { continue }
            let text = try String(contentsOfFile: out + "/" + path, encoding: .utf8)
            for block in text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst() {
                let event = block.components(separatedBy: "END:VEVENT\r\n")[0]
                let lines = event.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
                let uid = lines.first { $0.hasPrefix("UID:") }!.dropFirst(4)
                let start = lines.first { $0.hasPrefix("DTSTART") }!.split(separator: ":").last.map(String.init)!
                result["\(path) \(uid)"] = (start, event)
            }
        }
        return result
    }

    /// The meeting records of `plan --format json`, one line each, by key.
    static func meetings(_ json: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in json.components(separatedBy: "\n") where line.hasPrefix("{\"agenda\"") {
            let record = line.hasSuffix(",") ? String(line.dropLast()) : line
            let object = try! JSONSerialization.jsonObject(with: Data(record.utf8)) as! [String: Any]
            result[object["key"] as! String] = record
        }
        return result
    }
}

@Suite("Living with the plan through the year", .serialized)
struct LivingPlanTests {
    static let november = ["VUOSIKELLO_TODAY": "2026-11-29", "SOURCE_DATE_EPOCH": "1796000000"]

    @Test("Adding a network and changing a cadence on 29.11. leave every meeting before it byte-identical in the plan and the feeds")
    func pastIsHistory() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/public"
        let first = try CLI.run(["build", folder, "--out", out, "--documents", "none"], env: Self.november)
        #expect(first.status == 0, "\(first.err)")
        let feedsBefore = try Pieces.events(out)
        let planBefore = Pieces.meetings(try CLI.run(["plan", folder, "--format", "json", "--dry-run"], env: Self.november).out)

        try """
            title: Uusi verkosto
            members:
              - {person: koordinaattori, role: convener}
            meetings:
              cadence: monthly
              online: teams-koordinaattori
            """.write(toFile: folder + "/networks/uusi.yaml", atomically: true, encoding: .utf8)
        let rule = folder + "/networks/kohtaamispaikat.yaml"
        try (try String(contentsOfFile: rule, encoding: .utf8)).replacingOccurrences(of: "cadence: 4 per year", with: "cadence: 6 per year")
            .write(toFile: rule, atomically: true, encoding: .utf8)

        let later = ["VUOSIKELLO_TODAY": "2026-11-29", "SOURCE_DATE_EPOCH": "1796100000"]
        let second = try CLI.run(["build", folder, "--out", out, "--documents", "none"], env: later)
        #expect(second.status == 0, "\(second.err)")
        // Each window already over is named once, as missed.
        #expect(second.err.contains("uusi/2026/01 (1.1.2026–31.1.2026): varoitus") || second.err.contains("varoitus: uusi/2026/01 (1.1.2026–31.1.2026)"),
                "\(second.err)")
        let missed = second.err.components(separatedBy: "\n").filter { $0.contains("uusi/2026/") && $0.contains("ajankohta oli jo ohi") }
        #expect(missed.count == 9, "\(second.err)")
        let planAfter = Pieces.meetings(try CLI.run(["plan", folder, "--format", "json", "--dry-run"], env: later).out)
        var past = 0
        for (key, record) in planBefore where record.contains("\"start\":\"2026-") {
            let object = try JSONSerialization.jsonObject(with: Data(record.utf8)) as! [String: Any]
            guard (object["start"] as! String) < "2026-11-29" else { continue }
            past += 1
            #expect(planAfter[key] == record, "\(key) changed in the plan")
        }
        #expect(past > 80)
        for (key, record) in planAfter where planBefore[key] == nil {
            let object = try JSONSerialization.jsonObject(with: Data(record.utf8)) as! [String: Any]
            #expect((object["start"] as! String) >= "2026-11-29", "\(key) was put in the past")
        }
        let feedsAfter = try Pieces.events(out)
        // Every meeting before today, and the deadlines of those meetings, as they were.
        func heldMeeting(_ id: String) -> Bool {
            guard let uid = id.split(separator: " ").last, uid.hasPrefix("task.") else { return true }
            let dotted = uid.dropFirst(5).prefix { $0 != "@" }
            let key = dotted.split(separator: ".").dropLast().joined(separator: "/")
            guard let record = planBefore[key] else { return false }
            return record.contains("\"start\":\"2026-") && record.components(separatedBy: "\"start\":\"")[1] < "2026-11-29"
        }
        var pastEvents = 0
        for (id, event) in feedsBefore where event.start.prefix(8) < "20261129" && heldMeeting(id) {
            pastEvents += 1
            #expect(feedsAfter[id]?.text == event.text, "\(id) changed in the feeds")
        }
        #expect(pastEvents > 1000)
        // Nothing in the past was added to any feed either.
        for (id, event) in feedsAfter where feedsBefore[id] == nil {
            #expect(event.start.prefix(8) >= "20261129" || id.contains("task."), "\(id) appeared in the past")
        }
        // The next build reports nothing missed: it was said once.
        let third = try CLI.run(["check", folder], env: later)
        #expect(third.status == 0 && !third.err.contains("uusi/2026/01"), "\(third.err)")
    }

    @Test("Building from '.', from a copy and from a renamed folder gives byte-identical feeds")
    func identity() throws {
        let root = try Example.temporaryFolder("vuosikello-identity")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let env = ["SOURCE_DATE_EPOCH": "1796000000"]
        let fm = FileManager.default
        try fm.copyItem(atPath: Example.folder, toPath: root + "/etela-savo")
        try? fm.removeItem(atPath: root + "/etela-savo/vuosikello.sqlite")
        try fm.copyItem(atPath: root + "/etela-savo", toPath: root + "/toinen-nimi")
        func feeds(_ out: String) throws -> [String: Data] {
            var result: [String: Data] = [:]
            let walker = fm.enumerator(atPath: out)!
            while let path = walker.nextObject() as? String {
                if path.hasSuffix(".ics") { result[path] = fm.contents(atPath: out + "/" + path) }
            }
            return result
        }
        func build(_ folder: String, in directory: String, out: String) throws -> [String: Data] {
            let r = try CLI.run(["build", folder, "--out", out, "--documents", "none"], in: directory, env: env)
            #expect(r.status == 0, "\(r.err)")
            return try feeds(directory + "/" + out)
        }
        let named = try build("etela-savo", in: root, out: "o1")
        #expect(named.count == 185)
        #expect(String(decoding: named["feeds/johtoryhma.ics"]!, as: UTF8.self).contains("@etela-savo.vuosikello"))
        let dot = try build(".", in: root + "/etela-savo", out: "../o2")
        #expect(dot == named, "building from '.' changed the feeds")
        try fm.copyItem(atPath: root + "/etela-savo", toPath: root + "/kopio")
        #expect(try build("kopio", in: root, out: "o3") == named, "a copy changed the feeds")
        try fm.moveItem(atPath: root + "/etela-savo", toPath: root + "/siirretty")
        #expect(try build("siirretty", in: root, out: "o4") == named, "a renamed folder changed the feeds")
        // A fresh copy under another name, never built before, gives the same UIDs and bytes.
        #expect(try build("toinen-nimi", in: root, out: "o5") == named)
    }

    @Test("A move that breaks any hard rule is refused with what blocks it and three free times; --force overrides and check keeps warning")
    func movesRefused() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Only Tuesdays to Thursdays for the violence-free group; a leave for its convener.
        let rule = folder + "/networks/vakivallaton.yaml"
        try (try String(contentsOfFile: rule, encoding: .utf8)).replacingOccurrences(
            of: "  cadence: 4 per year         # ASSUMPTION: the seed gives no cadence",
            with: "  cadence: 4 per year\n  weekdays: [tue, wed, thu]")
            .write(toFile: rule, atomically: true, encoding: .utf8)
        let people = folder + "/people.yaml"
        try (try String(contentsOfFile: people, encoding: .utf8)).replacingOccurrences(
            of: "  lahisuhdevakivalta-koordinaattori:\n",
            with: "  lahisuhdevakivalta-koordinaattori:\n    unavailable: [{from: 2026-03-23, to: 2026-03-27, name: Loma}]\n")
            .write(toFile: people, atomically: true, encoding: .utf8)
        let today = ["VUOSIKELLO_TODAY": "2026-01-02"]
        let json = try CLI.run(["plan", folder, "--format", "json", "--dry-run"], env: today)
        #expect(json.status == 0, "\(json.err)")
        let plan = Pieces.meetings(json.out).mapValues {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        func start(_ key: String) -> (day: String, time: String) {
            let s = plan[key]!["start"] as! String
            return (String(s.prefix(10)), String(s.dropFirst(11).prefix(5)))
        }
        func refused(_ key: String, _ day: String, _ time: String, _ words: String,
                     sourceLocation: SourceLocation = #_sourceLocation) throws {
            let r = try CLI.run(["move", key, day, time, "--rules", folder], env: today)
            #expect(r.status == 1, "\(key) → \(day) \(time) was not refused", sourceLocation: sourceLocation)
            #expect(r.err.contains(words), "\(key) → \(day) \(time): \(r.err)", sourceLocation: sourceLocation)
            #expect(r.err.contains("--force") && r.err.contains("Vapaita aikoja lähellä: "), sourceLocation: sourceLocation)
            let times = r.err.components(separatedBy: "Vapaita aikoja lähellä: ").last?.components(separatedBy: "\n").first ?? ""
            #expect(times.components(separatedBy: ", ").count == 3, "\(times)", sourceLocation: sourceLocation)
        }
        let key = "vakivallaton/2026/1"
        try refused(key, "2026-02-07", "10:00", "ei kokouspäivä (viikonloppu)")
        try refused(key, "2026-04-06", "10:00", "ei kokouspäivä (2. pääsiäispäivä)")
        try refused(key, "2026-07-14", "10:00", "ei kokouspäivä (heinäkuu, ei kokouksia)")
        try refused("vakivallaton/2026/4", "2026-12-29", "10:00", "ei kokouspäivä (Joulun ja loppiaisen välinen aika)")
        try refused("lape-mikkeli/2026/3", "2026-10-14", "10:00", "ei kokouspäivä (Syysloma)")
        try refused(key, "2026-02-16", "10:00", "ma ei käy: vain ti, ke, to")
        try refused(key, "2026-02-17", "21:30", "sallittu aika on klo 8.30–16.00")
        try refused(key, "2026-05-13", "10:00", "kokouksen ajankohdan 1.1.2026–31.3.2026 ulkopuolella")
        try refused(key, "2026-03-25", "10:00", "lahisuhdevakivalta-koordinaattori: poissa 23.3.2026–27.3.2026 (Loma)")
        // The coordinator's own Outlook: the national couple-relationship network, 10.2. 13–15.
        try refused(key, "2026-02-10", "13:00", "koordinaattori: omassa kalenterissa \"Valtakunnallinen parisuhdeverkosto")
        // Another of her meetings at that time, and on that day at another time.
        let johto = start("johtoryhma/2026/02")
        try refused(key, johto.day, johto.time, "koordinaattori: Etelä-Savon lasten, nuorten ja perheiden johtoryhmä")
        try refused(key, johto.day, johto.time == "09:00" ? "13:00" : "09:00", "koordinaattori: jo 1 kokous(ta) päivässä")
        // Two weeks between two meetings of one network.
        let first = start(key)
        let near = try #require(ISO8601DateFormatter.day(first.day)?.addingTimeInterval(7 * 86_400))
        try refused("vakivallaton/2026/2", ISO8601DateFormatter.string(near), "10:00", "alle 14 päivän päässä verkoston kokouksesta")
        // The Mikkeli family centre holds one meeting at a time.
        let room = start("ero-mikkeli/2026/apr-may")
        let other = try #require(plan.first { $0.value["place"] as? String == "perhekeskus-mikkeli"
            && ($0.value["start"] as! String).hasPrefix("2026-0") && $0.key != "ero-mikkeli/2026/apr-may" })
        let taken = start(other.key)
        try refused("ero-mikkeli/2026/apr-may", taken.day, taken.time, "perhekeskus-mikkeli on varattu")
        _ = room

        // Forced, it is stored; check says so every time, and exits 0.
        let forced = try CLI.run(["move", key, "2026-02-17", "21:30", "--force", "--rules", folder], env: today)
        #expect(forced.status == 0, "\(forced.err)")
        #expect(forced.err.contains("siirretty sääntöjen vastaisesti (--force): sallittu aika on klo 8.30–16.00"), "\(forced.err)")
        for _ in 0..<2 {
            let check = try CLI.run(["check", folder], env: today)
            #expect(check.status == 0 && check.err.contains("vakivallaton/2026/1: siirretty sääntöjen vastaisesti (--force)"),
                    "\(check.err)")
        }
    }

    @Test("The past is changed only on purpose; every meeting to come can be cancelled, even one the rules cannot place")
    func pastAndCancel() throws {
        let folder = try CLI.copyOfExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let today = ["VUOSIKELLO_TODAY": "2026-11-29"]
        #expect(try CLI.run(["plan", folder, "--format", "json", "-o", folder + "/plan.json"], env: today).status == 0)
        let opts = ["--rules", folder, "--lang", "en"]
        // A day before today.
        let intoPast = try CLI.run(["move", "johtoryhma/2026/12", "2026-11-26"] + opts, env: today)
        #expect(intoPast.status == 1 && intoPast.err.contains("the day is past (today is 29.11.2026)"), "\(intoPast.err)")
        // A meeting that has happened.
        let held = try CLI.run(["move", "johtoryhma/2026/11", "2026-12-03"] + opts, env: today)
        #expect(held.status == 1 && held.err.contains("has already happened"), "\(held.err)")
        #expect(try CLI.run(["cancel", "johtoryhma/2026/11"] + opts, env: today).status == 1)
        // A correction of history, on purpose: kept as such.
        let corrected = try CLI.run(["move", "johtoryhma/2026/11", "2026-11-13", "13:00", "--force"] + opts, env: today)
        #expect(corrected.status == 0, "\(corrected.err)")
        let plan = try CLI.run(["plan", folder, "--format", "json", "--dry-run"], env: today)
        #expect(Pieces.meetings(plan.out)["johtoryhma/2026/11"]?.contains("\"start\":\"2026-11-13T13:00:00+02:00\"") == true)
        let changes = try CLI.run(["changes"] + opts, env: today)
        #expect(changes.out.contains("johtoryhma/2026/11 → 13.11.2026 13.00 [forced]"), "\(changes.out)")
        #expect(try CLI.run(["restore", "johtoryhma/2026/11"] + opts, env: today).status == 1)

        // The chair's leave makes December's leadership meeting impossible: check fails, but
        // the meeting can still be cancelled, and then all is well.
        let people = folder + "/people.yaml"
        try (try String(contentsOfFile: people, encoding: .utf8)).replacingOccurrences(
            of: "  johtoryhma-puheenjohtaja:\n",
            with: "  johtoryhma-puheenjohtaja:\n    unavailable: [{from: 2026-12-01, to: 2026-12-21, name: Loma}]\n")
            .write(toFile: people, atomically: true, encoding: .utf8)
        let broken = try CLI.run(["check", folder, "--lang", "en"], env: today)
        #expect(broken.status == 1 && broken.err.contains("johtoryhma/2026/12"), "\(broken.err)")
        let cancelled = try CLI.run(["cancel", "johtoryhma/2026/12"] + opts, env: today)
        #expect(cancelled.status == 0 && cancelled.out.contains("cancelled johtoryhma/2026/12"), "\(cancelled.err)")
        let fixed = try CLI.run(["check", folder, "--lang", "en"], env: today)
        #expect(fixed.status == 0, "\(fixed.err)")
    }
}

extension ISO8601DateFormatter {
    static func day(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate]
        return f.date(from: text)
    }

    static func string(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate]
        return f.string(from: date)
    }
}
