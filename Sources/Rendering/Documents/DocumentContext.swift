import Rules

/// What templates see: the document's fields and the words of its language, as plain
/// Mustache values. The field names are the templates' vocabulary; the README lists them.
extension MeetingDocument {
    public var templateContext: [String: Any] {
        let body: Network.Body = formal ? .formal : .workingGroup
        let words = DocumentWords(language: language, body: body)
        var context: [String: Any] = [
            "lang": language.rawValue,
            "heading": heading,
            "agenda": kind == .agenda,
            "minutes": kind == .minutes,
            "formal": formal,
            "network": ["id": networkID, "title": networkTitle],
            "meeting": [
                "key": meetingKey, "title": meetingTitle, "when": when, "date": date.iso, "mode": mode,
                "cancelled": cancelled,
            ] as [String: Any],
            "participants": participants.map(Self.context),
            "items": items.map(Self.context),
            "attachments": attachmentList,
            "hasAttachments": !attachmentList.isEmpty,
            "nextMeeting": nextMeeting,
            // The printed page's header, as a CSS string (the style element's text is not HTML).
            "cssHeader": Self.cssString("\(meetingTitle) · \(heading) \(date.finnish)"),
            "words": DocumentWords.templateWords(language, body),
        ]
        context["place"] = place
        context["online"] = onlineURL
        // Lists: every co-convener, co-chair and secretary is shown (a section repeats per person).
        context["convener"] = conveners.map(Self.context)
        context["chair"] = chairs.map(Self.context)
        context["secretary"] = secretaries.map(Self.context)
        context["quorum"] = quorum
        // The signature block of a formal body's minutes: the chair and the secretary, then
        // the two minute checkers, two to a row.
        let signer = { (person: Participant?, role: String) -> [String: Any] in
            ["name": person?.signature ?? "", "role": role]
        }
        context["signatureRows"] = [
            ["cells": [signer(chairs.first, words.chair), signer(secretaries.first, words.secretary)], "checkers": false],
            ["cells": [signer(nil, words.checker), signer(nil, words.checker)], "checkers": true],
        ]
        return context
    }

    static func cssString(_ text: String) -> String {
        String(text.unicodeScalars.compactMap { scalar -> String? in
            switch scalar {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case "<", ">", "&": return " "
            default: return scalar.value < 32 ? " " : String(scalar)
            }
        }.joined())
    }

    /// Every item's attachments, numbered through the document ("Liite 1", …).
    private var attachmentList: [[String: Any]] {
        var list: [[String: Any]] = []
        for item in items {
            for title in item.attachments {
                list.append(["number": list.count + 1, "title": title, "item": item.number])
            }
        }
        return list
    }

    private static func context(_ person: Participant) -> [String: Any] {
        ["id": person.id, "name": person.name, "roles": person.roles, "hasRoles": !person.roles.isEmpty,
         "optional": person.optional, "answer": person.answer ?? false]
    }

    private static func context(_ item: DocumentItem) -> [String: Any] {
        [
            "number": item.number, "title": item.title, "role": item.role.rawValue,
            "notes": item.notes, "hasNotes": !item.notes.isEmpty,
            "actions": item.actions.map { action -> [String: Any] in
                ["id": action.id, "what": action.what, "owner": action.owner, "ownerName": action.ownerName,
                 "due": action.due, "overdue": action.overdue, "recordedAt": action.recordedAt]
            },
            "hasActions": !item.actions.isEmpty,
            "proposal": item.proposal ?? false,
            "itemAttachments": item.attachments,
            "hasItemAttachments": !item.attachments.isEmpty,
            // The opening and closing items need no decision lines in the minutes.
            "decides": ![.opening, .closing, .nextMeeting].contains(item.role),
        ]
    }
}

extension DocumentWords {
    /// The labels every template uses, under `words`: made once per language and body, as
    /// every document of a build shares them.
    static func templateWords(_ language: Language, _ body: Network.Body) -> [String: String] {
        allTemplateWords["\(language.rawValue).\(body.rawValue)"]!
    }

    private static let allTemplateWords: [String: [String: String]] = Dictionary(uniqueKeysWithValues:
        Language.allCases.flatMap { language in
            Network.Body.allCases.map { body in
                ("\(language.rawValue).\(body.rawValue)", DocumentWords(language: language, body: body).templateWords)
            }
        })

    private var templateWords: [String: String] {
        [
            "meeting": meeting, "network": network, "time": time, "place": place, "online": online,
            "convener": convener, "chair": chair, "secretary": secretary, "quorum": quorum,
            "attendance": attendanceHeading, "attendanceHelp": attendanceHelp, "present": present, "absent": absent,
            "substitute": substitute, "discussion": discussion, "decision": decision, "action": action,
            "actionFormat": actionFormat, "actionsHelp": actionsHelp, "owner": owner, "due": due,
            "privacyNote": privacyNote, "key": key, "cancelledNote": cancelledNote, "mode": mode,
            "signatures": signatures, "checkers": checkers, "checkersIntro": checkersIntro, "recordedAt": recordedAt, "overdue": overdue,
            "participants": participants, "optional": optionalAttendance, "proposal": proposal,
            "attachments": attachments, "attachment": attachment, "page": page,
        ]
    }
}
