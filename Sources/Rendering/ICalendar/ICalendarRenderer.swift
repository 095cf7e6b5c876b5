import Rules
import Scheduling
import Storage

/// What the publishing stage asks of iCalendar rendering: one event's text, and a
/// calendar's opening and closing text. Safe to call from several threads.
public final class ICalendarRenderer: @unchecked Sendable {
    private let timeZone: RegionTimeZone
    let writer: VEventWriter

    public let words: FeedText

    /// `years`: the years the feeds cover; time-zone rules outside them are left out.
    /// `actions` and `links`: see `FeedText`.
    public init(rules: RuleSet, language: Language, plan: Plan, years: ClosedRange<Int>, actions: [ActionItem] = [],
                links: MeetingLinks? = nil) {
        timeZone = RegionTimeZone(identifier: rules.calendar.timeZone, years: years)
        words = FeedText(rules: rules, language: language, plan: plan, actions: actions, links: links)
        writer = VEventWriter(timeZone: timeZone, words: words)
    }

    public var timeZoneID: String { timeZone.tzid }

    /// Everything of a feed's text that is not an event's: the VTIMEZONE and the version
    /// of how events are written, so that feeds written before a change in either are
    /// written again.
    public var framePrint: String { "feed-format-2\n" + timeZone.text }

    /// The region's VTIMEZONE; owned by the renderer.
    var timeZoneComponent: OpaquePointer { timeZone.component }

    /// The event's VEVENT, owned by the caller.
    func vevent(_ event: FeedEvent, stamp: EventStamp, audience: Audience) -> OpaquePointer {
        writer.build(event, stamp: stamp, audience: audience)
    }

    public func eventText(_ event: FeedEvent, stamp: EventStamp, audience: Audience) -> String {
        writer.text(event, stamp: stamp, audience: audience)
    }

    /// `eventText` as UTF-8 bytes, for writing without converting to a String and back.
    public func eventBytes(_ event: FeedEvent, stamp: EventStamp, audience: Audience) -> [UInt8] {
        writer.bytes(event, stamp: stamp, audience: audience)
    }

    /// What the event's VEVENT says for this audience, decided (the reference writer's input).
    public func eventFields(_ event: FeedEvent, stamp: EventStamp, audience: Audience) -> VEventFields {
        writer.fields(event, stamp: stamp, audience: audience)
    }

    /// The VEVENT of these fields, serialized by libical: the calls `eventBytes` makes, and
    /// nothing else.
    public func eventBytes(_ fields: VEventFields) -> [UInt8] { writer.bytes(fields) }

    /// Everything before the first event, and the line after the last.
    public func frame(_ metadata: FeedMetadata) -> (header: String, footer: String) {
        let document = FeedDocument(metadata, timeZone: timeZone)
        return (document.header, document.footer)
    }

    /// The whole calendar serialized by libical in one piece: what `frame` and
    /// `eventText` must add up to.
    public func wholeCalendar(_ metadata: FeedMetadata, events: [(FeedEvent, EventStamp)], audience: Audience) -> String {
        let calendar = FeedDocument.shell(metadata, timeZone: timeZone)
        defer { icalcomponent_free(calendar) }
        for (event, stamp) in events {
            icalcomponent_add_component(calendar, writer.build(event, stamp: stamp, audience: audience))
        }
        return Libical.serialize(calendar)
    }
}

import CLibical
