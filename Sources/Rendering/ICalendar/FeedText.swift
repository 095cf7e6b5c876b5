import Rules
import Scheduling
import Storage

/// The words of every feed event in one language: summary, description, location,
/// categories, organizer and attendees, for members or for everyone. Built once per
/// build around the plan, then only read, so events can be hashed and written on every
/// core. Meetings and tasks are read field by field where they lie in the plan (through a
/// pointer: handing an array's element to a function copied the whole meeting, retaining
/// each of its fields, a quarter of the words' time); the caches are shared by reference
/// (a class), never copied into closures.
public final class FeedText: Sendable {
    public let rules: RuleSet
    public let language: Language
    private let meetings: [Meeting]
    private let tasks: [PlannedTask]
    private let labels: Labels
    private let meetingText: MeetingText
    private let taskText: TaskText
    private let parties: [String: Party]
    private let titles: [String: String]
    private let outline: AgendaOutline
    /// Every recorded action item, open and closed: `FeedEvent.Source.action` indexes it.
    private let actions: [ActionItem]
    /// Open actions by network, and every meeting's day, for what a meeting follows up.
    private let openActions: [String: [ActionItem]]
    private let meetingDays: [String: Day]
    private let links: MeetingLinks?

    /// - Parameters:
    ///   - actions: the recorded action items: open ones are listed on the meetings that
    ///     follow them up, and each is an all-day event in its owner's feed.
    ///   - links: the agenda's and the meeting page's addresses, when the server's is known.
    public init(rules: RuleSet, language: Language, plan: Plan, actions: [ActionItem] = [], links: MeetingLinks? = nil) {
        self.rules = rules
        self.language = language
        meetings = plan.meetings
        tasks = plan.tasks
        outline = AgendaOutline(rules: rules, language: language)
        self.actions = actions
        self.links = links
        openActions = Dictionary(grouping: actions.filter(\.open), by: \.network)
        meetingDays = actions.isEmpty ? [:]
            : Dictionary(plan.meetings.map { ($0.key, $0.day) }, uniquingKeysWith: { a, _ in a })
        labels = Labels(language: language)
        meetingText = MeetingText(rules: rules, language: language)
        taskText = TaskText(rules: rules, language: language)
        var parties: [String: Party] = [:]
        for (id, person) in rules.people {
            parties[id] = Party(personID: id, name: person.shownName(language),
                                address: FeedText.address(of: id, email: person.email), role: .required)
        }
        self.parties = parties
        titles = Dictionary(uniqueKeysWithValues: rules.networks.map { ($0.id, $0.title.text(language)) })
    }

    // MARK: Words

    /// The planned meeting an event shows, if it is one.
    public func meeting(_ event: FeedEvent) -> Meeting? {
        guard case .meeting(let i) = event.source else { return nil }
        return meetings[i]
    }

    /// The open actions a meeting follows up (see `AgendaOutline.openActions`).
    public func openActions(for meeting: borrowing Meeting) -> [ActionItem] {
        openActions(network: meeting.networkID, key: meeting.key, day: meeting.day)
    }

    /// None at all without action items (most builds), before any lookup.
    private func openActions(network: String, key: String, day: Day) -> [ActionItem] {
        guard !actions.isEmpty else { return [] }
        return AgendaOutline.openActions(openActions[network] ?? [], beforeMeeting: key, on: day, meetingDays: meetingDays)
    }

    public func summary(_ event: FeedEvent) -> String {
        switch event.source {
        case .meeting(let i): return withMeeting(i) { summary(meeting: $0) }
        case .task(let i):
            return withTask(i) { taskText.title($0.pointee.title, kind: $0.pointee.kind, network: $0.pointee.networkID) }
        case .action(let i):
            let action = actions[i]
            return action.open ? "\(labels.actionPrefix): \(action.what)" : "✓ \(labels.donePrefix): \(action.what)"
        case .removed(let r):
            let prefix = labels.cancelledPrefix + ": "
            return r.summary.hasPrefix(prefix) ? r.summary : prefix + r.summary
        }
    }

    private func summary(meeting m: UnsafePointer<Meeting>) -> String {
        let title = meetingText.title(m.pointee.title, subtitle: m.pointee.subtitle)
        return m.pointee.isCancelled ? "\(labels.cancelledPrefix): \(title)" : title
    }

    public func description(_ event: FeedEvent, for audience: Audience) -> String {
        switch event.source {
        case .meeting(let i): return withMeeting(i) { description(meeting: $0, for: audience) }
        case .task(let i): return withTask(i) { description(task: $0, for: audience) }
        case .action(let i): return description(action: actions[i])
        case .removed: return labels.removedNote
        }
    }

    // Descriptions are built in one string, line by line (no arrays of lines to join).

    private func description(meeting m: UnsafePointer<Meeting>, for audience: Audience) -> String {
        var text = ""
        text.reserveCapacity(256)
        func line(_ parts: String...) {
            if !text.isEmpty { text += "\n" }
            for part in parts { text += part }
        }
        // Items typed in for one meeting and action items are free text: members' feeds only.
        outline.forEachItem(networkID: m.pointee.networkID, agenda: m.pointee.agenda, for: audience) { item, first in
            if first { line(labels.agendaHeading, ":") }
            line("• ", item)
        }
        if audience == .members, !m.pointee.isCancelled {
            let open = openActions(network: m.pointee.networkID, key: m.pointee.key, day: m.pointee.day)
            if !open.isEmpty {
                line(labels.openActionsHeading, ":")
                for action in open {
                    line("• ", action.what, " (", personName(action.owner), ", ",
                         Day(iso: action.due)?.finnish ?? action.due, ")")
                }
            }
        }
        if m.pointee.status == .moved { line(labels.movedNote) }
        if audience == .members {
            func names(_ label: String, _ ids: [String]) {
                guard !ids.isEmpty else { return }
                line(label, ": ")
                for (k, id) in ids.enumerated() { text += k == 0 ? personName(id) : ", " + personName(id) }
            }
            names(labels.convenerName, m.pointee.conveners)
            names(labels.chairName, m.pointee.chairs)
            names(labels.secretaryName, m.pointee.secretaries)
            if let links, !m.pointee.isCancelled {
                line(labels.agendaLink, ": ", links.agenda(m.pointee.key))
                line(labels.meetingPageLink, ": ", links.page(m.pointee.key))
            }
        }
        return text
    }

    private func description(action a: ActionItem) -> String {
        var text = labels.dueName + ": " + (Day(iso: a.due)?.finnish ?? a.due)
        text += "\n" + labels.ownerName + ": " + personName(a.owner)
        let recorded = meetingDays[a.meetingKey].map { " " + $0.finnish } ?? ""
        text += "\n" + labels.recordedAt + ": " + networkTitle(a.network) + recorded + ", " + a.itemTitle
        if !a.open {
            let closed = a.closedAt.flatMap { Day(iso: String($0.prefix(10))) }
            text += "\n" + labels.donePrefix + (closed.map { ": " + $0.finnish } ?? "")
            if let note = a.note, !note.isEmpty { text += " — " + note }
        }
        return text
    }

    private func description(task t: UnsafePointer<PlannedTask>, for audience: Audience) -> String {
        var text = ""
        text.reserveCapacity(160)
        func line(_ parts: String...) {
            if !text.isEmpty { text += "\n" }
            for part in parts { text += part }
        }
        let start = t.pointee.start, due = t.pointee.due
        if start < due { line(labels.fromName, ": ", start.finnish) }
        line(labels.dueName, ": ", due.finnish)
        if audience == .members {
            let owners = t.pointee.owners
            if !owners.isEmpty { line(labels.ownerName, ": ", owners.map(personName).joined(separator: ", ")) }
            if let meeting = t.pointee.meetingKey { line(labels.meetingName, ": ", meeting) }
        }
        return text
    }

    /// The room and the link for members; the room and the kind of online meeting, never
    /// the link, for everyone.
    public func location(_ event: FeedEvent, for audience: Audience) -> String? {
        switch event.source {
        case .meeting(let i): return withMeeting(i) { location(meeting: $0, for: audience) }
        case .task, .action: return nil
        case .removed(let r): return audience == .members ? r.location : nil
        }
    }

    private func location(meeting m: UnsafePointer<Meeting>, for audience: Audience) -> String? {
        let placeID = m.pointee.placeID, onlineID = m.pointee.onlineID
        if audience == .members { return meetingText.location(placeID: placeID, onlineID: onlineID) }
        var parts: [String] = []
        if let room = meetingText.room(placeID: placeID) { parts.append(room) }
        if let id = onlineID, let place = rules.places[id] { parts.append(place.name.text(language)) }
        return parts.isEmpty ? nil : parts.joined(separator: " / ")
    }

    public func url(_ event: FeedEvent, for audience: Audience) -> String? {
        guard audience == .members, case .meeting(let i) = event.source else { return nil }
        return meetingText.onlineURL(onlineID: withMeeting(i) { $0.pointee.onlineID })
    }

    public func categories(_ event: FeedEvent) -> [String] {
        switch event.source {
        case .meeting(let i): return [event.networkID, withMeeting(i) { $0.pointee.mode }.name(language)]
        case .task(let i):
            let deadline = withTask(i) { $0.pointee.isDeadline }
            return [event.networkID, deadline ? labels.deadlineCategory : labels.taskCategory]
        case .action: return [event.networkID, labels.taskCategory]
        case .removed: return [event.networkID]
        }
    }

    public func organizer(_ event: FeedEvent) -> Party? {
        guard case .meeting(let i) = event.source, let convener = withMeeting(i, { $0.pointee.conveners.first }) else {
            return nil
        }
        return party(convener, .chair)
    }

    public func attendees(_ event: FeedEvent) -> [Party] {
        guard case .meeting(let i) = event.source else { return [] }
        return withMeeting(i) { $0.pointee.attendees }.map { a in
            party(a.personID, a.roles.contains(.chair) ? .chair : (a.optional ? .optional : .required))
        }
    }

    /// Whose personal feeds carry the event: a meeting's expected attendees, a task's owner.
    public func people(_ event: FeedEvent) -> [String] { people(of: event.source) }

    /// The same, from the event's source alone (read in place by the feed layout).
    public func people(of source: FeedEvent.Source) -> [String] {
        switch source {
        case .meeting(let i): return Meeting.expected(withMeeting(i) { $0.pointee.attendees })
        case .task(let i): return withTask(i) { $0.pointee.owners }
        case .action(let i): return [actions[i].owner]
        case .removed(let r): return r.people
        }
    }

    // MARK: Hashes

    /// Time, place, mode, title and status: a change raises SEQUENCE. The pieces that
    /// make the summary, locations, link and categories are hashed as they are, without
    /// composing the texts (a national build hashes some 300 000 events).
    public func significant(_ event: FeedEvent) -> Signature {
        withUnsafePointer(to: event) { significant(at: $0) }
    }

    /// `significant` of an event read in place (handing it over as a value copied it).
    public func significant(at event: UnsafePointer<FeedEvent>) -> Signature {
        var s = Signature()
        s.add(event.pointee.day.ordinal)
        s.add(event.pointee.lastDay.ordinal)
        s.add(event.pointee.start?.minutes ?? -1)
        s.add(event.pointee.end?.minutes ?? -1)
        s.add(event.pointee.cancelled ? 1 : 0)
        s.add(event.pointee.networkID)
        switch event.pointee.source {
        case .meeting(let i): withMeeting(i) { addSignificant(meeting: $0, to: &s) }
        case .task(let i): withTask(i) { addSignificant(task: $0, to: &s) }
        case .action(let i):
            s.add(actions[i].what)
            s.add(actions[i].open ? 1 : 0)
        case .removed(let r):
            s.add(r.summary)
            s.add(r.location ?? "")
        }
        return s
    }

    private func addSignificant(meeting m: UnsafePointer<Meeting>, to s: inout Signature) {
        s.add(m.pointee.title.text(language))
        s.add(m.pointee.subtitle?.text(language) ?? "")
        for id in [m.pointee.placeID, m.pointee.onlineID] {
            guard let id, let place = rules.places[id] else {
                s.add("-")
                continue
            }
            s.add(place.name.text(language))
            s.add(place.address ?? "")
            s.add(place.onlineURL ?? "")
        }
        s.add(m.pointee.mode.rawValue)
    }

    private func addSignificant(task t: UnsafePointer<PlannedTask>, to s: inout Signature) {
        s.add(t.pointee.title.text(language))
        if case let .deadline(_, _, day) = t.pointee.kind {
            s.add(networkTitle(t.pointee.networkID))
            s.add(day.ordinal)
        }
        s.add(t.pointee.isDeadline ? 1 : 0)
    }

    /// Everything else a feed shows: a change updates DTSTAMP and LAST-MODIFIED only.
    public func minor(_ event: FeedEvent) -> Signature {
        withUnsafePointer(to: event) { minor(at: $0) }
    }

    /// `minor` of an event read in place.
    public func minor(at event: UnsafePointer<FeedEvent>) -> Signature {
        var s = Signature()
        switch event.pointee.source {
        case .meeting(let i): withMeeting(i) { addMinor(meeting: $0, to: &s) }
        case .task(let i): withTask(i) { addMinor(task: $0, to: &s) }
        case .action(let i):
            let a = actions[i]
            for text in [a.owner, personName(a.owner), a.meetingKey, a.itemTitle, a.closedAt ?? "", a.note ?? ""] {
                s.add(text)
            }
        case .removed(let r): for person in r.people { s.add(person) }
        }
        s.add(event.pointee.shared ? 1 : 0)
        s.add(language.rawValue)
        return s
    }

    private func addMinor(meeting m: UnsafePointer<Meeting>, to s: inout Signature) {
        for item in outline.standingItems(m.pointee.networkID) { s.add(item) }
        for item in m.pointee.agenda { s.add(item.title.text(language)) }
        for a in openActions(network: m.pointee.networkID, key: m.pointee.key, day: m.pointee.day) {
            s.add(Int(a.id ?? 0))
            s.add(a.what)
            s.add(a.due)
        }
        if let links { s.add(links.page(m.pointee.key)) }
        s.add(m.pointee.status == .moved ? 1 : 0)
        for people in [m.pointee.conveners, m.pointee.chairs, m.pointee.secretaries] {
            for person in people { s.add(personName(person)) }
            s.add("|")
        }
        s.add(m.pointee.key)
        for attendee in m.pointee.attendees {
            s.add(attendee.personID)
            s.add(personName(attendee.personID))
            s.add(parties[attendee.personID]?.address ?? "")
            s.add(attendee.optional ? 1 : 0)
            for role in attendee.roles { s.add(role.rawValue) }
        }
    }

    private func addMinor(task t: UnsafePointer<PlannedTask>, to s: inout Signature) {
        s.add(t.pointee.start.ordinal)
        for owner in t.pointee.owners { s.add(personName(owner)) }
        s.add("|")
        s.add(t.pointee.meetingKey ?? "-")
    }

    // MARK: Reading in place

    @inline(__always)
    private func withMeeting<R>(_ i: Int, _ body: (UnsafePointer<Meeting>) -> R) -> R {
        meetings.withElement(at: i, body)
    }

    @inline(__always)
    private func withTask<R>(_ i: Int, _ body: (UnsafePointer<PlannedTask>) -> R) -> R {
        tasks.withElement(at: i, body)
    }

    // MARK: People

    private func networkTitle(_ id: String) -> String { titles[id] ?? id }

    private func personName(_ id: String) -> String { parties[id]?.name ?? id }

    private func party(_ id: String, _ role: Party.Role) -> Party {
        var p = parties[id] ?? Party(personID: id, name: id, address: FeedText.address(of: id, email: nil), role: role)
        p.role = role
        return p
    }

    /// `mailto:` for a known e-mail address; otherwise a name-based `urn:uuid:` that is the
    /// same for the same person id in every build.
    static func address(of personID: String, email: String?) -> String {
        if let email { return "mailto:" + email }
        var a = Signature(), b = Signature()
        a.add(personID)
        b.add("vuosikello:" + personID)
        let chars = Array(a.description + b.description)
        // RFC 9562 version 8 (custom) with the RFC variant bits.
        let variant = Array("89ab")[Int(String(chars[16]), radix: 16)! % 4]
        let uuid = String(chars[0..<8]) + "-" + String(chars[8..<12]) + "-8" + String(chars[13..<16]) + "-"
            + String(variant) + String(chars[17..<20]) + "-" + String(chars[20..<32])
        return "urn:uuid:" + uuid
    }
}
