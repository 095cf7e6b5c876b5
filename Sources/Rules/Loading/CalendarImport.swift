import CLibical
import Foundation

/// One occurrence of an event from an external .ics file, in the region's local time:
/// a municipality's school holiday, or an hour the coordinator is busy in Outlook.
public struct ImportedEvent: Hashable, Sendable {
    public var summary: String
    public var firstDay: Day
    public var lastDay: Day
    /// Start and end on `firstDay`/`lastDay`; nil for an all-day event.
    public var startTime: TimeOfDay?
    public var endTime: TimeOfDay?

    public var isAllDay: Bool { startTime == nil }
}

/// Reads external .ics files with libical. libical accepts much that is wrong (it
/// reads `DTSTART:2026-13-45` as a date), so each content line is first checked on its
/// own, giving the line number of the first problem; then libical parses the file and
/// expands recurrences (RRULE, EXDATE) with its own iterator.
struct CalendarImport {
    struct Failure: Error {
        let line: Int
        let message: DiagnosticMessage
    }

    /// Recurrences are expanded within these years.
    let years: ClosedRange<Int>
    let timeZone: TimeZone
    /// Leave out events marked free (TRANSP:TRANSPARENT), as Outlook exports them.
    let skipFree: Bool

    func read(path: String) throws -> [ImportedEvent] {
        _ = libicalConfigured
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(line: 1, message: .importNotFound(path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(line: 1, message: .unreadableFile("UTF-8"))
        }
        try validate(text)
        guard let root = icalparser_parse_string(text) else {
            throw Failure(line: 1, message: .icsNotCalendar)
        }
        defer { icalcomponent_free(root) }
        var result: [ImportedEvent] = []
        var event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT)
        while let current = event {
            if include(current) { result += occurrences(of: current) }
            event = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)
        }
        return result.sorted { ($0.firstDay, $0.startTime ?? TimeOfDay(minutes: 0)!) < ($1.firstDay, $1.startTime ?? TimeOfDay(minutes: 0)!) }
    }

    // MARK: Line by line checks

    /// Content lines after unfolding, each with the number of the line it starts on.
    static func contentLines(_ text: String) -> [(line: Int, text: String)] {
        var result: [(Int, String)] = []
        // "\r\n" is one Character in Swift, so lines are split on either form.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }
        for (index, line) in lines.enumerated() {
            if let first = line.first, first == " " || first == "\t", !result.isEmpty {
                result[result.count - 1].1 += line.dropFirst()
            } else if !line.isEmpty {
                result.append((index + 1, String(line)))
            }
        }
        return result
    }

    private func validate(_ text: String) throws {
        var stack: [(name: String, line: Int)] = []
        var sawCalendar = false
        var eventHasStart = false
        for (number, line) in Self.contentLines(text) {
            let upper = line.uppercased()
            if upper.hasPrefix("BEGIN:") {
                let name = String(upper.dropFirst(6))
                if stack.isEmpty && name != "VCALENDAR" { throw Failure(line: number, message: .icsNotCalendar) }
                if name == "VCALENDAR" { sawCalendar = true }
                if name == "VEVENT" { eventHasStart = false }
                stack.append((name, number))
            } else if upper.hasPrefix("END:") {
                let name = String(upper.dropFirst(4))
                guard let open = stack.popLast(), open.name == name else {
                    throw Failure(line: number, message: .icsUnbalanced(end: name))
                }
                if name == "VEVENT" && !eventHasStart { throw Failure(line: open.line, message: .icsEventWithoutStart) }
            } else {
                guard !stack.isEmpty else { throw Failure(line: number, message: .icsNotCalendar) }
                guard let property = icalproperty_new_from_string(line) else {
                    throw Failure(line: number, message: .icsBadLine(String(line.prefix(60))))
                }
                defer { icalproperty_free(property) }
                let kind = icalproperty_isa(property)
                if kind == ICAL_DTSTART_PROPERTY || kind == ICAL_DTEND_PROPERTY {
                    let time = kind == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart(property) : icalproperty_get_dtend(property)
                    guard Day(year: Int(time.year), month: Int(time.month), day: Int(time.day)) != nil,
                          time.is_date != 0 || TimeOfDay(hour: Int(time.hour), minute: Int(time.minute)) != nil else {
                        let value = line.split(separator: ":", maxSplits: 1).last.map(String.init) ?? line
                        throw Failure(line: number, message: .icsBadDate(value))
                    }
                    if kind == ICAL_DTSTART_PROPERTY && stack.last?.name == "VEVENT" { eventHasStart = true }
                }
            }
        }
        if let open = stack.last { throw Failure(line: open.line, message: .icsUnclosed(open.name)) }
        if !sawCalendar { throw Failure(line: 1, message: .icsNotCalendar) }
    }

    // MARK: Events

    private func include(_ event: OpaquePointer) -> Bool {
        if icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED { return false }
        if skipFree, let transp = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY),
           icalproperty_get_transp(transp) == ICAL_TRANSP_TRANSPARENT {
            return false
        }
        return true
    }

    private func occurrences(of event: OpaquePointer) -> [ImportedEvent] {
        let summary = icalcomponent_get_summary(event).map { String(cString: $0) } ?? ""
        let dtstart = icalcomponent_get_dtstart(event)
        let allDay = dtstart.is_date != 0
        // An all-day event lasts from DTSTART up to (not including) DTEND; one day without DTEND.
        var days = 1
        if allDay, icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY) != nil {
            let dtend = icalcomponent_get_dtend(event)
            if let first = Day(year: Int(dtstart.year), month: Int(dtstart.month), day: Int(dtstart.day)),
               let end = Day(year: Int(dtend.year), month: Int(dtend.month), day: Int(dtend.day)) {
                days = max(1, first.days(until: end))
            }
        }
        let collector = SpanCollector()
        var from = icaltime_null_time(), until = icaltime_null_time()
        from.year = Int32(years.lowerBound - 1); from.month = 1; from.day = 1
        until.year = Int32(years.upperBound + 1); until.month = 12; until.day = 31
        from = icaltime_set_timezone(&from, icaltimezone_get_utc_timezone())
        until = icaltime_set_timezone(&until, icaltimezone_get_utc_timezone())
        icalcomponent_foreach_recurrence(event, from, until, { _, span, context in
            guard let span, let context else { return }
            let collector = Unmanaged<SpanCollector>.fromOpaque(context).takeUnretainedValue()
            if collector.spans.count < 100_000 { collector.spans.append((Int(span.pointee.start), Int(span.pointee.end))) }
        }, Unmanaged.passUnretained(collector).toOpaque())
        return collector.spans.map { start, end in
            if allDay {
                // Each occurrence starts at its date's midnight, counted in UTC.
                let first = Day(ordinal: Int(floor(Double(start) / 86_400)))
                return ImportedEvent(summary: summary, firstDay: first, lastDay: first.adding(days: days - 1))
            }
            let (firstDay, startTime) = local(start)
            let (lastDay, endTime) = local(max(start, end - 1))
            return ImportedEvent(summary: summary, firstDay: firstDay, lastDay: lastDay, startTime: startTime,
                                 endTime: TimeOfDay(minutes: min(endTime.minutes + 1, 24 * 60 - 1)))
        }
    }

    /// An instant as the region's local day and minute.
    private func local(_ seconds: Int) -> (Day, TimeOfDay) {
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
        let local = seconds + offset
        let day = Int(floor(Double(local) / 86_400))
        return (Day(ordinal: day), TimeOfDay(minutes: (local - day * 86_400) / 60)!)
    }

    private final class SpanCollector {
        var spans: [(Int, Int)] = []
    }
}
