import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Rendering
import Rules
import Scheduling
import Storage

/// The acts on a meeting: move, cancel, restore, and its extra agenda items.
extension WorkspaceRoutes {
    // MARK: Acts

    /// The meeting a form names, if the account may act on it; else the answer to give.
    func target(_ context: WorkspaceContext) throws -> (Meeting, Site) {
        let site = watcher.current
        guard let key = context.form["key"], let meeting = site.plan.meeting(key) else { throw HTTPError(.notFound) }
        guard context.identity!.mayAct(on: meeting.networkID) else { throw Forbidden() }
        return (meeting, site)
    }

    struct Forbidden: Error {}

    func acting(_ context: WorkspaceContext, _ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch is Forbidden {
            return message(words(context).forbidden, context, status: .forbidden)
        }
    }

    func move(_ context: WorkspaceContext) async throws -> Response {
        try await acting(context) {
            let (meeting, _) = try target(context)
            let words = words(context)
            // One click on a proposal sends `slot=YYYY-MM-DD HH:MM`; the picker sends date and time.
            let slot = context.form["slot"]?.split(separator: " ").map(String.init)
            let dateText = slot?.first ?? context.form.text("date") ?? ""
            let timeText = slot.flatMap { $0.count > 1 ? $0[1] : nil } ?? context.form.text("time") ?? meeting.start.description
            let asked = (date: dateText, time: timeText)
            guard let day = Day(iso: dateText) else {
                return try meetingPage(key: meeting.key, context, problem: words.invalidDate, asked: asked,
                                       status: .unprocessableContent)
            }
            guard let start = TimeOfDay(text: timeText) else {
                return try meetingPage(key: meeting.key, context, problem: words.invalidTime, asked: asked,
                                       status: .unprocessableContent)
            }
            let actor = context.identity!.id
            do {
                try await acts.perform(watcher) { site in
                    guard let current = site.plan.meeting(meeting.key) else { throw HTTPError(.notFound) }
                    try MeetingActs(rules: site.rules, plan: site.plan, database: database, actor: actor)
                        .move(current, to: day, start: start)
                }
            } catch MeetingActs.Refusal.blocked(let blockers, let nearby) {
                let language = context.language(default: defaultLanguage)
                return try meetingPage(key: meeting.key, context,
                                       problem: words.refused(blockers.map { ProblemMessage.describe($0, language) }),
                                       asked: asked, proposals: nearby, status: .unprocessableContent)
            } catch MeetingActs.Refusal.alreadyHeld(let held) {
                return try meetingPage(key: meeting.key, context, problem: words.alreadyHeld(held), status: .conflict)
            }
            return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key) + "?done=" + published("moved"))
        }
    }

    /// Adds an item to one meeting's agenda, or removes one added before; not for a meeting that has happened.
    func changeAgenda(_ context: WorkspaceContext, add: Bool) async throws -> Response {
        try await acting(context) {
            let (meeting, site) = try target(context)
            guard meeting.day >= site.today else {
                return try meetingPage(key: meeting.key, context, problem: words(context).alreadyHeld(meeting.day),
                                       status: .conflict)
            }
            let actor = context.identity!.id
            if add {
                guard let title = context.form.text("title").map({ String($0.prefix(300)) }) else {
                    return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key))
                }
                try await acts.perform(watcher) { _ in try database.addAgendaItem(title, to: meeting.key, by: actor) }
            } else {
                guard let id = context.form["id"].flatMap(Int64.init) else { throw HTTPError(.notFound) }
                try await acts.perform(watcher) { _ in try database.removeAgendaItem(id, from: meeting.key, by: actor) }
            }
            return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key) + "?done=" + (add ? "itemAdded" : "itemRemoved"))
        }
    }

    /// A proposed decision for one item of a formal body's meeting; empty text removes it.
    func writeProposal(_ context: WorkspaceContext) async throws -> Response {
        try await acting(context) {
            let (meeting, site) = try target(context)
            guard meeting.day >= site.today else {
                return try meetingPage(key: meeting.key, context, problem: words(context).alreadyHeld(meeting.day),
                                       status: .conflict)
            }
            guard let item = context.form.text("item").map({ String($0.prefix(300)) }) else { throw HTTPError(.notFound) }
            let text = String((context.form["text"] ?? "").prefix(2000))
            let actor = context.identity!.id
            try await acts.perform(watcher) { _ in try database.saveProposal(text, item: item, meeting: meeting.key, by: actor) }
            return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key) + "?done=proposal")
        }
    }

    func cancel(_ context: WorkspaceContext) async throws -> Response {
        try await acting(context) {
            let (meeting, _) = try target(context)
            let actor = context.identity!.id, reason = context.form.text("reason").map { String($0.prefix(500)) }
            do {
                try await acts.perform(watcher) { site in
                    try MeetingActs(rules: site.rules, plan: site.plan, database: database, actor: actor)
                        .cancel(key: meeting.key, meeting: site.plan.meeting(meeting.key), reason: reason)
                }
            } catch MeetingActs.Refusal.alreadyHeld(let held) {
                return try meetingPage(key: meeting.key, context, problem: words(context).alreadyHeld(held), status: .conflict)
            }
            return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key) + "?done=" + published("cancelled"))
        }
    }

    func restore(_ context: WorkspaceContext) async throws -> Response {
        try await acting(context) {
            let (meeting, _) = try target(context)
            let actor = context.identity!.id
            do {
                try await acts.perform(watcher) { site in
                    try MeetingActs.restore(key: meeting.key, database: database, today: site.today, actor: actor)
                }
            } catch MeetingActs.Refusal.alreadyHeld(let held) {
                return try meetingPage(key: meeting.key, context, problem: words(context).alreadyHeld(held), status: .conflict)
            }
            return WorkspaceResponses.redirect(WorkspacePaths.meeting(meeting.key) + "?done=" + published("restored"))
        }
    }

    /// The notice of an act that changes the calendars (`moved`, `saved`, …), with `-later`
    /// when its change could not be published yet (`SiteWatcher.unpublished`).
    func published(_ act: String) -> String {
        watcher.unpublished ? act + "-later" : act
    }
}
