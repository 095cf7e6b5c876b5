import Rules
import Scheduling
import Storage

/// Puts together an agenda draft or a minutes template from the plan: the usual opening
/// items, the network's standing items, what the annual cycle and other networks put on
/// this meeting, the actions still open from earlier minutes, and the next meeting.
public struct MeetingDocumentBuilder: Sendable {
    public let rules: RuleSet
    public let language: Language
    private let text: MeetingText

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
        text = MeetingText(rules: rules, language: language)
    }

    /// - Parameters:
    ///   - previous: the network's meeting held before this one (not cancelled), if any.
    ///   - next: the network's next meeting (not cancelled), if any.
    ///   - meetingDays: every meeting's day by key, to date reports from and to other networks.
    ///   - actions: the network's open action items; those recorded at this meeting or
    ///     later are left out.
    public func document(_ kind: DocumentKind, for meeting: Meeting, previous: Meeting?, next: Meeting?,
                         meetingDays: [String: Day], actions: [ActionItem], answers: [String: AnswerRecord] = [:],
                         proposals: [String: String] = [:]) -> MeetingDocument {
        let network = rules.network(meeting.networkID)
        let words = DocumentWords(language: language, body: network?.body ?? .workingGroup)

        var items: [(String, DocumentItem.Role, [String], AgendaEntry?)] = [
            (words.opening, .opening, [], nil),
            (words.attendance, .attendance, words.formal ? [network?.quorum?.text(language)].compactMap { $0 } : [], nil),
        ]
        if words.formal { items.append((words.minuteCheckers, .minuteCheckers, [], nil)) }
        items.append((words.agendaApproval, .agendaApproval, [], nil))
        if let previous { items.append((words.previousMinutes, .previousMinutes, [words.previous(previous.day)], nil)) }

        let open = openActions(actions, before: meeting, meetingDays: meetingDays)
        if !open.isEmpty { items.append((words.openActions, .openActions, [], nil)) }
        for standing in network?.standingItems ?? [] { items.append((standing.text(language), .standing, [], nil)) }
        for entry in meeting.agenda {
            let (title, role, notes) = item(entry, words: words, meetingDays: meetingDays)
            items.append((title, role, notes, entry))
        }
        items.append((words.otherBusiness, .otherBusiness, [], nil))
        let nextText = next.map { words.when($0.day, $0.start, $0.end) } ?? words.noNextMeeting
        items.append((words.nextMeeting, .nextMeeting, [nextText], nil))
        items.append((words.closing, .closing, [], nil))

        let numbered = items.enumerated().map { index, item in
            var numbered = DocumentItem(number: index + 1, title: item.0, role: item.1, notes: item.2,
                                        actions: item.1 == .openActions ? open : [])
            numbered.proposal = proposals[item.0] ?? item.3?.proposal?.text(language)
            numbered.attachments = (item.3?.attachments ?? []).map { $0.text(language) }
                + (item.3?.report.map { [ReportWords(language: language).attachment($0, file: ReportRenderer.fileName($0, .docx))] } ?? [])
            numbered.report = item.3?.report
            return numbered
        }
        return MeetingDocument(
            kind: kind, language: language, formal: words.formal, heading: words.title(kind),
            networkID: meeting.networkID, networkTitle: meeting.title.text(language),
            meetingKey: meeting.key, meetingTitle: text.title(meeting), date: meeting.day,
            when: words.when(meeting.day, meeting.start, meeting.end), mode: meeting.mode.name(language),
            place: text.room(meeting),
            onlineURL: text.onlineURL(meeting),
            conveners: meeting.conveners.map { participant($0, in: meeting) },
            chairs: meeting.chairs.map { participant($0, in: meeting) },
            secretaries: meeting.secretaries.map { participant($0, in: meeting) },
            quorum: words.formal ? network?.quorum?.text(language) : nil,
            cancelled: meeting.isCancelled,
            participants: meeting.attendees.map { attendee in
                var p = participant(attendee.personID, in: meeting)
                p.answer = answers[attendee.personID].map { InvitationWords(language: language).answered($0) }
                return p
            },
            items: numbered, nextMeeting: nextText)
    }

    private func item(_ entry: AgendaEntry, words: DocumentWords, meetingDays: [String: Day])
        -> (String, DocumentItem.Role, [String]) {
        let title = entry.title.text(language)
        switch entry.source {
        case .window: return (title, .window, [])
        case .annualCycle: return (title, .annualCycle, [])
        case let .report(from, key):
            let note = meetingDays[key].map { words.reportFrom(text.networkTitle(from), $0) }
            return (title, .reportFrom, [note].compactMap { $0 })
        case let .reportTo(_, key):
            let note = meetingDays[key].map(words.reportTo)
            return (title, .reportTo, [note].compactMap { $0 })
        case let .carriedOver(key):
            return (title, .carriedOver, [meetingDays[key].map(words.carriedOver)].compactMap { $0 })
        case .extra: return (title, .extra, [])
        }
    }

    /// Open items recorded at meetings before this one (or at meetings no longer in the
    /// plan), oldest due date first.
    private func openActions(_ actions: [ActionItem], before meeting: Meeting, meetingDays: [String: Day])
        -> [OpenAction] {
        AgendaOutline.openActions(actions, before: meeting, meetingDays: meetingDays)
            .map { action in
                let due = Day(iso: action.due)
                return OpenAction(id: action.id ?? 0, what: action.what, owner: action.owner,
                                  ownerName: rules.people[action.owner]?.shownName(language) ?? action.owner,
                                  due: due?.finnish ?? action.due, overdue: due.map { $0 < meeting.day } ?? false,
                                  recordedAt: meetingDays[action.meetingKey]?.finnish ?? action.meetingKey)
            }
    }

    private func participant(_ id: String, in meeting: Meeting) -> MeetingDocument.Participant {
        let attendee = meeting.attendees.first { $0.personID == id }
        let roles = (attendee?.roles ?? []).map { $0.name(language) }.joined(separator: ", ")
        var name = rules.people[id]?.nameAndTitle(language) ?? id
        // An organisation the rules date is named as it was on the meeting's day.
        if let organisation = rules.people[id]?.organisation,
           let named = rules.calendar.organisations[organisation]?.name(on: meeting.day, among: rules.calendar.organisations) {
            name += " (\(named.text(language)))"
        }
        var result = MeetingDocument.Participant(id: id, name: name, roles: roles, optional: attendee?.optional ?? false)
        result.signature = rules.people[id]?.shownName(language) ?? id
        return result
    }
}
