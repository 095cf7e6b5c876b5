import Foundation
import Testing
@testable import Rendering
@testable import Rules
@testable import Scheduling
@testable import Storage

@Suite("Shared roles in what people read")
struct SharedRoleTests {
    @Test("Two secretaries are both shown: in the plan, the agenda and the members' feed")
    func twoSecretaries() throws {
        var rules = RenderingTests.rules
        let index = try #require(rules.networks.firstIndex { $0.id == "johtoryhma" })
        rules.networks[index].members.append(Membership(personID: "johtoryhma-jasen-eloisa", roles: [.secretary],
                                                        location: SourceLocation(file: "x", line: 1, column: 1)))
        let plan = Project.plan(rules, years: 2026...2026, state: PlanState(today: Day(iso: "2025-01-01")!))
        let meeting = try #require(plan.meetings(of: "johtoryhma").first)
        #expect(meeting.secretaries == ["koordinaattori", "johtoryhma-jasen-eloisa"])
        #expect(PlanJSON(rules: rules, language: .fi).render(plan)
            .contains("\"secretaries\":[\"koordinaattori\",\"johtoryhma-jasen-eloisa\"]"))
        let documents = MeetingDocuments(rules: rules, language: .fi, plan: plan, actions: [],
                                         templates: TemplateLibrary.standard(rulesFolder: nil))
        let agenda = String(decoding: try documents.render(.agenda, for: meeting, format: .md), as: UTF8.self)
        #expect(agenda.contains("- **Sihteeri:** Perhekeskuskoordinaattori (koordinaattori)"))
        #expect(agenda.contains("- **Sihteeri:** Johtoryhmän jäsen, Eloisa (johtoryhma-jasen-eloisa)"))
        let event = try #require(FeedEventBuilder(domain: "testi.vuosikello").events(plan).first { $0.key == meeting.key })
        #expect(FeedText(rules: rules, language: .fi, plan: plan).description(event, for: .members)
            .contains("Sihteeri: Perhekeskuskoordinaattori, Johtoryhmän jäsen, Eloisa"))
    }
}
