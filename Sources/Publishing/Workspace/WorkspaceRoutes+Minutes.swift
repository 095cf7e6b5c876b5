import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Rendering
import Rules
import Scheduling
import Storage

/// The minutes form.
extension WorkspaceRoutes {
    // MARK: Minutes

    /// The form for a meeting's minutes, for those who may act on its network.
    func minutesForm(_ meeting: Meeting, site: Site, context: WorkspaceContext) throws
        -> (MinutesForm, MeetingDocument) {
        let template = try documents(site, context).document(.minutes, for: meeting)
        let form = MinutesForm(meeting: meeting, items: template.items, participants: meeting.attendees.map(\.personID),
                               people: Array(site.rules.people.keys))
        return (form, template)
    }

    func minutesPage(key: String, _ context: WorkspaceContext, sent: FormFields? = nil,
                     problems: [String: MinutesForm.Problem] = [:],
                     status: HTTPResponse.Status = .ok) throws -> Response {
        let site = watcher.current
        guard let meeting = site.plan.meeting(key) else { throw HTTPError(.notFound) }
        guard context.identity!.mayAct(on: meeting.networkID) else { return message(words(context).forbidden, context, status: .forbidden) }
        let (form, template) = try minutesForm(meeting, site: site, context: context)
        let values = pages(context).minutes(meeting, form: form, template: template,
                                            recorded: try database.recordedMinutes(key), sent: sent, problems: problems)
        return render(.minutes, values, context, status: status, back: WorkspacePaths.minutes(key))
    }

    func recordMinutes(_ context: WorkspaceContext) async throws -> Response {
        try await acting(context) {
            let (meeting, site) = try target(context)
            let (form, _) = try minutesForm(meeting, site: site, context: context)
            // The actions open now, and those an earlier version of these minutes closed.
            let closable = Set(try database.actions().compactMap(\.id))
                .union(try database.recordedMinutes(meeting.key)?.closed ?? [])
            let (minutes, problems) = form.read(context.form, openActions: closable)
            guard let minutes else {
                return try minutesPage(key: meeting.key, context, sent: context.form, problems: problems,
                                       status: .unprocessableContent)
            }
            let actor = context.identity!.id
            try await acts.perform(watcher) { _ in try database.record(minutes, by: actor) }
            return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key) + "?done=minutes")
        }
    }
}
