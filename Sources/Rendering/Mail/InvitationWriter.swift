import Foundation
import Rules
import Scheduling
import Storage

/// The answer links of one invitation to one person.
public struct AnswerLinks: Hashable, Sendable {
    public var coming: String
    public var notComing: String
    public var substitute: String

    public init(coming: String, notComing: String, substitute: String) {
        self.coming = coming
        self.notComing = notComing
        self.substitute = substitute
    }
}

/// The subject and the plain-text and HTML bodies of an invitation.
public struct InvitationContent: Hashable, Sendable {
    public var subject: String
    public var text: String
    public var html: String
}

/// Writes an invitation's words through the templates `invitation.txt.mustache` and
/// `invitation.html.mustache` (a coordinator may override them like any other): what,
/// when and where, the agenda as it stands with the open actions, the answer links and
/// the links to the agenda and the meeting's page.
public struct InvitationWriter: Sendable {
    public let words: FeedText
    private let text: TemplateLibrary.Loaded
    private let html: TemplateLibrary.Loaded
    private let vocabulary: InvitationWords
    private let meetingText: MeetingText
    private let outline: AgendaOutline

    /// Loads both templates: a broken one stops before anything is queued.
    public init(words: FeedText, templates: TemplateLibrary) throws {
        self.words = words
        text = try templates.load("invitation", kind: "txt")
        html = try templates.load("invitation", kind: "html")
        vocabulary = InvitationWords(language: words.language)
        meetingText = MeetingText(rules: words.rules, language: words.language)
        outline = AgendaOutline(rules: words.rules, language: words.language)
    }

    public func content(_ event: FeedEvent, stage: OutboxMessage.Stage, sequence: Int, answers: AnswerLinks?,
                        links: MeetingLinks?, openActions: [ActionItem]) -> InvitationContent {
        let language = words.language
        let meeting = words.meeting(event)
        let title: String
        if case .removed(let removed) = event.source {
            title = removed.summary
        } else {
            title = meeting.map { meetingText.title($0) } ?? words.summary(event)
        }
        let when = meeting.map { DocumentWords(language: language, body: .workingGroup).when($0.day, $0.start, $0.end) }
            ?? event.day.finnish
        let heading = vocabulary.heading(stage, sequence: sequence)
        var facts: [[String: String]] = [["label": vocabulary.time, "value": when]]
        if let meeting {
            facts.append(["label": vocabulary.mode, "value": meeting.mode.name(language)])
            if let room = meetingText.room(meeting) { facts.append(["label": vocabulary.place, "value": room]) }
            if let url = meetingText.onlineURL(meeting) {
                facts.append(["label": vocabulary.online, "value": url, "link": url])
            }
            if let convener = meeting.conveners.first {
                facts.append(["label": vocabulary.convener,
                              "value": words.rules.people[convener]?.nameAndTitle(language) ?? convener])
            }
        } else if let location = words.location(event, for: .members) {
            facts.append(["label": vocabulary.place, "value": location])
        }
        let cancelled = stage == .cancellation
        let items = cancelled ? [] : meeting.map { outline.items($0, for: .members) } ?? []
        let actions = cancelled ? [] : openActions.map { action in
            "\(action.what) (\(words.rules.people[action.owner]?.shownName(language) ?? action.owner), "
                + "\(Day(iso: action.due)?.finnish ?? action.due))"
        }
        let context: [String: Any] = [
            "heading": heading,
            "title": title,
            "facts": facts,
            "note": cancelled ? vocabulary.cancelledNote : (sequence > 0 && stage == .invitation ? vocabulary.changedNote : ""),
            "hasNote": cancelled || (sequence > 0 && stage == .invitation),
            "agendaHeading": vocabulary.agenda,
            "items": items,
            "hasItems": !items.isEmpty,
            "actionsHeading": vocabulary.openActions,
            "actions": actions,
            "hasActions": !actions.isEmpty,
            "attached": stage == .agenda ? vocabulary.attached : "",
            "hasAttachment": stage == .agenda,
            "answers": (cancelled ? nil : answers).map { a -> [String: String] in
                ["prompt": vocabulary.answerPrompt, "coming": a.coming, "comingLabel": vocabulary.coming,
                 "notComing": a.notComing, "notComingLabel": vocabulary.notComing,
                 "substitute": a.substitute, "substituteLabel": vocabulary.substitute]
            } ?? false,
            "links": (cancelled ? nil : links).map { l -> [String: String] in
                ["agenda": l.agenda(event.key), "agendaLabel": vocabulary.agendaLink,
                 "page": l.page(event.key), "pageLabel": vocabulary.pageLink]
            } ?? false,
            "footer": vocabulary.footer,
            "lang": language.rawValue,
        ]
        return InvitationContent(subject: "\(heading): \(title), \(when)", text: text.render(context),
                                 html: html.render(context))
    }
}
