/// What templates see: the document's fields and the words of its language, as plain
/// Mustache values. The field names are the templates' vocabulary; the README lists them.
extension MeetingDocument {
    public var templateContext: [String: Any] {
        let words = DocumentWords(language: language, body: formal ? .formal : .workingGroup)
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
            "nextMeeting": nextMeeting,
            "words": words.templateWords,
        ]
        context["place"] = place
        context["online"] = onlineURL
        // Lists: every co-convener, co-chair and secretary is shown (a section repeats per person).
        context["convener"] = conveners.map(Self.context)
        context["chair"] = chairs.map(Self.context)
        context["secretary"] = secretaries.map(Self.context)
        context["quorum"] = quorum
        return context
    }

    private static func context(_ person: Participant) -> [String: Any] {
        ["id": person.id, "name": person.name, "roles": person.roles, "hasRoles": !person.roles.isEmpty,
         "optional": person.optional]
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
            // The opening and closing items need no decision lines in the minutes.
            "decides": ![.opening, .closing, .nextMeeting].contains(item.role),
        ]
    }
}

extension DocumentWords {
    /// The labels every template uses, under `words`.
    var templateWords: [String: String] {
        [
            "meeting": meeting, "network": network, "time": time, "place": place, "online": online,
            "convener": convener, "chair": chair, "secretary": secretary, "quorum": quorum,
            "attendance": attendanceHeading, "attendanceHelp": attendanceHelp, "present": present, "absent": absent,
            "substitute": substitute, "discussion": discussion, "decision": decision, "action": action,
            "actionFormat": actionFormat, "actionsHelp": actionsHelp, "owner": owner, "due": due,
            "privacyNote": privacyNote, "key": key, "cancelledNote": cancelledNote, "mode": mode,
            "signatures": signatures, "checkers": checkers, "recordedAt": recordedAt, "overdue": overdue,
            "participants": participants, "optional": optionalAttendance,
        ]
    }
}
