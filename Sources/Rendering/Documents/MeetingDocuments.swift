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
    private let byNetwork: [String: [Meeting]]
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
        byNetwork = Dictionary(grouping: plan.meetings, by: \.networkID)
        days = Dictionary(plan.meetings.map { ($0.key, $0.day) }, uniquingKeysWith: { a, _ in a })
        self.actions = Dictionary(grouping: actions, by: \.network)
    }

    public func document(_ kind: DocumentKind, for meeting: Meeting) -> MeetingDocument {
        builder.document(kind, for: meeting, networkMeetings: byNetwork[meeting.networkID] ?? [], meetingDays: days,
                         actions: actions[meeting.networkID] ?? [], answers: answers[meeting.key] ?? [:],
                         proposals: proposals[meeting.key] ?? [:])
    }

    /// The file's bytes, through the network's own template when it names one.
    public func render(_ kind: DocumentKind, for meeting: Meeting, format: DocumentFormat) throws -> Data {
        try render(kind, for: meeting, formats: [format])[0]
    }

    /// The files' bytes in each format, from one document.
    public func render(_ kind: DocumentKind, for meeting: Meeting, formats: [DocumentFormat]) throws -> [Data] {
        let custom = builder.rules.network(meeting.networkID)?.templates[kind.rawValue]
        return try renderer.render(document(kind, for: meeting), formats: formats, customTemplate: custom)
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
