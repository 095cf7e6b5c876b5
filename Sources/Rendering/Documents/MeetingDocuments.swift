import Foundation
import Rules
import Scheduling
import Storage

/// The agendas and minutes templates of one plan: indexes the plan once (meetings per
/// network, dates by key, open actions per network) so that a build can render every
/// meeting's documents without searching the plan for each.
public struct MeetingDocuments: Sendable {
    public let builder: MeetingDocumentBuilder
    public let renderer: DocumentRenderer
    /// Each meeting's neighbours in its network, not counting cancelled ones: found once,
    /// since searching the network's meetings for each document was most of the work of
    /// a rebuild whose documents are unchanged.
    private let neighbours: [String: (previous: Meeting?, next: Meeting?)]
    private let days: [String: Day]
    private let actions: [String: [ActionItem]]
    private let answers: [String: [String: AnswerRecord]]
    private let proposals: [String: [String: String]]
    public var language: Language { builder.language }

    /// - Parameters:
    ///   - actions: open action items (of any network).
    ///   - answers: the answers to invitations, by meeting and person, for the attendance lists.
    ///   - proposals: proposed decisions written in the workspace, by meeting and item title.
    public init(rules: RuleSet, language: Language, plan: Plan, actions: [ActionItem],
                answers: [String: [String: AnswerRecord]] = [:], proposals: [String: [String: String]] = [:],
                templates: TemplateLibrary) {
        self.answers = answers
        self.proposals = proposals
        builder = MeetingDocumentBuilder(rules: rules, language: language)
        renderer = DocumentRenderer(library: templates)
        var neighbours: [String: (previous: Meeting?, next: Meeting?)] = [:]
        for list in Dictionary(grouping: plan.meetings, by: \.networkID).values {
            // The plan's meetings are chronological, and so each network's.
            var previous: Meeting?
            for meeting in list {
                neighbours[meeting.key] = (previous, nil)
                if !meeting.isCancelled { previous = meeting }
            }
            var next: Meeting?
            for meeting in list.reversed() {
                neighbours[meeting.key]?.next = next
                if !meeting.isCancelled { next = meeting }
            }
        }
        self.neighbours = neighbours
        days = Dictionary(plan.meetings.map { ($0.key, $0.day) }, uniquingKeysWith: { a, _ in a })
        self.actions = Dictionary(grouping: actions, by: \.network)
    }

    public func document(_ kind: DocumentKind, for meeting: Meeting) -> MeetingDocument {
        builder.document(kind, for: meeting, previous: neighbours[meeting.key]?.previous,
                         next: neighbours[meeting.key]?.next, meetingDays: days,
                         actions: actions[meeting.networkID] ?? [], answers: answers[meeting.key] ?? [:],
                         proposals: proposals[meeting.key] ?? [:])
    }

    /// The file's bytes, through the network's own template when it names one.
    public func render(_ kind: DocumentKind, for meeting: Meeting, format: DocumentFormat) throws -> Data {
        try render(document(kind, for: meeting), formats: [format])[0]
    }

    /// The files' bytes in each format, through the network's own template when it names one.
    public func render(_ document: MeetingDocument, formats: [DocumentFormat]) throws -> [Data] {
        try renderer.render(document, formats: formats, customTemplate: customTemplate(document))
    }

    /// The templates' prints (each with its partials) of the document's kind in each format.
    public func templatePrints(_ document: MeetingDocument, formats: [DocumentFormat]) throws -> [Signature] {
        try formats.map { try renderer.template(document.kind, format: $0, custom: customTemplate(document)).print }
    }

    private func customTemplate(_ document: MeetingDocument) -> String? {
        builder.rules.network(document.networkID)?.templates[document.kind.rawValue]
    }

    /// Loads every template the plan's networks use, so that a broken one stops a build
    /// before any file is written.
    public func checkTemplates(formats: [DocumentFormat]) throws {
        for network in builder.rules.networks {
            for kind in DocumentKind.allCases {
                for format in formats {
                    _ = try renderer.template(kind, format: format, custom: network.templates[kind.rawValue])
                }
            }
        }
    }
}
