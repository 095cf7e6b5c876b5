import Foundation
import Testing
import TestSupport
@testable import Publishing
@testable import Rendering
@testable import Storage

/// A proposed decision written for one meeting in the workspace.
@Suite("Proposed decisions in the workspace", .serialized)
struct ProposalTests {
    static let key = "johtoryhma/2027/05"
    static let item = "Perhekeskustoiminnan indikaattoridiapaketti"

    @Test("A chair's proposal for an item of a formal body shows in the form, the agenda and the log; empty removes it; others cannot write one")
    func writeProposal() async throws {
        try await WorkspaceFixture.with { fixture, client in
            let coordinator = Browser(client)
            _ = try await coordinator.signIn("koordinaattori")
            let page = try await coordinator.get(WorkspacePaths.meeting(Self.key))
            #expect(page.body.contains("name=\"item\" value=\"\(Self.item)\""))
            let text = "Johtoryhmä merkitsee diapaketin tiedoksi."
            let saved = try await coordinator.post(WorkspacePaths.proposal, [("key", Self.key), ("item", Self.item), ("text", text)])
            #expect(saved.status == .seeOther && saved.location == WorkspacePaths.meeting(Self.key) + "?done=proposal")
            #expect(try fixture.workspace.database.proposals()[Self.key]?[Self.item] == text)
            let agenda = try await coordinator.get(WorkspacePaths.document(Self.key, .agenda, .md))
            #expect(agenda.body.contains("**Päätösehdotus:** \(text)"), "\(agenda.body)")
            #expect(try fixture.workspace.database.auditLog(target: Self.key).contains { $0.action == .proposalWritten })
            // Without the form's token nothing changes.
            #expect(try await coordinator.post(WorkspacePaths.proposal, [("key", Self.key), ("item", Self.item), ("text", "x")],
                                               csrf: false).status == .forbidden)
            _ = try await coordinator.get(WorkspacePaths.meeting(Self.key))
            _ = try await coordinator.post(WorkspacePaths.proposal, [("key", Self.key), ("item", Self.item), ("text", "")])
            #expect(try fixture.workspace.database.proposals()[Self.key] == nil)

            // The chair of another network may not write on this one.
            let chair = Browser(client)
            _ = try await chair.signIn("pj-ero")
            _ = try await chair.get(WorkspacePaths.meeting(Self.key))
            let refused = try await chair.post(WorkspacePaths.proposal, [("key", Self.key), ("item", Self.item), ("text", "y")])
            #expect(refused.status == .forbidden)
            #expect(try fixture.workspace.database.proposals().isEmpty)
        }
    }
}
