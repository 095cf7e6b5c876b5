import Foundation
import Rendering
import Rules
import Scheduling
import Storage

extension WorkspacePages {
    // MARK: A meeting

    /// - Parameters: the agenda as it stands (the same document the agenda draft is
    ///   rendered from); the proposals for a move; a refusal or problem to show by the form;
    ///   the values the form was sent with; a notice of what was just done.
    func meeting(_ meeting: Meeting, agenda: MeetingDocument, extras: [ExtraAgendaItem], proposals: [MeetingActs.Slot],
                 history: [AuditEntry], stored: MeetingOverride?, answers: [String: AnswerRecord] = [:], problem: String? = nil,
                 asked: (date: String, time: String)? = nil, done: String? = nil) -> [String: Any] {
        let past = meeting.day < site.today
        let mayAct = account.mayAct(on: meeting.networkID) && !past
        func people(_ list: [MeetingDocument.Participant]) -> [[String: Any]] {
            list.map { ["label": $0.name, "id": $0.id, "roles": $0.roles, "optional": $0.optional] }
        }
        var roles: [[String: Any]] = []
        for (label, list) in [(documentWords.convener, agenda.conveners), (documentWords.chair, agenda.chairs),
                              (documentWords.secretary, agenda.secretaries)] where !list.isEmpty {
            roles.append(["role": label, "people": people(list)])
        }
        let documents: [[String: Any]] = DocumentKind.allCases.map { kind in
            [
                "label": words.table[kind == .agenda ? "agendaDraft" : "minutesTemplate"]!,
                "formats": DocumentFormat.allCases.map { format in
                    ["label": format.rawValue, "href": WorkspacePaths.document(meeting.key, kind, format)]
                } + (PDFConverter.installed == nil ? [] : [
                    ["label": "pdf", "href": WorkspacePaths.pdf(meeting.key, kind)],
                ]),
            ]
        }
        var facts = row(meeting).merging([
            "heading": meeting.title.text(language),
            "when": documentWords.when(meeting.day, meeting.start, meeting.end),
        ]) { _, new in new }
        // Mustache shows a section for any string, empty or not: absent values are left out.
        facts["subtitle"] = meeting.subtitle?.text(language)
        facts["place"] = agenda.place
        facts["online"] = agenda.onlineURL
        var context: [String: Any] = [
            "title": "\(meeting.title.text(language)) \(meeting.day.finnish)",
            "meeting": facts,
            "roles": roles,
            "hasRoles": !roles.isEmpty,
            "attendees": agenda.participants.map { p -> [String: Any] in
                ["label": p.name, "id": p.id, "roles": p.roles, "optional": p.optional,
                 "answer": answers[p.id].map { InvitationWords(language: language).answered($0) } ?? words.table["noAnswer"]!,
                 "answered": answers[p.id] != nil]
            },
            "agenda": agenda.items.map { item -> [String: Any] in
                ["number": item.number, "title": item.title, "notes": item.notes.map { ["text": $0] },
                 "proposal": item.proposal ?? "", "hasProposal": item.proposal != nil,
                 // A formal body's items that decide something take a proposed decision.
                 "mayPropose": agenda.formal && mayAct && ![.opening, .closing, .nextMeeting].contains(item.role),
                 "hasActions": !item.actions.isEmpty,
                 // The monitoring report the item carries, made now: to read, or to take as Word.
                 "report": item.report.map { year -> [String: Any] in
                     ["title": ReportWords(language: language).title(year), "page": WorkspacePaths.report(year: year),
                      "docx": WorkspacePaths.reportFile(year: year, networks: [], format: .docx)]
                 } ?? [:],
                 "hasReport": item.report != nil,
                 "actions": item.actions.map { ["what": $0.what, "owner": $0.ownerName, "due": $0.due, "overdue": $0.overdue] }]
            },
            "documents": documents,
            "history": history.map(historyRow),
            "hasHistory": !history.isEmpty,
            "past": past,
            "mayAct": mayAct,
            "readOnly": !past && !mayAct,
            "isCancelled": meeting.isCancelled,
            "restorable": stored != nil && mayAct,
            "mayRecord": account.mayAct(on: meeting.networkID),
            "minutesHref": WorkspacePaths.minutes(meeting.key),
            "proposals": proposals.map { slot in
                ["date": slot.day.iso, "time": slot.start.description,
                 "label": documentWords.when(slot.day, slot.start, meeting.end(startingAt: slot.start))]
            },
            "hasProposals": !proposals.isEmpty,
            "extras": extras.map { ["id": $0.id ?? 0, "title": $0.title, "by": $0.addedBy] },
            "hasExtras": !extras.isEmpty,
            "asked": ["date": asked?.date ?? meeting.day.iso, "time": asked?.time ?? meeting.start.description],
        ]
        let formal = site.rules.network(meeting.networkID)?.body == .formal
        if formal, !past, !meeting.isCancelled, let warning = words.quorumWarning(QuorumCount(meeting, answers: answers)) {
            context["quorumWarning"] = warning
        }
        context["problem"] = problem
        context["done"] = done
        return context
    }
}
