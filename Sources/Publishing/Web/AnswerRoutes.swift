import Foundation
import HTTPTypes
import Hummingbird
import Rendering
import Rules
import Scheduling
import Storage

/// The page an invitation's answer link opens: no sign-in, the signed link is the
/// credential (`AnswerToken`). GET shows the meeting and the choice the e-mail's button
/// made, never records anything (mail scanners open links); the member's POST records it.
/// A link that is forged, revoked (`token revoke PERSON`), for a meeting no longer in the
/// plan or one that has happened is refused with the same plain page.
struct AnswerRoutes: Sendable {
    let watcher: SiteWatcher
    let database: ProjectDatabase

    func add(to router: Router<WorkspaceContext>) {
        router.get("\(SiteRoutes.answerRoot)/{token}") { request, context in
            try page(try context.parameters.require("token"), chosen: request.uri.queryParameters["reply"].map(String.init))
        }
        router.post("\(SiteRoutes.answerRoot)/{token}") { request, context in
            let token = try context.parameters.require("token")
            // The guard middleware has already read the (small) body into the request.
            let buffer = try await request.body.collect(upTo: RequestGuardMiddleware.maximumBody)
            let form = (try? FormFields(String(buffer: buffer))) ?? FormFields()
            return try answer(token, form)
        }
    }

    private struct Found {
        var token: AnswerToken
        var meeting: Meeting
        var site: Site
    }

    /// The token's meeting if the link is good now.
    private func find(_ text: String) throws -> Found? {
        let site = watcher.current
        // Read only: a link that arrives before any invitation was signed has nothing to match.
        guard let key = try database.storedAnswerSigningKey(), let token = AnswerToken.verify(text, key: key),
              try database.answerLinkGeneration(person: token.personID) == token.generation,
              let meeting = site.plan.meeting(token.meetingKey), !meeting.isCancelled, meeting.day >= site.today,
              meeting.attendees.contains(where: { $0.personID == token.personID })
        else { return nil }
        return Found(token: token, meeting: meeting, site: site)
    }

    private func page(_ text: String, chosen: String?, done: AnswerRecord? = nil, problem: String? = nil) throws -> Response {
        guard let found = try find(text) else { return refused }
        let language = watcher.builder.language
        let words = WorkspaceWords(language: language)
        let stored = try database.answers(meeting: found.meeting.key)[found.token.personID]
        let current = AnswerRecord.Reply(rawValue: chosen ?? "") ?? stored?.reply
        let meetingText = MeetingText(rules: found.site.rules, language: language)
        let context: [String: Any] = [
            "title": words.table["answerTitle"]!,
            "meeting": meetingText.title(found.meeting),
            "when": DocumentWords(language: language, body: .workingGroup)
                .when(found.meeting.day, found.meeting.start, found.meeting.end),
            "action": SiteRoutes.answerRoot + "/" + text,
            "choices": AnswerRecord.Reply.allCases.map { reply in
                ["value": reply.rawValue, "label": words.reply(reply), "checked": reply == current]
            },
            "substitute": stored?.substitute ?? "",
            "done": done.map { words.answerSaved(words.reply($0.reply)) } ?? false,
            "problem": problem ?? false,
        ]
        let html = found.site.workspace.render(.answer, context, language: language, session: nil, account: nil)
        return Self.response(html, status: problem == nil ? .ok : .badRequest)
    }

    private func answer(_ text: String, _ form: FormFields) throws -> Response {
        guard let found = try find(text) else { return refused }
        let words = WorkspaceWords(language: watcher.builder.language)
        guard let reply = form["reply"].flatMap(AnswerRecord.Reply.init(rawValue:)) else {
            return try page(text, chosen: nil, problem: words.table["answerChoose"]!)
        }
        let substitute = reply == .substitute ? form.text("substitute").map { String($0.prefix(200)) } : nil
        let record = AnswerRecord(meetingKey: found.meeting.key, personID: found.token.personID, reply: reply,
                                  substitute: substitute, answeredAt: ISO8601DateFormatter().string(from: Date()))
        try database.saveAnswer(record)
        return try page(text, chosen: reply.rawValue, done: record)
    }

    private var refused: Response {
        let words = WorkspaceWords(language: watcher.builder.language)
        return WorkspaceResponses.plain(.notFound, words.table["answerRefused"]!)
    }

    /// The link is the credential: it goes to no other site (no referrer) and no cache keeps the page.
    static func response(_ html: String, status: HTTPResponse.Status) -> Response {
        var response = WorkspaceResponses.html(html, status: status)
        response.headers[.cacheControl] = "no-store"
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'self'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}
