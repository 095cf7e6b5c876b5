import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Mustache
import Testing
import ZIPFoundation
@testable import Rendering
@testable import Rules
@testable import Scheduling
@testable import Storage

/// The example's plan, documents and the repository's templates.
enum DocumentFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let templates = TemplateLibrary(folders: [root.appendingPathComponent("templates").path])
    static var rules: RuleSet { RenderingTests.rules }
    static var plan: Plan { RenderingTests.plan }

    static func documents(_ language: Language = .fi, actions: [ActionItem] = [], plan: Plan = plan,
                          rules: RuleSet = rules, templates: TemplateLibrary = templates) -> MeetingDocuments {
        MeetingDocuments(rules: rules, language: language, plan: plan, actions: actions, templates: templates)
    }

    static func meeting(_ key: String) throws -> Meeting { try #require(plan.meeting(key)) }

    static func text(_ kind: DocumentKind, _ key: String, _ format: DocumentFormat = .md,
                     _ language: Language = .fi, actions: [ActionItem] = []) throws -> String {
        let data = try documents(language, actions: actions).render(kind, for: try meeting(key), format: format)
        return String(decoding: data, as: UTF8.self)
    }

    static func action(_ id: Int64, at meetingKey: String, network: String, owner: String, due: String,
                       open: Bool = true) -> ActionItem {
        ActionItem(id: id, meetingKey: meetingKey, network: network, itemNumber: 6, itemTitle: "Asia", what: "Tehtävä \(id)",
                   owner: owner, due: due, open: open, closedAt: nil, note: nil)
    }
}

@Suite("Agenda drafts")
struct AgendaTests {
    @Test("The November–December meeting of every divorce-help group lists the guide update and next year's goals")
    func divorceGroups() throws {
        for network in ["ero-mikkeli", "ero-pieksamaki", "ero-savonlinna"] {
            for year in [2026, 2027] {
                let key = "\(network)/\(year)/nov-dec"
                let titles = DocumentFixture.documents().document(.agenda, for: try DocumentFixture.meeting(key)).items
                    .map(\.title)
                #expect(titles.contains { $0.contains("-oppaan päivitys") }, "\(key): \(titles)")
                #expect(titles.contains { $0.hasPrefix("Tavoitteet") && $0.contains("seuraavalle vuodelle") },
                        "\(key): \(titles)")
            }
        }
    }

    @Test("The first leadership-group meeting after the provincial October meeting lists what was raised to it")
    func raisedItems() throws {
        let plan = DocumentFixture.plan
        for year in [2026, 2027] {
            let october = try #require(plan.meetings(of: "ero-maakunta").first {
                $0.day.year == year && $0.day.month == 10 && !$0.isCancelled })
            // The first leadership meeting whose agenda is still open after the October meeting.
            let next = try #require(plan.meetings(of: "johtoryhma").first { m in
                m.day > october.day && !m.isCancelled && plan.task(m.key + "/agenda").map { $0.due > october.day } == true })
            let document = DocumentFixture.documents().document(.agenda, for: next)
            func raised(_ item: DocumentItem) -> Bool {
                item.role == .reportFrom && item.title.hasPrefix("Nostot: parisuhteen tuen ja eroauttamisen")
            }
            let item = try #require(document.items.first(where: raised), "\(next.key)")
            #expect(item.title.hasPrefix("Nostot: parisuhteen tuen ja eroauttamisen"))
            #expect(item.notes == ["raportti: Parisuhteen tuen ja eroauttamisen maakunnallinen tapaaminen "
                + "(kokous \(october.day.finnish))"])
            // Not on the leadership group's meetings before it.
            let earlier = try #require(plan.meetings(of: "johtoryhma").last { $0.day < october.day })
            #expect(!DocumentFixture.documents().document(.agenda, for: earlier).items.contains(where: raised))
            // The sender's agenda says where the report goes.
            let sent = DocumentFixture.documents().document(.agenda, for: october).items.first { $0.role == .reportTo }
            #expect(sent?.title.hasPrefix("Raportti verkostolle: Etelä-Savon lasten") == true)
            #expect(sent?.notes.first?.hasSuffix(next.day.finnish) == true)
        }
    }

    @Test("Items are numbered from the opening to the closing, with standing items and the next meeting's date")
    func structure() throws {
        let plan = DocumentFixture.plan
        let meetings = plan.meetings(of: "johtoryhma").filter { !$0.isCancelled }
        let meeting = meetings[3]
        let document = DocumentFixture.documents().document(.agenda, for: meeting)
        #expect(document.items.map(\.number) == Array(1...document.items.count))
        #expect(document.items.first?.role == .opening && document.items.last?.role == .closing)
        #expect(document.items.map(\.role).prefix(5) == [.opening, .attendance, .minuteCheckers, .agendaApproval,
                                                          .previousMinutes])
        #expect(document.items.filter { $0.role == .standing }.count == 4)
        let next = try #require(document.items.first { $0.role == .nextMeeting })
        #expect(next.notes == [DocumentWords(language: .fi, body: .formal).when(meetings[4].day, meetings[4].start,
                                                                                 meetings[4].end)])
        #expect(document.items.first { $0.role == .previousMinutes }?.notes == ["kokous \(meetings[2].day.finnish)"])
        #expect(document.conveners.map(\.id) == ["koordinaattori"] && document.secretaries.map(\.id) == ["koordinaattori"])
        #expect(document.chairs.map(\.id) == ["johtoryhma-puheenjohtaja"])
        #expect(document.quorum?.contains("päätösvaltainen") == true)
        // The first meeting has no previous minutes to approve.
        let first = DocumentFixture.documents().document(.agenda, for: meetings[0])
        #expect(!first.items.contains { $0.role == .previousMinutes })
    }

    @Test("Open actions from earlier minutes appear with owner and due date; later and closed ones do not")
    func openActions() throws {
        let meetings = DocumentFixture.plan.meetings(of: "johtoryhma").filter { !$0.isCancelled }
        let (earlier, meeting, later) = (meetings[1], meetings[2], meetings[3])
        let actions = [
            DocumentFixture.action(1, at: earlier.key, network: "johtoryhma", owner: "koordinaattori",
                                   due: meeting.day.adding(days: -1).iso),
            DocumentFixture.action(2, at: earlier.key, network: "johtoryhma", owner: "johtoryhma-jasen-eloisa",
                                   due: later.day.iso),
            DocumentFixture.action(3, at: meeting.key, network: "johtoryhma", owner: "koordinaattori", due: later.day.iso),
            DocumentFixture.action(4, at: earlier.key, network: "johtoryhma", owner: "koordinaattori",
                                   due: later.day.iso, open: false),
        ]
        let document = DocumentFixture.documents(actions: actions).document(.agenda, for: meeting)
        let item = try #require(document.items.first { $0.role == .openActions })
        #expect(item.actions.map(\.id) == [1, 2])
        #expect(item.actions[0].overdue && !item.actions[1].overdue)
        #expect(item.actions[1].ownerName == "Johtoryhmän jäsen, Eloisa")
        #expect(item.actions[1].due == later.day.finnish)
        let markdown = String(decoding: try DocumentFixture.documents(actions: actions)
            .render(.agenda, for: meeting, format: .md), as: UTF8.self)
        #expect(markdown.contains("- #2 Tehtävä 2 (vastuu: Johtoryhmän jäsen, Eloisa, määräaika \(later.day.finnish))"))
        #expect(markdown.contains("**myöhässä**"))
        // Without open actions, there is no such item.
        #expect(!DocumentFixture.documents().document(.agenda, for: meeting).items.contains { $0.role == .openActions })
    }

    @Test("Finnish, Swedish and English meeting vocabulary, formal body and working group")
    func vocabulary() throws {
        let formal = "johtoryhma/2026/03", group = "ero-mikkeli/2026/apr-may"
        let expected: [(Language, String, [String], [String])] = [
            (.fi, "# Esityslista:", ["## 3. Pöytäkirjantarkastajien valinta", "Läsnäolijat, kokouksen laillisuus ja päätösvaltaisuus",
                                      "Edellisen kokouksen pöytäkirja", "Muut asiat", "Kokouksen päättäminen"],
             ["# Muistio:", "Edellisen kokouksen muistio"]),
            (.sv, "# Föredragningslista:", ["## 3. Val av protokolljusterare", "Närvarande, mötets laglighet och beslutförhet",
                                             "Föregående mötes protokoll", "Övriga ärenden", "Mötets avslutande"],
             ["# Minnesanteckningar:", "Föregående mötes minnesanteckningar"]),
            (.en, "# Agenda:", ["## 3. Election of minute checkers", "Attendance, legality and quorum",
                                 "Minutes of the previous meeting", "Any other business", "Closing of the meeting"],
             ["# Notes:", "Notes of the previous meeting"]),
        ]
        for (language, heading, formalWords, groupWords) in expected {
            let agenda = try DocumentFixture.text(.agenda, formal, .md, language)
            #expect(agenda.hasPrefix(heading), "\(language)")
            for word in formalWords { #expect(agenda.contains(word), "\(language): \(word)") }
            let notes = try DocumentFixture.text(.minutes, group, .md, language)
            for word in groupWords { #expect(notes.contains(word), "\(language): \(word)") }
            #expect(!notes.contains("## 3. " + formalWords[0].dropFirst(6)), "a working group elects no minute checkers")
        }
        #expect(try DocumentFixture.text(.minutes, formal, .md, .fi).hasPrefix("# Pöytäkirja:"))
        #expect(try DocumentFixture.text(.minutes, formal, .md, .sv).hasPrefix("# Protokoll:"))
    }

    @Test("HTML is laid out for A4, says its language and escapes what it shows")
    func html() throws {
        var rules = DocumentFixture.rules
        let index = try #require(rules.networks.firstIndex { $0.id == "johtoryhma" })
        rules.networks[index].standingItems.append(LocalizedText("Budjetti <2027> & \"muut\""))
        let documents = DocumentFixture.documents(rules: rules)
        let meeting = try DocumentFixture.meeting("johtoryhma/2026/03")
        let html = String(decoding: try documents.render(.agenda, for: meeting, format: .html), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"fi\">"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("Budjetti &lt;2027&gt; &amp; &quot;muut&quot;"))
        #expect(!html.contains("<2027>"))
        let markdown = String(decoding: try documents.render(.agenda, for: meeting, format: .md), as: UTF8.self)
        #expect(markdown.contains("Budjetti <2027> & \"muut\""), "Markdown is text, not escaped")
    }

    @Test("Documents hold no client data fields and no e-mail addresses")
    func noClientData() throws {
        var rules = DocumentFixture.rules
        for id in rules.people.keys { rules.people[id]?.email = "\(id)@example.org" }
        let documents = DocumentFixture.documents(rules: rules)
        // A field is a label at the start of a line ("- **Asiakas:**", "Hetu:") or a <dt> in HTML.
        let fields = try NSRegularExpression(
            pattern: "(^[\\s>*-]*|<dt>)(asiakas|asiakkaan|henkilötunnus|hetu|syntymäaika|osoite|client|klient|"
                + "personbeteckning|födelsedatum)[^\\n:<]{0,20}(:|</dt>)",
            options: [.caseInsensitive, .anchorsMatchLines])
        for meeting in DocumentFixture.plan.meetings where meeting.day.year == 2026 && !meeting.isCancelled {
            for kind in DocumentKind.allCases {
                for format in [DocumentFormat.md, .html] {
                    let text = String(decoding: try documents.render(kind, for: meeting, format: format), as: UTF8.self)
                    #expect(!text.contains("@example.org"), "\(meeting.key) \(kind)")
                    let range = NSRange(text.startIndex..., in: text)
                    #expect(fields.firstMatch(in: text, range: range) == nil, "\(meeting.key) \(kind) \(format)")
                }
            }
        }
        // And the minutes remind the secretary not to write any.
        #expect(try DocumentFixture.text(.minutes, "ero-mikkeli/2026/apr-may").contains("Älä kirjaa asiakastietoja"))
    }

    @Test("Where the rules give people's names, the attendance list and the action owners use them")
    func names() throws {
        var rules = DocumentFixture.rules
        rules.people["koordinaattori"]?.name = "Liisa Lahti"
        let meeting = try DocumentFixture.meeting("johtoryhma/2026/03")
        let actions = [DocumentFixture.action(1, at: "johtoryhma/2026/02", network: "johtoryhma", owner: "koordinaattori",
                                              due: "2026-04-30")]
        let documents = DocumentFixture.documents(actions: actions, rules: rules)
        let minutes = String(decoding: try documents.render(.minutes, for: meeting, format: .md), as: UTF8.self)
        #expect(minutes.contains("- [ ] koordinaattori — Liisa Lahti, Perhekeskuskoordinaattori"), "\(minutes)")
        let agenda = String(decoding: try documents.render(.agenda, for: meeting, format: .md), as: UTF8.self)
        #expect(agenda.contains("Liisa Lahti"))
        // An organisation the rules date is named as it was on the meeting's day.
        rules.calendar.organisations = [
            "kunta-x": Organisation(id: "kunta-x", name: LocalizedText("Uusi kunta"),
                                    formerly: [.init(name: LocalizedText("Vanha kunta"), until: Day(iso: "2026-06-30")!)],
                                    location: SourceLocation(file: "calendar.yaml", line: 1, column: 1)),
        ]
        rules.people["koordinaattori"]?.organisation = "kunta-x"
        let dated = DocumentFixture.documents(rules: rules)
        let march = String(decoding: try dated.render(.minutes, for: meeting, format: .md), as: UTF8.self)
        #expect(march.contains("Liisa Lahti, Perhekeskuskoordinaattori (Vanha kunta)"), "\(march)")
        let autumn = try DocumentFixture.meeting("johtoryhma/2026/10")
        let october = String(decoding: try dated.render(.minutes, for: autumn, format: .md), as: UTF8.self)
        #expect(october.contains("(Uusi kunta)") && !october.contains("Vanha kunta"))
        // Without a name, the title as before.
        let plain = try DocumentFixture.text(.minutes, "johtoryhma/2026/03")
        #expect(plain.contains("- [ ] koordinaattori — Perhekeskuskoordinaattori") && !plain.contains("Liisa"))
    }
}

@Suite("Word documents")
struct DocxTests {
    /// Every part of the package, parsed as XML.
    static func parts(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    @Test("A DOCX is a zip package whose every part is well-formed XML with the WordprocessingML body")
    func package() throws {
        for (kind, key) in [(DocumentKind.agenda, "johtoryhma/2026/03"), (.minutes, "ero-savonlinna/2027/aug-sep")] {
            let data = try DocumentFixture.documents().render(kind, for: try DocumentFixture.meeting(key), format: .docx)
            #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            let parts = try Self.parts(data)
            #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
                                        "word/_rels/document.xml.rels", "word/styles.xml", "word/document.xml",
                                        "word/header1.xml", "word/footer1.xml"])
            for (name, xml) in parts {
                let parser = XMLParser(data: xml)
                #expect(parser.parse(), "\(name): \(String(describing: parser.parserError))")
            }
            let document = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
            #expect(document.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"))
            #expect(document.contains("<w:body>") && document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
            let types = String(decoding: try #require(parts["[Content_Types].xml"]), as: UTF8.self)
            #expect(types.contains("wordprocessingml.document.main+xml"))
            #expect(String(decoding: parts["word/styles.xml"]!, as: UTF8.self).contains("<w:lang w:val=\"fi-FI\"/>"))
        }
    }

    @Test("The same meeting gives the same bytes; text that XML forbids is dropped, markup is escaped")
    func deterministicAndEscaped() throws {
        var rules = DocumentFixture.rules
        let index = try #require(rules.networks.firstIndex { $0.id == "johtoryhma" })
        rules.networks[index].standingItems.append(LocalizedText("A & B <c> \u{1}ohjausmerkki"))
        let documents = DocumentFixture.documents(rules: rules)
        let meeting = try DocumentFixture.meeting("johtoryhma/2026/03")
        let first = try documents.render(.agenda, for: meeting, format: .docx)
        #expect(try documents.render(.agenda, for: meeting, format: .docx) == first)
        let xml = try #require(try Self.parts(first)["word/document.xml"])
        #expect(XMLParser(data: xml).parse())
        #expect(String(decoding: xml, as: UTF8.self).contains("A &amp; B &lt;c&gt; ohjausmerkki"))
    }
}

@Suite("Templates")
struct TemplateTests {
    @Test("Contexts in TemplateValues' types render every shipped template, and strings' sections and transforms, as plain ones do")
    func preparedContexts() throws {
        let actions = [DocumentFixture.action(1, at: "johtoryhma/2026/03", network: "johtoryhma", owner: "koordinaattori",
                                              due: "2026-05-01")]
        for language in Language.allCases {
            let documents = DocumentFixture.documents(language, actions: actions)
            // One meeting of each of six networks, formal bodies and working groups among them.
            let meetings = Dictionary(grouping: DocumentFixture.plan.meetings, by: \.networkID).values
                .compactMap(\.first).sorted { $0.key < $1.key }.prefix(6)
            #expect(meetings.count == 6)
            for meeting in meetings {
                let key = meeting.key
                for kind in DocumentKind.allCases {
                    let context = documents.document(kind, for: meeting).templateContext
                    for format in DocumentFormat.allCases {
                        let loaded = try DocumentFixture.templates.load(kind.rawValue, format: format)
                        #expect(loaded.render(prepared: TemplateValues.prepared(context)) == loaded.render(context),
                                "\(key) \(kind) \(format) \(language)")
                    }
                }
            }
        }
        let template = try MustacheTemplate(string: """
            {{title}} {{{title}}} {{#title}}[{{.}}|{{lang}}]{{/title}}{{^title}}none{{/title}} {{#empty}}<{{.}}>{{/empty}}
            {{uppercased(title)}} {{#reversed(list)}}{{.}},{{/reversed(list)}} {{#sorted(list)}}{{.}};{{/sorted(list)}} {{#people}}{{name}}:{{lowercased(role)}} {{/people}}
            {{#inner}}{{deep.word}} {{title}}{{/inner}} {{count(people)}} {{#first(people)}}{{name}}{{/first(people)}}
            """)
        let context: [String: Any] = [
            "title": "Kokous <1> & \"muut\"", "lang": "fi", "empty": "", "list": ["b", "a", "c"],
            "people": [["name": "Aino", "role": "PJ"], ["name": "Eino", "role": "Siht"]],
            "inner": ["deep": ["word": "sana"]] as [String: Any],
        ]
        let plain = template.render(context)
        #expect(template.render(TemplateValues.prepared(context)) == plain)
        #expect(plain.contains("KOKOUS") && plain.contains("a;b;c;") && plain.contains("c,a,b,"))
    }

    static func folder(_ files: [String: String]) throws -> String {
        let folder = NSTemporaryDirectory() + "vuosikello-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    @Test("A broken template names the file, line and column, in words")
    func broken() throws {
        let folder = try Self.folder(["agenda.md.mustache": "# {{heading}}\n\n{{#items}}\n## {{number}}. {{title}}\n{{/item}}\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let library = TemplateLibrary(folders: [folder, DocumentFixture.templates.folders[0]])
        let error = try #require(throws: TemplateError.self) { try library.load("agenda", format: .md) }
        #expect(error.file == folder + "/agenda.md.mustache")
        #expect(error.line == 5)
        #expect(error.message(.en).hasPrefix("\(folder)/agenda.md.mustache:5:"))
        #expect(error.message(.en).contains("closed with another name"))
        #expect(error.message(.fi).contains("suljetaan eri nimellä"))
        // Rendering a meeting with it fails the same way rather than crashing.
        let documents = DocumentFixture.documents(templates: library)
        #expect(throws: TemplateError.self) {
            try documents.render(.agenda, for: try DocumentFixture.meeting("johtoryhma/2026/03"), format: .md)
        }
    }

    @Test("An unclosed section and a missing partial are reported too")
    func unclosedAndMissing() throws {
        let folder = try Self.folder(["agenda.md.mustache": "line one\n{{#items}}\n{{title}}\n",
                                      "agenda.html.mustache": "<html>{{> no-such-part}}</html>"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let library = TemplateLibrary(folders: [folder])
        let unclosed = try #require(throws: TemplateError.self) { try library.load("agenda", format: .md) }
        #expect(unclosed.message(.en).contains("never closed"))
        let missing = try #require(throws: TemplateError.self) { try library.load("agenda", format: .html) }
        #expect(missing.message(.en).contains("'no-such-part'"))
        let absent = try #require(throws: TemplateError.self) { try library.load("no-such", format: .docx) }
        #expect(absent.message(.en).contains("no-such.docx.mustache") && absent.message(.en).contains(folder))
        // The built-in templates stand in for those the folder does not have.
        #expect(try library.load("minutes", format: .docx).file == "vuosikello:minutes.docx.mustache")
    }

    @Test("A network's own template is used for it, and the rules folder's copy overrides the shipped one")
    func custom() throws {
        let folder = try Self.folder([
            "johtoryhma-agenda.md.mustache": "{{% CONTENT_TYPE: TEXT}}\nOMA {{network.id}} {{#items}}[{{number}}]{{/items}}\n",
            "minutes.md.mustache": "{{% CONTENT_TYPE: TEXT}}\nKOPIO {{heading}}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var rules = DocumentFixture.rules
        let index = try #require(rules.networks.firstIndex { $0.id == "johtoryhma" })
        rules.networks[index].templates["agenda"] = "johtoryhma-agenda"
        let library = TemplateLibrary(folders: [folder, DocumentFixture.templates.folders[0]])
        let documents = DocumentFixture.documents(rules: rules, templates: library)
        let own = String(decoding: try documents.render(.agenda, for: try DocumentFixture.meeting("johtoryhma/2026/03"),
                                                        format: .md), as: UTF8.self)
        #expect(own.hasPrefix("OMA johtoryhma [1][2][3]"))
        let other = String(decoding: try documents.render(.agenda, for: try DocumentFixture.meeting("ero-mikkeli/2026/apr-may"),
                                                          format: .md), as: UTF8.self)
        #expect(other.hasPrefix("# Esityslista:"), "other networks keep the standard template")
        let copy = String(decoding: try documents.render(.minutes, for: try DocumentFixture.meeting("ero-mikkeli/2026/apr-may"),
                                                         format: .md), as: UTF8.self)
        #expect(copy == "KOPIO Muistio\n")
    }
}
