import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// Writes one invitation, whole, as it will be queued: the iTIP calendar (libical), the
/// words (the invitation templates), the person's answer links, the agenda attached at
/// its stage, and the MIME message around them with a Message-ID that names the version.
final class InvitationComposer {
    let rules: RuleSet
    let language: Language
    let options: Invitations.Options
    let renderer: ICalendarRenderer
    let events: [FeedEvent]
    let stamps: [EventStamp]
    let domain: String
    let writer: InvitationWriter
    let documents: MeetingDocuments
    let links: MeetingLinks?
    let signingKey: [UInt8]
    /// The generation of a person's answer links (`ProjectDatabase.answerLinkGeneration`).
    let generation: (String) throws -> Int
    /// Each meeting's agenda, rendered once for all its attendees.
    private var agendas: [String: Data] = [:]

    /// Loads the templates: a broken one stops before anything is queued.
    init(rules: RuleSet, project: Project, plan: Plan, publication: FeedPublisher.Publication, language: Language,
         options: Invitations.Options, signingKey: [UInt8], generation: @escaping (String) throws -> Int) throws {
        self.rules = rules
        self.language = language
        self.options = options
        renderer = publication.renderer
        events = publication.outcome.events
        stamps = publication.outcome.stamps
        domain = publication.uidDomain
        let templates = TemplateLibrary.standard(rulesFolder: project.rulesFolder)
        writer = try InvitationWriter(words: renderer.words, templates: templates)
        let stored = try ProjectDatabase.openForReading(path: project.databasePath)
        documents = MeetingDocuments(rules: rules, language: language, plan: plan, actions: try stored?.actions() ?? [],
                                     answers: try stored?.allAnswers() ?? [:], proposals: try stored?.proposals() ?? [:],
                                     templates: templates)
        try documents.checkTemplates(formats: [.docx])
        links = options.baseURL.map(WorkspacePaths.links)
        self.signingKey = signingKey
        self.generation = generation
    }

    func message(_ item: InvitationPlanner.Item, to email: String) throws -> OutboxMessage {
        let event = events[item.event], stamp = stamps[item.event], words = renderer.words
        let method: ITIPMethod = item.stage == .cancellation ? .cancel : .request
        let calendar = renderer.invitation(event, stamp: stamp,
                                           ITIPMessage(method: method, attendees: item.onlyThem ? [item.personID] : nil))
        let meeting = words.meeting(event)
        let content = writer.content(event, stage: item.stage, sequence: stamp.sequence,
                                     answers: try answerLinks(event.key, item.personID), links: links,
                                     openActions: meeting.map(words.openActions(for:)) ?? [])
        var attachments: [MIMEMessage.Attachment] = []
        if item.stage == .agenda, let meeting {
            let name = "\(InvitationWords(language: language).agendaFile)-\(meeting.networkID)-\(meeting.day.iso).docx"
            attachments.append(.init(fileName: name,
                                     contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     data: try agenda(meeting)))
        }
        let organizer = words.organizer(event).flatMap { rules.people[$0.personID] }
        let messageID = "\(event.uid.prefix { $0 != "@" }).\(stamp.sequence).\(item.stage.rawValue).\(item.personID)@\(domain)"
        let mime = MIMEMessage(
            from: .init(name: organizer.map { $0.shownName(language) + " (Vuosikello)" } ?? "Vuosikello",
                        email: options.sender),
            replyTo: organizer?.email.map { .init(name: organizer?.shownName(language), email: $0) },
            to: .init(name: rules.people[item.personID]?.name, email: email), subject: content.subject,
            date: options.now, messageID: messageID, text: content.text, html: content.html, calendar: calendar,
            method: method.rawValue, attachments: attachments)
        return OutboxMessage(uid: event.uid, meetingKey: event.key, network: event.networkID, sequence: stamp.sequence,
                             method: method, stage: item.stage, personID: item.personID, address: email,
                             messageID: messageID, message: mime.bytes, queuedAt: options.now)
    }

    private func agenda(_ meeting: Meeting) throws -> Data {
        if let done = agendas[meeting.key] { return done }
        let data = try documents.render(.agenda, for: meeting, format: .docx)
        agendas[meeting.key] = data
        return data
    }

    /// The person's three links, when the server's address is known.
    private func answerLinks(_ meetingKey: String, _ personID: String) throws -> AnswerLinks? {
        guard let base = options.baseURL else { return nil }
        let token = AnswerToken(meetingKey: meetingKey, personID: personID, generation: try generation(personID))
            .signed(key: signingKey)
        return AnswerLinks(coming: base + SiteRoutes.answer(token, .coming),
                           notComing: base + SiteRoutes.answer(token, .notComing),
                           substitute: base + SiteRoutes.answer(token, .substitute))
    }
}
