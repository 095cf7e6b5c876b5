import Foundation
import Testing
@testable import Rendering
@testable import Rules
@testable import Scheduling
@testable import Storage

/// The report's counting rules on the example in mid-2027, with facts made in memory:
/// invitation answers stand in (as such) where no minutes are recorded, what is still to
/// come is upcoming, a live rule is counted against in-person meetings.
@Suite("Year report")
struct YearReportTests {
    static let today = Day(iso: "2027-06-01")!
    static let plan = Project.plan(RenderingTests.rules, years: 2027...2027, state: PlanState(today: today))

    @Test("Answers where no minutes are; minutes count the expected only; upcoming items; the live rule")
    func counting() throws {
        let rules = RenderingTests.rules, plan = Self.plan
        let held = plan.meetings.filter { !$0.isCancelled && $0.day < Self.today && $0.day.year == 2027 }
        let board = try #require(held.first { $0.networkID == "johtoryhma" })
        let juva = try #require(held.first { $0.networkID == "lape-juva" })
        let answered = [
            "koordinaattori": AnswerRecord(meetingKey: board.key, personID: "koordinaattori", reply: .coming, substitute: nil,
                                           answeredAt: "2027-01-01T00:00:00Z"),
            "johtoryhma-jasen-kunnat": AnswerRecord(meetingKey: board.key, personID: "johtoryhma-jasen-kunnat",
                                                    reply: .notComing, substitute: nil, answeredAt: "2027-01-01T00:00:00Z"),
        ]
        let chair = "lape-puheenjohtaja-juva"
        // The optional coordinator marked present is not one of the expected.
        let minutes = RecordedMinutes(meetingKey: juva.key, networkID: "lape-juva",
                                      attendance: [.init(personID: chair, status: .present),
                                                   .init(personID: "koordinaattori", status: .present)])
        let facts = ReportFacts(minutes: [juva.key: minutes], answers: [board.key: answered])
        let report = YearReportBuilder(rules: rules, plan: plan, facts: facts, language: .fi).report(year: 2027)
        let byID = Dictionary(uniqueKeysWithValues: report.networks.map { ($0.networkID, $0) })

        let boardRate = try #require(byID["johtoryhma"]).counts.attendance
        #expect(boardRate.attended == 0 && boardRate.expected == 0)
        #expect(boardRate.answeredComing == 1 && boardRate.answered == 2 && boardRate.answeredPercent == 50)
        let juvaRate = try #require(byID["lape-juva"]).counts.attendance
        #expect(juvaRate.attended == 1 && juvaRate.expected == juva.expected.count && !juva.expected.contains("koordinaattori"))
        let municipality = try #require(report.attendance.byMunicipality.first { $0.id == "juva" })
        #expect(municipality.name == "Juva" && municipality.rate.attended == 1)
        #expect(report.attendance.byPerson?.first { $0.id == chair }?.rate.attended == 1)
        // In the document the answers stand in their own column, as answers.
        let table = try #require(ReportSections(language: .fi).sections(report).first { $0.id == "attendance" }?.tables.first)
        #expect(table.headers.last == "Kutsun vastausten mukaan (ei pöytäkirjaa)")
        #expect(table.rows.first { $0.first == byID["johtoryhma"]?.title } == [byID["johtoryhma"]!.title, "0 / 0", "–", "1 / 2 (50 %)"])

        // In-person meetings against "two of the year live".
        let live = try #require(byID["johtoryhma"]?.live)
        let inPerson = plan.meetings.filter { $0.networkID == "johtoryhma" && $0.day.year == 2027 && $0.mode != .remote }
        #expect(live.required == 2 && live.planned == inPerson.count && live.held == inPerson.filter { $0.day < Self.today }.count)

        // What is still to come, and a held meeting without minutes.
        #expect(report.items.filter { $0.day >= Self.today }.allSatisfy { $0.state == .upcoming })
        #expect(report.items.filter { $0.day < Self.today }.allSatisfy { $0.state == .noMinutes })
        #expect(report.reports.allSatisfy { $0.state == .upcoming })
        #expect(report.total.held == held.count && report.total.upcoming == report.total.planned - held.count)

        // One network only; the file has no people.
        let one = YearReportBuilder(rules: rules, plan: plan, facts: facts, language: .fi).report(year: 2027, networks: ["lape-juva"])
        #expect(one.networks.map(\.networkID) == ["lape-juva"] && one.reports.isEmpty)
        #expect(one.withoutPeople().attendance.byPerson == nil)
    }

    @Test("The report's bytes depend on the figures only: the same state gives the same file")
    func deterministic() throws {
        let renderer = ReportRenderer(language: .sv, templates: TemplateLibrary.standard(rulesFolder: nil))
        let report = YearReportBuilder(rules: RenderingTests.rules, plan: Self.plan, facts: ReportFacts(), language: .sv)
            .report(year: 2027)
        for format in ReportRenderer.Format.allCases {
            let once = try renderer.render(report, format: format), twice = try renderer.render(report, format: format)
            #expect(once == twice, "\(format)")
        }
        let html = String(decoding: try renderer.render(report, format: .html), as: UTF8.self)
        #expect(html.contains("<html lang=\"sv\">") && html.contains("Uppföljningsrapport för familjecentrumverksamheten 2027"))
    }
}
