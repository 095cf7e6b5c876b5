import Rules
import Scheduling
import Storage

/// The words of every feed event in one language: summary, description, location,
/// categories, organizer and attendees, for members or for everyone. Built once per
/// build around the plan, then only read, so events can be hashed and written on every
/// core. Meetings and tasks are read in place in the plan (`borrowing`), never copied;
/// the caches are shared by reference (a class), never copied into closures.
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
        AgendaOutline.openActions(openActions[meeting.networkID] ?? [], before: meeting, meetingDays: meetingDays)
    }

    public func summary(_ event: FeedEvent) -> String {
        switch event.source {
        case .meeting(let i): return summary(meeting: meetings[i])
        case .task(let i): return taskText.title(tasks[i])
        case .action(let i):
            let action = actions[i]
            return action.open ? "\(labels.actionPrefix): \(action.what)" : "✓ \(labels.donePrefix): \(action.what)"
        case .removed(let r):
            let prefix = labels.cancelledPrefix + ": "
            return r.summary.hasPrefix(prefix) ? r.summary : prefix + r.summary
        }
    }

    private func summary(meeting m: borrowing Meeting) -> String {
        let title = meetingText.title(m)
        return m.isCancelled ? "\(labels.cancelledPrefix): \(title)" : title
    }

    public func description(_ event: FeedEvent, for audience: Audience) -> String {
        switch event.source {
        case .meeting(let i): return description(meeting: meetings[i], for: audience)
        case .task(let i): return description(task: tasks[i], for: audience)
        case .action(let i): return description(action: actions[i])
        case .removed: return labels.removedNote
        }
    }

    // Descriptions are built in one string, line by line (no arrays of lines to join).

    private func description(meeting m: borrowing Meeting, for audience: Audience) -> String {
        var text = ""
        text.reserveCapacity(256)
        func line(_ parts: String...) {
            if !text.isEmpty { text += "\n" }
            for part in parts { text += part }
        }
        // Items typed in for one meeting and action items are free text: members' feeds only.
        let items = outline.items(m, for: audience)
        if !items.isEmpty {
            line(labels.agendaHeading, ":")
            for item in items { line("• ", item) }
        }
        if audience == .members, !m.isCancelled {
            let open = openActions(for: m)
            if !open.isEmpty {
                line(labels.openActionsHeading, ":")
                for action in open {
                    line("• ", action.what, " (", personName(action.owner), ", ",
                         Day(iso: action.due)?.finnish ?? action.due, ")")
                }
            }
        }
        if m.status == .moved { line(labels.movedNote) }
        if audience == .members {
            for (label, ids) in [(labels.convenerName, m.conveners), (labels.chairName, m.chairs),
                                 (labels.secretaryName, m.secretaries)] where !ids.isEmpty {
                line(label, ": ", ids.map(personName).joined(separator: ", "))
            }
            if let links, !m.isCancelled {
                line(labels.agendaLink, ": ", links.agenda(m.key))
                line(labels.meetingPageLink, ": ", links.page(m.key))
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

    private func description(task t: borrowing PlannedTask, for audience: Audience) -> String {
        var text = ""
        text.reserveCapacity(160)
        func line(_ parts: String...) {
            if !text.isEmpty { text += "\n" }
            for part in parts { text += part }
        }
        if t.start < t.due { line(labels.fromName, ": ", t.start.finnish) }
        line(labels.dueName, ": ", t.due.finnish)
        if audience == .members {
            if !t.owners.isEmpty { line(labels.ownerName, ": ", t.owners.map(personName).joined(separator: ", ")) }
            if let meeting = t.meetingKey { line(labels.meetingName, ": ", meeting) }
        }
        return text
    }

    /// The room and the link for members; the room and the kind of online meeting, never
    /// the link, for everyone.
    public func location(_ event: FeedEvent, for audience: Audience) -> String? {
        switch event.source {
        case .meeting(let i): return location(meeting: meetings[i], for: audience)
        case .task, .action: return nil
        case .removed(let r): return audience == .members ? r.location : nil
        }
    }

    private func location(meeting m: borrowing Meeting, for audience: Audience) -> String? {
        if audience == .members { return meetingText.location(m) }
        var parts: [String] = []
        if let room = meetingText.room(m) { parts.append(room) }
        if let id = m.onlineID, let place = rules.places[id] { parts.append(place.name.text(language)) }
        return parts.isEmpty ? nil : parts.joined(separator: " / ")
    }

    public func url(_ event: FeedEvent, for audience: Audience) -> String? {
        guard audience == .members, case .meeting(let i) = event.source else { return nil }
        return meetingText.onlineURL(meetings[i])
    }

    public func categories(_ event: FeedEvent) -> [String] {
        switch event.source {
        case .meeting(let i): return [event.networkID, meetings[i].mode.name(language)]
        case .task(let i): return [event.networkID, tasks[i].isDeadline ? labels.deadlineCategory : labels.taskCategory]
        case .action: return [event.networkID, labels.taskCategory]
        case .removed: return [event.networkID]
        }
    }

    public func organizer(_ event: FeedEvent) -> Party? {
        guard case .meeting(let i) = event.source, let convener = meetings[i].conveners.first else { return nil }
        return party(convener, .chair)
    }

    public func attendees(_ event: FeedEvent) -> [Party] {
        guard case .meeting(let i) = event.source else { return [] }
        return meetings[i].attendees.map { a in
            party(a.personID, a.roles.contains(.chair) ? .chair : (a.optional ? .optional : .required))
        }
    }

    /// Whose personal feeds carry the event: a meeting's expected attendees, a task's owner.
    public func people(_ event: FeedEvent) -> [String] {
        switch event.source {
        case .meeting(let i): return meetings[i].expected
        case .task(let i): return tasks[i].owners
        case .action(let i): return [actions[i].owner]
        case .removed(let r): return r.people
        }
    }

    // MARK: Hashes

    /// Time, place, mode, title and status: a change raises SEQUENCE. The pieces that
    /// make the summary, locations, link and categories are hashed as they are, without
    /// composing the texts (a national build hashes some 300 000 events).
    public func significant(_ event: FeedEvent) -> Signature {
        var s = Signature()
        s.add(event.day.ordinal)
        s.add(event.lastDay.ordinal)
        s.add(event.start?.minutes ?? -1)
        s.add(event.end?.minutes ?? -1)
        s.add(event.cancelled ? 1 : 0)
        s.add(event.networkID)
        switch event.source {
        case .meeting(let i): addSignificant(meeting: meetings[i], to: &s)
        case .task(let i): addSignificant(task: tasks[i], to: &s)
        case .action(let i):
            s.add(actions[i].what)
            s.add(actions[i].open ? 1 : 0)
        case .removed(let r):
            s.add(r.summary)
            s.add(r.location ?? "")
        }
        return s
    }

    private func addSignificant(meeting m: borrowing Meeting, to s: inout Signature) {
        s.add(m.title.text(language))
        s.add(m.subtitle?.text(language) ?? "")
        for id in [m.placeID, m.onlineID] {
            guard let id, let place = rules.places[id] else {
                s.add("-")
                continue
            }
            s.add(place.name.text(language))
            s.add(place.address ?? "")
            s.add(place.onlineURL ?? "")
        }
        s.add(m.mode.rawValue)
    }

    private func addSignificant(task t: borrowing PlannedTask, to s: inout Signature) {
        s.add(t.title.text(language))
        if case let .deadline(_, _, day) = t.kind {
            s.add(networkTitle(t.networkID))
            s.add(day.ordinal)
        }
        s.add(t.isDeadline ? 1 : 0)
    }

    /// Everything else a feed shows: a change updates DTSTAMP and LAST-MODIFIED only.
    public func minor(_ event: FeedEvent) -> Signature {
        var s = Signature()
        switch event.source {
        case .meeting(let i): addMinor(meeting: meetings[i], to: &s)
        case .task(let i): addMinor(task: tasks[i], to: &s)
        case .action(let i):
            let a = actions[i]
            for text in [a.owner, personName(a.owner), a.meetingKey, a.itemTitle, a.closedAt ?? "", a.note ?? ""] {
                s.add(text)
            }
        case .removed(let r): for person in r.people { s.add(person) }
        }
        s.add(event.shared ? 1 : 0)
        s.add(language.rawValue)
        return s
    }

    private func addMinor(meeting m: borrowing Meeting, to s: inout Signature) {
        for item in outline.standingItems(m.networkID) { s.add(item) }
        for item in m.agenda { s.add(item.title.text(language)) }
        if !actions.isEmpty {
            for a in openActions(for: m) {
                s.add(Int(a.id ?? 0))
                s.add(a.what)
                s.add(a.due)
            }
        }
        if let links { s.add(links.page(m.key)) }
        s.add(m.status == .moved ? 1 : 0)
        for people in [m.conveners, m.chairs, m.secretaries] {
            for person in people { s.add(personName(person)) }
            s.add("|")
        }
        s.add(m.key)
        for attendee in m.attendees {
            s.add(attendee.personID)
            s.add(personName(attendee.personID))
            s.add(parties[attendee.personID]?.address ?? "")
            s.add(attendee.optional ? 1 : 0)
            for role in attendee.roles { s.add(role.rawValue) }
        }
    }

    private func addMinor(task t: borrowing PlannedTask, to s: inout Signature) {
        s.add(t.start.ordinal)
        for owner in t.owners { s.add(personName(owner)) }
        s.add("|")
        s.add(t.meetingKey ?? "-")
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
