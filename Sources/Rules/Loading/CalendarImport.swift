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

    func read(path: String, sources: SourcePrint? = nil) throws -> [ImportedEvent] {
        _ = libicalConfigured
        guard FileManager.default.fileExists(atPath: path) else { throw Failure(line: 1, message: .importNotFound(path)) }
        if let size = FileStatus(path: path)?.size, size > InputLimits.importBytes {
            throw Failure(line: 1, message: .fileTooLarge(bytes: size, limit: InputLimits.importBytes))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(line: 1, message: .importNotFound(path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(line: 1, message: .unreadableFile("UTF-8"))
        }
        sources?.add(path, text)
        let eventLines = try validate(text)
        guard let root = icalparser_parse_string(text) else {
            throw Failure(line: 1, message: .icsNotCalendar)
        }
        defer { icalcomponent_free(root) }
        var result: [ImportedEvent] = []
        var event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT)
        var index = 0
        while let current = event {
            if include(current) { result += try occurrences(of: current, line: eventLines[safe: index] ?? 1) }
            index += 1
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

    /// Checks each line on its own, and each event as a whole (a start, a known time
    /// zone, an end not before the start, a recurrence at most hourly); returns, for each
    /// event in order, the line of its RRULE (or its BEGIN), where a recurrence that
    /// expands too far is reported.
    private func validate(_ text: String) throws -> [Int] {
        let lines = Self.contentLines(text)
        let zones = Self.definedTimeZones(lines)
        var stack: [(name: String, line: Int)] = []
        var sawCalendar = false
        var start: EventTime?
        var eventLines: [Int] = []
        for (number, line) in lines {
            let upper = line.uppercased()
            if upper.hasPrefix("BEGIN:") {
                let name = String(upper.dropFirst(6))
                if stack.isEmpty && name != "VCALENDAR" { throw Failure(line: number, message: .icsNotCalendar) }
                if name == "VCALENDAR" { sawCalendar = true }
                if name == "VEVENT" {
                    start = nil
                    eventLines.append(number)
                }
                stack.append((name, number))
            } else if upper.hasPrefix("END:") {
                let name = String(upper.dropFirst(4))
                guard let open = stack.popLast(), open.name == name else {
                    throw Failure(line: number, message: .icsUnbalanced(end: name))
                }
                if name == "VEVENT" && start == nil { throw Failure(line: open.line, message: .icsEventWithoutStart) }
            } else {
                guard !stack.isEmpty else { throw Failure(line: number, message: .icsNotCalendar) }
                guard let property = icalproperty_new_from_string(line) else {
                    throw Failure(line: number, message: .icsBadLine(String(line.prefix(60))))
                }
                defer { icalproperty_free(property) }
                let kind = icalproperty_isa(property)
                let inEvent = stack.last?.name == "VEVENT"
                if kind == ICAL_DTSTART_PROPERTY || kind == ICAL_DTEND_PROPERTY {
                    let time = kind == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart(property) : icalproperty_get_dtend(property)
                    guard Day(year: Int(time.year), month: Int(time.month), day: Int(time.day)) != nil,
                          time.is_date != 0 || TimeOfDay(hour: Int(time.hour), minute: Int(time.minute)) != nil else {
                        let value = line.split(separator: ":", maxSplits: 1).last.map(String.init) ?? line
                        throw Failure(line: number, message: .icsBadDate(value))
                    }
                    let zone = Self.timeZoneID(property)
                    if let zone, !zones.contains(zone), !Self.isKnownTimeZone(zone) {
                        throw Failure(line: number, message: .icsUnknownTimeZone(zone))
                    }
                    guard inEvent else { continue }
                    let value = EventTime(time, zone: zone)
                    if kind == ICAL_DTSTART_PROPERTY {
                        start = value
                    } else if let start, value.isBefore(start) {
                        throw Failure(line: number, message: .icsEndsBeforeStart)
                    }
                } else if kind == ICAL_RRULE_PROPERTY, inEvent {
                    let value = String(line.split(separator: ":", maxSplits: 1).last ?? "")
                    if let rule = RecurrenceRule(value), rule.isSubHourly {
                        throw Failure(line: number, message: .recurrenceTooFrequent(value))
                    }
                    if !eventLines.isEmpty { eventLines[eventLines.count - 1] = number }
                }
            }
        }
        if let open = stack.last { throw Failure(line: open.line, message: .icsUnclosed(open.name)) }
        if !sawCalendar { throw Failure(line: 1, message: .icsNotCalendar) }
        return eventLines
    }

    /// The TZIDs of the file's own VTIMEZONE parts (Outlook's "FLE Standard Time" and the like).
    private static func definedTimeZones(_ lines: [(line: Int, text: String)]) -> Set<String> {
        var zones = Set<String>(), inZone = false
        for (_, line) in lines {
            let upper = line.uppercased()
            if upper == "BEGIN:VTIMEZONE" { inZone = true } else if upper == "END:VTIMEZONE" { inZone = false }
            if inZone, upper.hasPrefix("TZID:") || upper.hasPrefix("TZID;") {
                zones.insert(String(line.split(separator: ":", maxSplits: 1).last ?? ""))
            }
        }
        return zones
    }

    private static func timeZoneID(_ property: OpaquePointer) -> String? {
        guard let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER),
              let id = icalparameter_get_tzid(parameter) else { return nil }
        return String(cString: id)
    }

    private static func isKnownTimeZone(_ id: String) -> Bool {
        TimeZone(identifier: id) != nil || icaltimezone_get_builtin_timezone(id) != nil
            || icaltimezone_get_builtin_timezone_from_tzid(id) != nil
    }

    /// A DTSTART or DTEND as written, comparable with another in the same zone.
    private struct EventTime {
        let parts: [Int32]
        let zone: String
        init(_ time: icaltimetype, zone: String?) {
            parts = [time.year, time.month, time.day, time.is_date != 0 ? 0 : time.hour, time.is_date != 0 ? 0 : time.minute,
                     time.is_date != 0 ? 0 : time.second]
            self.zone = zone ?? (icaltime_is_utc(time) != 0 ? "Z" : "")
        }
        /// Before `other`, when both are in one zone (across zones libical decides, later).
        func isBefore(_ other: EventTime) -> Bool {
            zone == other.zone && parts.lexicographicallyPrecedes(other.parts)
        }
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

    private func occurrences(of event: OpaquePointer, line: Int) throws -> [ImportedEvent] {
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
        // The busiest calendar year (by UTC day: near enough for a bound).
        let perYear = Dictionary(grouping: collector.spans, by: { Day(ordinal: $0.0 / 86_400).year }).values.map(\.count).max() ?? 0
        if perYear > InputLimits.importOccurrencesPerYear {
            throw Failure(line: line, message: .tooManyOccurrences(count: perYear, limit: InputLimits.importOccurrencesPerYear))
        }
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

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
