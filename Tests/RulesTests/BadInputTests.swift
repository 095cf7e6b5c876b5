import Foundation
import Testing
@testable import Rules

/// Every kind of wrong input gives one clear message with file, line and column.
@Suite("Bad rule input")
struct BadInputTests {
    private func single(_ network: String, file: String = "networks/x.yaml",
                        extra: [String: String] = [:]) throws -> (place: String, message: DiagnosticMessage, text: String) {
        var files = extra
        files[file] = network
        let folder = try RulesFolder(files)
        defer { folder.remove() }
        let errors = folder.load().errors
        guard let error = folder.onlyError() else {
            Issue.record("expected exactly one error, got \(errors.map { $0.rendered(.en) })")
            throw CancellationError()
        }
        return error
    }

    @Test("An unknown key names the closest valid one")
    func unknownKey() throws {
        let e = try single("""
            title: X
            meetings:
              cadense: monthly
            """)
        #expect(e.place == "networks/x.yaml:3:3")
        #expect(e.message == .unknownKey("cadense", suggestion: "cadence"))
        #expect(e.text.contains("Did you mean 'cadence'?"))
    }

    @Test("A wrong type says what was expected and what was found")
    func wrongType() throws {
        let e = try single("""
            title: X
            meetings:
              cadence: monthly
              minSpacing: [1, 2]
            """)
        #expect(e.place == "networks/x.yaml:4:15")
        #expect(e.message == .expected(.text, found: "- …"))
    }

    @Test("A number where a list of members belongs")
    func wrongTypeList() throws {
        let e = try single("""
            title: X
            members: 5
            """)
        #expect(e.place == "networks/x.yaml:2:10")
        #expect(e.message == .expected(.list, found: "5"))
    }

    @Test("An unknown person is reported with a suggestion")
    func unknownPerson() throws {
        let e = try single("""
            title: X
            members:
              - person: koordinaatori
            """)
        #expect(e.place == "networks/x.yaml:3:13")
        #expect(e.message == .unknownReference(.person, "koordinaatori", suggestion: "koordinaattori"))
    }

    @Test("An unknown place, and a room given as a link")
    func unknownPlace() throws {
        let e = try single("""
            title: X
            meetings:
              cadence: monthly
              online: teamz
            """)
        #expect(e.place == "networks/x.yaml:4:11")
        #expect(e.message == .unknownReference(.place, "teamz", suggestion: "teams"))
        let f = try single("""
            title: X
            meetings:
              cadence: monthly
              online: huone
            """)
        #expect(f.message == .placeHasNoLink("huone"))
    }

    @Test("An unknown network in a reporting line")
    func unknownNetwork() throws {
        let e = try single("""
            title: X
            reports:
              - to: johtorhma
            """, extra: ["networks/johtoryhma.yaml": RulesFolder.simpleNetwork])
        #expect(e.place == "networks/x.yaml:3:9")
        #expect(e.message == .unknownReference(.network, "johtorhma", suggestion: "johtoryhma"))
    }

    @Test("An unknown municipality")
    func unknownMunicipality() throws {
        let e = try single("""
            title: X
            municipality: mikkel
            """)
        #expect(e.message == .unknownReference(.municipality, "mikkel", suggestion: "mikkeli"))
    }

    @Test("The same network id in two files")
    func duplicateNetwork() throws {
        let e = try single("id: y\ntitle: X\n", extra: ["networks/y.yaml": "title: Y\n"])
        #expect(e.place == "networks/y.yaml:1:1")
        guard case .duplicateID(.network, "y", let first) = e.message else {
            Issue.record("expected a duplicate id, got \(e.message)")
            return
        }
        #expect(first.file.hasSuffix("networks/x.yaml"))
    }

    @Test("The same window id twice in a network")
    func duplicateWindow() throws {
        let e = try single("""
            title: X
            meetings:
              windows:
                - {id: kevat, months: [mar]}
                - {id: kevat, months: [apr]}
            """)
        #expect(e.place == "networks/x.yaml:5:7")
        guard case .duplicateID(.window, "kevat", _) = e.message else {
            Issue.record("got \(e.message)")
            return
        }
    }

    @Test("A key written twice")
    func duplicateKey() throws {
        let e = try single("""
            title: X
            title: Y
            """)
        #expect(e.place.hasPrefix("networks/x.yaml:"))
        #expect(e.message == .duplicateKey("title"))
    }

    @Test("A window in the months with no meetings is impossible")
    func windowInJuly() throws {
        let e = try single("""
            title: X
            meetings:
              windows:
                - {id: kesa, months: [jul]}
            """)
        #expect(e.place == "networks/x.yaml:4:7")
        #expect(e.message == .windowInNoMeetingMonths("kesa"))
    }

    @Test("Four meetings in a window too small for them")
    func windowTooSmall() throws {
        let e = try single("""
            title: X
            meetings:
              minSpacing: 14d
              windows:
                - {id: kevat, from: 03-01, to: 03-20, count: 4}
            """)
        #expect(e.place == "networks/x.yaml:5:7")
        #expect(e.message == .windowTooSmall("kevat", count: 4, spacingDays: 14, days: 20))
    }

    @Test("A window's months must be consecutive")
    func monthsNotConsecutive() throws {
        let e = try single("""
            title: X
            meetings:
              windows:
                - {id: hajanainen, months: [jan, mar]}
            """)
        #expect(e.place == "networks/x.yaml:4:32")
        #expect(e.message == .monthsNotConsecutive)
    }

    @Test("Reporting lines that go round in a circle")
    func reportingCycle() throws {
        let folder = try RulesFolder([
            "networks/a.yaml": "title: A\nreports:\n  - to: b\n",
            "networks/b.yaml": "title: B\nreports:\n  - to: c\n",
            "networks/c.yaml": "title: C\nreports:\n  - to: a\n",
        ])
        defer { folder.remove() }
        let e = try #require(folder.onlyError())
        #expect(e.place == "networks/c.yaml:3:9")
        #expect(e.message == .reportingCycle(["a", "b", "c", "a"]))
    }

    @Test("Reports up and guidance down between the same networks are no circle; guidance that loops is")
    func guidanceIsNoCircle() throws {
        let folder = try RulesFolder([
            "networks/a.yaml": "title: A\nmeetings:\n  cadence: monthly\nguidance:\n  - {to: b, item: Linjaukset}\n  - to: c\n",
            "networks/b.yaml": "title: B\nmeetings:\n  cadence: 4 per year\nreports:\n  - to: a\n",
            "networks/c.yaml": "title: C\nmeetings:\n  cadence: 4 per year\nreports:\n  - to: a\n",
        ])
        defer { folder.remove() }
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.rendered(.en) })")
        let a = try #require(result.rules?.network("a"))
        #expect(a.reports.map(\.kind) == [.guidance, .guidance] && a.reports.map(\.to) == ["b", "c"])
        let looping = try RulesFolder([
            "networks/a.yaml": "title: A\nguidance:\n  - to: b\n",
            "networks/b.yaml": "title: B\nguidance:\n  - to: a\n",
        ])
        defer { looping.remove() }
        let e = try #require(looping.onlyError())
        #expect(e.message == .reportingCycle(["a", "b", "a"]) && e.place == "networks/b.yaml:3:9")
    }

    @Test("A network cannot report to itself")
    func reportToSelf() throws {
        let e = try single("title: X\nreports:\n  - to: x\n")
        #expect(e.message == .reportToSelf("x"))
    }

    @Test("Dates that do not exist", arguments: [
        ("meetings:\n  cadence: every 2 weeks\n  start: 2026-02-30\n", "networks/x.yaml:4:10", "2026-02-30"),
        ("members:\n  - {person: koordinaattori, from: 2027-02-29}\n", "networks/x.yaml:3:36", "2027-02-29"),
    ])
    func nonexistentDate(body: String, place: String, date: String) throws {
        let e = try single("title: X\n" + body)
        #expect(e.place == place)
        #expect(e.message == .nonexistentDate(date))
    }

    @Test("A month-day that does not exist")
    func nonexistentMonthDay() throws {
        let e = try single("""
            title: X
            tasks:
              - {id: t, title: T, from: 02-30, due: 03-15}
            """)
        #expect(e.message == .invalidMonthDay("02-30"))
    }

    @Test("An empty folder")
    func emptyFolder() throws {
        let folder = try RulesFolder([:], withDefaults: false)
        defer { folder.remove() }
        let e = try #require(folder.onlyError())
        #expect(e.place == folder.path)
        #expect(e.message == .noNetworkFiles(folder.path))
    }

    @Test("A folder that does not exist")
    func missingFolder() {
        let result = RuleLoader().load(folder: "/nonexistent/vuosikello")
        #expect(result.rules == nil)
        #expect(result.errors.map(\.message) == [.folderNotFound("/nonexistent/vuosikello")])
    }

    @Test("Broken YAML names the line")
    func yamlSyntax() throws {
        let e = try single("title: X\nmeetings:\n  cadence: [monthly\n")
        #expect(e.place.hasPrefix("networks/x.yaml:"))
        guard case .yamlSyntax = e.message else {
            Issue.record("got \(e.message)")
            return
        }
    }

    @Test("A missing, empty or broken people.yaml is named once, first, and the references to it summarised",
          arguments: [nil, "", "people:\n  a: [\n"])
    func brokenPeopleFile(people: String?) throws {
        // Networks that sort before people.yaml refer to people four times.
        let network = RulesFolder.simpleNetwork + "deadlines:\n  - {task: agenda, before: 1 week, owner: puheenjohtaja}\n"
        var files = ["networks/a.yaml": network, "networks/b.yaml": network]
        if let people { files["people.yaml"] = people }
        let folder = try RulesFolder(files)
        defer { folder.remove() }
        if people == nil { try FileManager.default.removeItem(atPath: folder.path + "/people.yaml") }
        let errors = folder.load().errors
        #expect(errors.count == 2, "\(errors.map { $0.rendered(.en) })")
        #expect(errors.allSatisfy { ($0.location?.file ?? $0.path ?? "").hasSuffix("/people.yaml") })
        let expectedCause: DiagnosticMessage = switch people {
        case nil: .missingFile("people.yaml")
        case "": .emptyFile
        default: .yamlSyntax("did not find expected node content")
        }
        #expect(errors.first?.message == expectedCause)
        #expect(errors.last?.message == .referencesNotChecked(.person, count: 4, file: "people.yaml"))
    }

    @Test("A network id the outputs use themselves is refused at its file", arguments: ["all", "sv", "people"])
    func reservedID(id: String) throws {
        let e = try single(RulesFolder.simpleNetwork, file: "networks/\(id).yaml")
        #expect(e.place == "networks/\(id).yaml:1:1" && e.message == .reservedID(id))
    }

    @Test("Without people.yaml, a folder whose networks name nobody loads")
    func noPeopleNeeded() throws {
        let folder = try RulesFolder(["networks/x.yaml": "title: X\nmeetings:\n  cadence: 4 per year\n  online: teams\n"])
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: folder.path + "/people.yaml")
        #expect(folder.load().errors.isEmpty)
    }

    @Test("Other typed values", arguments: [
        ("meetings:\n  cadence: every now and then\n", DiagnosticMessage.invalidCadence("every now and then")),
        ("meetings:\n  cadence: \"FREQ=SOMETIMES\"\n  start: 2026-01-01\n", .invalidRecurrence("FREQ=SOMETIMES")),
        ("meetings:\n  cadence: every 3 weeks\n", .needsStart("every 3 weeks")),
        // A weekly series under the calendar's 14-day spacing: one error naming the key, not one per meeting.
        ("meetings:\n  cadence: viikoittain\n  start: 2026-01-07\n", .spacingTooLong(minSpacing: 14, gap: 7)),
        ("meetings:\n  series: {start: 2026-09-01, sessions: [A, B, C]}\n  minSpacing: 10d\n", .spacingTooLong(minSpacing: 10, gap: 7)),
        ("meetings:\n  cadence: monthly\n  duration: 9h\n", .dayTooShort(earliest: "08:30", latest: "16:00", minutes: 540)),
        ("meetings:\n  cadence: monthly\n  mode: kaukana\n", .invalidChoice("kaukana", choices: Choices(MeetingMode.self), suggestion: nil)),
        ("meetings:\n  cadence: 2 per year\n  live: 3\n", .tooManyLiveMeetings(live: 3, total: 2)),
        ("meetings:\n  cadence: 61 per year\n", .tooManyMeetings(count: 61, limit: 60)),
        ("meetings:\n  cadence: \"FREQ=MINUTELY\"\n  start: 2026-01-01\n", .recurrenceTooFrequent("FREQ=MINUTELY")),
        ("meetings:\n  windows:\n    - {id: a, months: [jan], count: 31}\n    - {id: b, months: [feb], count: 31}\n",
         .tooManyMeetings(count: 62, limit: 60)),
        ("meetings:\n  cadence: monthly\n  preferredWeekdays: [tue, funday]\n", .invalidWeekday("funday")),
        ("meetings:\n  cadence: monthly\n  earliest: \"25:00\"\n", .invalidTime("25:00")),
        ("meetings:\n  cadence: monthly\n  duration: ages\n", .invalidDuration("ages")),
        ("meetings:\n  cadence: monthly\n  windows: []\n", .onlyOneOf(["cadence", "windows"])),
        ("meetings:\n  duration: 1h\n", .noCadence),
        ("annualCycle:\n  - {title: T, years: sometimes}\n", .invalidYears("sometimes")),
        ("members:\n  - {person: koordinaattori, role: boss}\n", .invalidChoice("boss", choices: Choices(Role.self), suggestion: nil)),
    ])
    func typedValues(body: String, message: DiagnosticMessage) throws {
        let e = try single("title: X\n" + body)
        #expect(e.message == message)
        #expect(e.place.hasPrefix("networks/x.yaml:"))
    }

    @Test("Messages come in Finnish, Swedish and English")
    func languages() {
        let message = DiagnosticMessage.unknownKey("cadense", suggestion: "cadence")
        #expect(message.text(.fi) == "tuntematon avain 'cadense'. Tarkoititko 'cadence'?")
        #expect(message.text(.sv) == "okänd nyckel 'cadense'. Menade du 'cadence'?")
        #expect(message.text(.en) == "unknown key 'cadense'. Did you mean 'cadence'?")
    }

    @Test("A diagnostic renders as file:line:column: message")
    func rendering() {
        let d = Diagnostic(at: SourceLocation(file: "a.yaml", line: 3, column: 5), .missingKey("title"))
        #expect(d.rendered(.en) == "a.yaml:3:5: the key 'title' is missing")
        let w = Diagnostic(.warning, at: SourceLocation(file: "a.yaml", line: 1, column: 1), .emptyFile)
        #expect(w.rendered(.fi) == "a.yaml:1:1: varoitus: tiedosto on tyhjä")
    }
}

@Suite("Message wording")
struct MessageWordingTests {
    @Test("Unknown references agree in Finnish, Swedish and English")
    func unknownReferences() {
        #expect(DiagnosticMessage.unknownReference(.network, "x", suggestion: nil).text(.fi) == "tuntematon verkosto 'x'.")
        #expect(DiagnosticMessage.unknownReference(.network, "x", suggestion: nil).text(.sv) == "okänt nätverk 'x'.")
        #expect(DiagnosticMessage.unknownReference(.person, "x", suggestion: "y").text(.sv) == "okänd person 'x'. Menade du 'y'?")
        #expect(DiagnosticMessage.unknownReference(.place, "x", suggestion: nil).text(.en) == "unknown place 'x'.")
    }
}
