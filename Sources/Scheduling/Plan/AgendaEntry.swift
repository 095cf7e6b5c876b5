import Rules

/// Why an item is on a meeting's agenda.
public enum AgendaSource: Hashable, Sendable, Codable {
    /// Written on the window (Jan–Feb: information to decision-makers).
    case window
    /// An annual-cycle item of the network.
    case annualCycle
    /// A report from another network, after that network's meeting `meetingKey`.
    case report(from: String, meetingKey: String)
    /// What this network reports to another, whose meeting `meetingKey` receives it.
    case reportTo(network: String, meetingKey: String)
    /// Carried over from a cancelled meeting.
    case carriedOver(from: String)
    /// Added for this meeting only, by a chair or the coordinator (stored, not in the rules).
    case extra
}

/// One item due at a meeting, with why it is there (chairs see the source in the agenda draft).
public struct AgendaEntry: Hashable, Sendable, Codable {
    public var title: LocalizedText
    public var source: AgendaSource
    /// The proposed decision, from the rules (absent in plans kept before it existed).
    public var proposal: LocalizedText?
    public var attachments: [LocalizedText]?
    /// The year whose monitoring report goes with the item (absent for most items).
    public var report: Int?

    public init(title: LocalizedText, source: AgendaSource, proposal: LocalizedText? = nil,
                attachments: [LocalizedText] = [], report: Int? = nil) {
        self.title = title
        self.source = source
        self.proposal = proposal
        self.attachments = attachments.isEmpty ? nil : attachments
        self.report = report
    }
}
