import Rules

/// Everything an agenda draft or a minutes template says about one meeting, already in
/// the reader's language: templates only arrange it. Holds no client data: only the
/// meeting, its people (by role id and title) and the network's own items.
public struct MeetingDocument: Hashable, Sendable, Encodable {
    public struct Participant: Hashable, Sendable, Encodable {
        public var id: String
        public var name: String
        /// The roles in this network, in words ("puheenjohtaja, sihteeri").
        public var roles: String
        /// Invited on demand rather than expected.
        public var optional: Bool
        /// What they answered to the invitation, in words; nil before any answer.
        public var answer: String?
        /// Their name alone (else their title), under a signature line.
        public var signature: String = ""

        public init(id: String, name: String, roles: String, optional: Bool) {
            self.id = id
            self.name = name
            self.roles = roles
            self.optional = optional
        }
    }

    public var kind: DocumentKind
    public var language: Language
    public var formal: Bool
    /// "Esityslista", "Pöytäkirja", "Muistio", …
    public var heading: String
    public var networkID: String
    public var networkTitle: String
    public var meetingKey: String
    /// The meeting's title (the network's, with the window's).
    public var meetingTitle: String
    public var date: Day
    /// `to 12.3.2026 klo 13.00–15.00`
    public var when: String
    public var mode: String
    public var place: String?
    public var onlineURL: String?
    /// Everyone holding the role: co-conveners, co-chairs and two secretaries are all shown.
    public var conveners: [Participant]
    public var chairs: [Participant]
    public var secretaries: [Participant]
    public var quorum: String?
    public var cancelled: Bool
    public var participants: [Participant]
    public var items: [DocumentItem]
    /// The next meeting of the network, in words, or "not yet set".
    public var nextMeeting: String
}
