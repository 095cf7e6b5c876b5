import Foundation
import Hummingbird
import Rules
import Storage

extension WorkspaceRoutes {
    /// The outbox as it stands, and the button that sends what is due (coordinators only).
    func invitationsPage(_ context: WorkspaceContext, report: Invitations.Report? = nil, problem: String? = nil)
        throws -> Response {
        let words = words(context)
        let states = Set(OutboxMessage.State.allCases)
        let messages = try database.outboxMessages(in: states)
        let counts = OutboxMessage.State.allCases.map { state in
            ["state": words.outboxState(state), "count": messages.filter { $0.state == state }.count]
        }
        let attention = messages.filter { [.failed, .uncertain, .abandoned].contains($0.state) }.suffix(50)
        var values: [String: Any] = [
            "title": words.table["invitations"]!,
            "counts": counts,
            "problems": attention.map { m in
                ["key": m.meetingKey, "href": WorkspacePaths.meeting(m.meetingKey), "person": m.personID,
                 "state": words.outboxState(m.state), "error": m.lastError ?? ""]
            },
            "hasProblems": !attention.isEmpty,
            "configured": mail != nil,
        ]
        if let report { values["done"] = words.invitationsSent(queued: report.queued, sent: report.sent,
                                                                failed: report.failed.count) }
        values["problem"] = problem
        return render(.invitations, values, context, current: "invitations", back: WorkspacePaths.invitations)
    }

    /// Sends the invitations, as `vuosikello invite` does; the page then shows what happened.
    func sendInvitations(_ context: WorkspaceContext) async throws -> Response {
        guard let mail else { return try invitationsPage(context, problem: words(context).mailNotConfigured) }
        let project = watcher.builder.project, language = watcher.builder.language
        let report = try await acts.perform(watcher) { site -> Invitations.Report in
            let options = Invitations.Options(today: site.today, now: Int(Date().timeIntervalSince1970),
                                              until: site.today.adding(days: 365), language: language,
                                              baseURL: mail.baseURL, sender: mail.sender, out: mail.out)
            return try Invitations(project: project, rules: site.rules)
                .run(options, transport: SendmailTransport(command: mail.sendmail))
        }
        return try invitationsPage(context, report: report)
    }
}
