import Foundation
import HTTPTypes
import Testing
import TestSupport
@testable import Publishing
@testable import Rendering
@testable import Rules
@testable import Storage

/// The monitoring report's page: by person for the coordinator only, files without people,
/// and the coordinator's task marks (signed in, CSRF-protected, logged).
@Suite("Monitoring report in the workspace")
struct WorkspaceReportTests {
    @Test("The coordinator sees attendance by person and marks a task done; a chair sees neither; files carry no people")
    func reportPage() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let database = fixture.workspace.database
            let held = try #require(fixture.routes.watcher.current.plan.meetings.first {
                $0.networkID == "johtoryhma" && $0.day.year == 2026 && $0.day < WorkspaceFixture.today
            })
            try database.record(RecordedMinutes(meetingKey: held.key, networkID: "johtoryhma", attendance: [
                .init(personID: "koordinaattori", status: .present),
                .init(personID: "johtoryhma-jasen-kunnat", status: .substitute, substitute: "varajäsen"),
            ], decisions: [.init(itemNumber: 4, itemTitle: "Esityslistan hyväksyminen", text: "Hyväksyttiin.")],
               actions: [.init(itemNumber: 4, itemTitle: "Esityslistan hyväksyminen", what: "Kootaan luvut",
                               owner: "koordinaattori", due: "2026-10-01")]))

            let browser = Browser(client)
            try await browser.signIn("koordinaattori")
            let page = try await browser.get(WorkspacePaths.report(year: 2026))
            #expect(page.status == .ok)
            #expect(page.body.contains("Perhekeskustoiminnan seurantaraportti 2026") && !page.body.contains("class=\"done\""))
            #expect(page.body.contains("Henkilöittäin (vain koordinaattorille)"))
            #expect(page.body.contains("<td>Johtoryhmän jäsen, kunnat</td><td class=\"num\">1 / 1</td>"))
            #expect(page.body.components(separatedBy: "<figure class=\"chart\">").count == 4)
            #expect(page.body.contains("action=\"/workspace/tasks/done\""))
            // The overdue action with its owner, for the coordinator.
            #expect(page.body.contains("<th scope=\"col\">Vastuuhenkilö</th>") && page.body.contains("Kootaan luvut"))

            let task = "seuranta/2026/indikaattorit"
            #expect(try await browser.post(WorkspacePaths.taskDone, [("key", task)], csrf: false).status == .forbidden)
            #expect(try database.taskCompletions()[task] == nil)
            let done = try await browser.post(WorkspacePaths.taskDone, [("key", task), ("back", WorkspacePaths.report(year: 2026))])
            #expect(done.status == .seeOther && done.location == WorkspacePaths.report(year: 2026) + "&done=taskDone")
            let mark = try #require(try database.taskCompletions()[task])
            #expect(mark.doneOn == WorkspaceFixture.today && mark.doneBy == "koordinaattori")
            #expect(try database.auditLog(target: task).first?.action == .taskDone)
            let after = try await browser.get(WorkspacePaths.report(year: 2026) + "&done=taskDone")
            #expect(after.body.contains("Vuosikellon tehtävä merkitty tehdyksi.") && after.body.contains("tehty 2026-11-29"))
            #expect(try await browser.post(WorkspacePaths.taskDone, [("key", "seuranta/2026/no-such")]).status == .notFound)

            // The leadership group's February item carries the year before's report: to read, or as Word.
            let february = try await browser.get(WorkspacePaths.meeting("johtoryhma/2027/02"))
            #expect(february.body.contains("<a href=\"/workspace/report?year=2026\">Perhekeskustoiminnan seurantaraportti 2026</a>"))
            #expect(february.body.contains("href=\"/workspace/report/file?year=2026&amp;format=docx\""), "\(february.body)")

            // A file leaves the workspace: no one by name or id in it.
            let word = try await browser.get(WorkspacePaths.reportFile(year: 2026, networks: [], format: .docx))
            #expect(word.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                && word.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            for format in ReportRenderer.Format.allCases where format != .docx {
                let file = try await browser.get(WorkspacePaths.reportFile(year: 2026, networks: ["johtoryhma"], format: format))
                #expect(file.status == .ok, "\(format)")
                #expect(file.headers[.contentDisposition]?.hasSuffix("filename=\"seurantaraportti-2026.\(format.rawValue)\"") == true)
                #expect(!file.body.contains("johtoryhma-jasen-kunnat") && !file.body.contains("Henkilöittäin"), "\(format)")
            }

            // A chair: the report without people, and no task marks.
            let chair = Browser(client)
            try await chair.signIn("pj-ero")
            let theirs = try await chair.get(WorkspacePaths.report(year: 2026))
            #expect(theirs.status == .ok && !theirs.body.contains("Henkilöittäin") && !theirs.body.contains("/workspace/tasks/done"))
            #expect(theirs.body.contains("Kootaan luvut") && !theirs.body.contains("Vastuuhenkilö"))
            #expect(try await chair.post(WorkspacePaths.taskReopen, [("key", task)]).status == .forbidden)
            #expect(try database.taskCompletions()[task] != nil)
        }
    }
}
