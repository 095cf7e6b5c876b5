/// How far back and ahead the subscription feeds reach. A calendar client re-reads a
/// subscribed feed every few hours, so a feed must stay small however long the plan gets;
/// what falls out of the window at the back is kept whole in yearly archive feeds.
///
/// `calendar.yaml`: `feeds: {past: 12, future: all}` (months; `all`/`kaikki` for no limit).
public struct FeedWindow: Sendable, Hashable {
    /// Whole months before today; nil keeps every past meeting.
    public var pastMonths: Int?
    /// Whole months after today; nil carries every future meeting.
    public var futureMonths: Int?

    public init(pastMonths: Int? = 12, futureMonths: Int? = nil) {
        self.pastMonths = pastMonths
        self.futureMonths = futureMonths
    }

    /// The first day in the window, if it has one: an event still in the window has not
    /// ended before it.
    public func first(today: Day) -> Day? { pastMonths.map { today.adding(months: -$0) } }

    /// The day after the window, if it has an end: an event in the window starts before it.
    public func end(today: Day) -> Day? { futureMonths.map { today.adding(months: $0).adding(days: 1) } }
}

extension FeedWindow {
    /// The words for "no limit" in the rules, in the three languages.
    public static let unlimited = ["all", "kaikki", "alla"]
}
