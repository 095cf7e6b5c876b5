import Foundation
import Rules
import Scheduling
import Storage

/// Reads filled-in minutes back: who was there, what was decided, what must be done.
///
/// The syntax is the minutes template's own, in any of the three languages:
/// - `Tunnus: johtoryhma/2026/03` (or `Kokous:`, `Nyckel:`, `Key:`) names the meeting;
/// - under the heading `Läsnä`, `- [x] id` present, `- [ ] id` absent,
///   `- [s] id …: substitute` a substitute stood in;
/// - `## N. Title` starts item N; in it `Päätös:` (decision) runs until the next field or
///   heading, `Tehtävä: what | who | by when` records an action, `- [x] #12` closes an
///   earlier action; `Keskustelu:` (discussion) runs likewise; other lines are free text, not stored;
/// - lines starting with `>` are help and are skipped.
/// Every malformed line is reported with its number; one problem means nothing is stored.
public struct MinutesReader: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) { self.rules = rules }

    /// - Parameters:
    ///   - meetings: the plan's meetings by key, to check the meeting and date the actions.
    ///   - openActions: the ids of actions that are open now, which `- [x] #id` may close.
    public func read(_ lines: [MinutesLine], file: String, meetings: [String: Meeting], openActions: Set<Int64>)
        -> (minutes: RecordedMinutes?, problems: [MinutesProblem]) {
        var parse = Parse(file: file, people: rules.people, openActions: openActions)
        for line in lines { parse.take(line) }
        return parse.finish(meetings: meetings)
    }

    /// The meeting key the minutes name, if any (to know which years to plan before reading).
    public static func meetingKey(in lines: [MinutesLine]) -> String? {
        var parse = Parse(file: "", people: [:], openActions: [])
        for line in lines { parse.take(line) }
        return parse.key?.0
    }

    /// One reading, line by line.
    private struct Parse {
        enum Section { case header, attendance, item(Int, String), other }
        enum Field { case decision, discussion }

        let file: String
        let people: [String: Person]
        let openActions: Set<Int64>
        var section = Section.header
        var field: Field?
        var key: (String, Int)?
        var attendance: [RecordedMinutes.Attendance] = []
        var decisions: [Int: (String, [String])] = [:]
        var discussions: [Int: (String, [String])] = [:]
        var actions: [(RecordedMinutes.NewAction, Int, Day)] = []
        var closed: [Int64] = []
        var problems: [MinutesProblem] = []

        /// The ways the Word and printed documents name a person (their name, name and title,
        /// or title, in every language), longest first; a text two people share names neither.
        let names: [(text: String, id: String)]

        init(file: String, people: [String: Person], openActions: Set<Int64>) {
            self.file = file
            self.people = people
            self.openActions = openActions
            var owners: [String: Set<String>] = [:]
            for (id, person) in people {
                var texts = Language.allCases.flatMap { [person.nameAndTitle($0), person.title.text($0)] }
                if let name = person.name { texts.append(name) }
                for text in texts where !text.isEmpty { owners[text.lowercased(), default: []].insert(id) }
            }
            names = owners.compactMap { text, ids in ids.count == 1 ? (text, ids.first!) : nil }
                .sorted { ($0.text.count, $0.text) > ($1.text.count, $1.text) }
        }

        /// The person a line starts with: their id (Markdown), else how the documents name
        /// them; and how many characters that took.
        func person(at rest: String) -> (id: String, length: Int)? {
            let word = Self.firstWord(rest)
            if people[word] != nil { return (word, word.count) }
            let lowered = rest.lowercased()
            for (text, id) in names where lowered.hasPrefix(text) {
                let after = lowered.dropFirst(text.count).first
                if after == nil || after == " " || after == "(" || after == "," || after == ":" { return (id, text.count) }
            }
            return nil
        }

        mutating func fail(_ line: MinutesLine, _ reason: MinutesProblem.Reason) {
            problems.append(MinutesProblem(file: file, line: line.number, reason: reason))
        }

        mutating func take(_ line: MinutesLine) {
            let text = line.text.trimmingWhitespace
            if text.hasPrefix(">") || text.hasPrefix("<!--") { return }
            if let (level, heading) = Self.heading(text) {
                field = nil
                // The document's title (level 1) comes before the key; it does not end the header.
                if level == 1, case .header = section { return }
                section = Self.section(of: heading)
                return
            }
            if let box = Self.checkbox(text) {
                take(box: box.mark, rest: box.rest, line)
                return
            }
            if let (label, value) = Self.labelled(text) {
                if take(label: label, value: value, line) { return }
            }
            if case .item(let number, _) = section, !text.isEmpty {
                switch field {
                case .decision: decisions[number, default: ("", [])].1.append(text)
                case .discussion: discussions[number, default: ("", [])].1.append(text)
                case nil: break
                }
            }
        }

        /// A recognised `Label: value` line; false when the label is not one of ours.
        mutating func take(label: String, value: String, _ line: MinutesLine) -> Bool {
            let lowered = label.lowercased()
            func among(_ words: [String]) -> Bool { words.contains { $0.lowercased() == lowered } }
            if among(DocumentWords.keyWords) {
                if case .header = section, key == nil, !value.isEmpty { key = (value, line.number) }
                return true
            }
            let isDecision = among(DocumentWords.decisionWords)
            let isAction = among(DocumentWords.actionWords)
            guard isDecision || isAction || among(DocumentWords.discussionWords) else { return false }
            guard case .item(let number, let title) = section else {
                if case .header = section, value.isEmpty { return true }
                if !value.isEmpty || isAction { fail(line, .fieldOutsideItem(label)) }
                return true
            }
            if isAction {
                field = nil
                if !value.isEmpty { takeAction(value, item: number, title: title, line) }
            } else if isDecision {
                field = .decision
                decisions[number, default: (title, [])].0 = title
                if !value.isEmpty { decisions[number]!.1.append(value) }
            } else {
                field = .discussion
                discussions[number, default: (title, [])].0 = title
                if !value.isEmpty { discussions[number]!.1.append(value) }
            }
            return true
        }

        mutating func takeAction(_ value: String, item: Int, title: String, _ line: MinutesLine) {
            let parts = value.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
            guard parts.count == 3 else { return fail(line, .actionParts) }
            guard !parts.contains(where: \.isEmpty) else { return fail(line, .actionEmptyPart) }
            guard let owner = personID(in: parts[1]) else {
                return fail(line, .unknownPerson(parts[1], suggestion: Suggestion.closest(to: parts[1], in: people.keys)))
            }
            guard let due = Self.date(parts[2]) else { return fail(line, .badDate(parts[2])) }
            actions.append((RecordedMinutes.NewAction(itemNumber: item, itemTitle: title, what: parts[0], owner: owner,
                                                      due: due.iso), line.number, due))
        }

        mutating func take(box mark: String, rest: String, _ line: MinutesLine) {
            if case .attendance = section {
                let status: RecordedMinutes.Attendance.Status
                switch mark.lowercased() {
                case "x": status = .present
                case "", " ": status = .absent
                case "s": status = .substitute
                default: return fail(line, .unknownMark(mark))
                }
                guard let (id, length) = person(at: rest) else {
                    // `id — name` in Markdown names the id; the Word form names the person.
                    let word = Self.firstWord(rest)
                    let shown = rest.contains("—") ? word : String(rest.prefix { $0 != "(" && $0 != ":" }).trimmingWhitespace
                    return fail(line, .unknownPerson(shown.isEmpty ? word : shown,
                                                     suggestion: Suggestion.closest(to: word, in: people.keys)))
                }
                guard !attendance.contains(where: { $0.personID == id }) else { return fail(line, .twice(id)) }
                var substitute: String?
                if status == .substitute {
                    let afterID = rest.dropFirst(length)
                    guard let colon = afterID.lastIndex(of: ":"),
                          case let name = afterID[afterID.index(after: colon)...].trimmingWhitespace, !name.isEmpty
                    else { return fail(line, .noSubstitute) }
                    substitute = name
                }
                attendance.append(RecordedMinutes.Attendance(personID: id, status: status, substitute: substitute))
                return
            }
            // `- [x] #12 …` closes an earlier action; other checklists are free text.
            guard rest.hasPrefix("#") else { return }
            let digits = rest.dropFirst().prefix { $0.isNumber }
            guard !digits.isEmpty, let id = Int64(digits) else { return }
            guard openActions.contains(id) else { return fail(line, .unknownAction(String(digits))) }
            switch mark.lowercased() {
            case "x": closed.append(id)
            case "", " ": break
            default: fail(line, .unknownMark(mark))
            }
        }

        /// A person id, alone or in parentheses after a name ("Koordinaattori (koordinaattori)").
        func personID(in text: String) -> String? {
            if people[text] != nil { return text }
            if let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
                let inner = text[text.index(after: open)..<close].trimmingWhitespace
                if people[inner] != nil { return inner }
            }
            let word = Self.firstWord(text)
            return people[word] != nil ? word : nil
        }

        mutating func finish(meetings: [String: Meeting]) -> (RecordedMinutes?, [MinutesProblem]) {
            guard let (key, keyLine) = key else {
                problems.insert(MinutesProblem(file: file, line: 1, reason: .noMeetingKey), at: 0)
                return (nil, problems)
            }
            guard let meeting = meetings[key] else {
                let suggestion = Suggestion.closest(to: key, in: meetings.keys)
                problems.insert(MinutesProblem(file: file, line: keyLine, reason: .unknownMeeting(key, suggestion: suggestion)),
                                at: 0)
                return (nil, problems)
            }
            for (action, line, due) in actions where due < meeting.day {
                problems.append(MinutesProblem(file: file, line: line, reason: .dueBeforeMeeting(action.due)))
            }
            guard problems.isEmpty else { return (nil, problems.sorted { $0.line < $1.line }) }
            let recorded = Set(decisions.keys).union(discussions.keys).sorted().compactMap { number -> RecordedMinutes.Decision? in
                let decided = decisions[number], discussed = discussions[number]
                let text = decided?.1.joined(separator: "\n") ?? "", discussion = discussed?.1.joined(separator: "\n") ?? ""
                guard !text.isEmpty || !discussion.isEmpty else { return nil }
                return RecordedMinutes.Decision(itemNumber: number, itemTitle: decided?.0 ?? discussed?.0 ?? "", text: text,
                                                discussion: discussion)
            }
            return (RecordedMinutes(meetingKey: key, networkID: meeting.networkID, attendance: attendance,
                                    decisions: recorded, actions: actions.map(\.0), closed: closed), [])
        }

        // MARK: Line shapes

        /// `## 3. Title` → (2, "3. Title"); nil if not a heading.
        static func heading(_ text: String) -> (Int, String)? {
            guard text.hasPrefix("#") else { return nil }
            let rest = text.drop { $0 == "#" }
            guard rest.first == " " else { return nil }
            return (text.count - rest.count, rest.trimmingWhitespace)
        }

        static func section(of heading: String) -> Section {
            let plain = heading.trimmingCharacters(in: [":"]).lowercased()
            if DocumentWords.attendanceWords.contains(where: { $0.lowercased() == plain }) {
                return .attendance
            }
            let digits = heading.prefix { $0.isNumber }
            if !digits.isEmpty, let number = Int(digits), heading.dropFirst(digits.count).first == "." {
                return .item(number, heading.dropFirst(digits.count + 1).trimmingWhitespace)
            }
            return .other
        }

        /// `- [x] rest`, `* [ ] rest` or, from Word, `[x] rest`.
        static func checkbox(_ text: String) -> (mark: String, rest: String)? {
            var rest = Substring(text)
            if rest.hasPrefix("- ") || rest.hasPrefix("* ") { rest = rest.dropFirst(2).drop { $0 == " " } }
            guard rest.hasPrefix("["), let close = rest.firstIndex(of: "]"),
                  rest.distance(from: rest.startIndex, to: close) <= 2 else { return nil }
            let mark = String(rest[rest.index(after: rest.startIndex)..<close])
            return (mark, rest[rest.index(after: close)...].trimmingWhitespace)
        }

        /// `Päätös: text`, `- **Tunnus:** key` → (label, value).
        static func labelled(_ text: String) -> (String, String)? {
            var line = text
            if line.hasPrefix("- ") || line.hasPrefix("* ") { line = String(line.dropFirst(2)) }
            line = line.replacingOccurrences(of: "**", with: "")
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let label = line[..<colon].trimmingWhitespace
            guard !label.isEmpty, label.count <= 20, !label.contains(" ") else { return nil }
            return (label, line[line.index(after: colon)...].trimmingWhitespace)
        }

        static func firstWord(_ text: String) -> String {
            String(text.prefix { !$0.isWhitespace && $0 != ":" && $0 != "," && $0 != ";" && $0 != "—" })
        }

        /// `2026-06-30` or `30.6.2026`.
        static func date(_ text: String) -> Day? {
            if let day = Day(iso: text) { return day }
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
            return Day(year: y, month: m, day: d)
        }
    }
}

/// One line of minutes as read from a file: a Markdown line, or a Word paragraph (with
/// headings written as `#` / `##`).
public struct MinutesLine: Hashable, Sendable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

extension StringProtocol {
    var trimmingWhitespace: String { trimmingCharacters(in: .whitespaces) }
}
