/// Someone who takes part in networks. Example data uses role ids
/// (`koordinaattori`, `vastuuhenkilo-mikkeli`), never real names.
public struct Person: Hashable, Sendable {
    public let id: String
    /// What the person is in the work ("Perhekeskuskoordinaattori"), in every output.
    public var title: LocalizedText
    /// The person's own name, when the rules give one: shown only where members see it
    /// (documents, internal feeds, the workspace), never in public feeds or pages.
    public var name: String?
    public var phone: String?
    public var organisation: String?
    /// Used only in internal feeds and documents; never in public ones.
    public var email: String?
    /// The coordinator convenes almost everything and is limited to one meeting a day.
    public var maxMeetingsPerDay: Int?
    public var unavailable: [DatedPeriod]
    /// Hours already taken elsewhere, imported from the person's own calendar.
    public var busy: [ImportedEvent]
    /// Whether a timed event of `busy` counts as a meeting towards `maxMeetingsPerDay`:
    /// a national network's meeting is as tiring as our own (`busyCountsAsMeetings: false`
    /// when the imported calendar holds short reminders rather than meetings).
    public var busyCountsAsMeetings: Bool
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, organisation: String? = nil, email: String? = nil,
                maxMeetingsPerDay: Int? = nil, unavailable: [DatedPeriod] = [], location: SourceLocation) {
        self.id = id
        self.title = title
        self.organisation = organisation
        self.email = email
        self.maxMeetingsPerDay = maxMeetingsPerDay
        self.unavailable = unavailable
        self.busy = []
        self.busyCountsAsMeetings = true
        self.location = location
    }

    /// How members are shown to each other: the name when there is one, else the title.
    public func shownName(_ language: Language) -> String { name ?? title.text(language) }

    /// The name and the title ("Liisa Lahti, Perhekeskuskoordinaattori"), or the title alone.
    public func nameAndTitle(_ language: Language) -> String {
        name.map { "\($0), \(title.text(language))" } ?? title.text(language)
    }
}
