/// A municipality, a wellbeing services county, a parish or an NGO, as the rules name it:
/// its name may change on a date (`formerly:`), and it may end by merging into another
/// (`until:` with `mergedInto:`). Documents show each as it was on the meeting's day, so
/// that the minutes of 2026 keep the name of 2026.
public struct Organisation: Hashable, Sendable {
    public struct FormerName: Hashable, Sendable {
        public var name: LocalizedText
        /// The last day the name was used.
        public var until: Day

        public init(name: LocalizedText, until: Day) {
            self.name = name
            self.until = until
        }
    }

    public let id: String
    public var name: LocalizedText
    /// Earlier names, oldest first.
    public var formerly: [FormerName]
    /// The first day it exists (a municipality formed by a merger).
    public var from: Day?
    /// The last day it exists; after it, it is `mergedInto`, if given.
    public var until: Day?
    public var mergedInto: String?
    public var location: SourceLocation

    public init(id: String, name: LocalizedText, formerly: [FormerName] = [], from: Day? = nil, until: Day? = nil,
                mergedInto: String? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.formerly = formerly
        self.from = from
        self.until = until
        self.mergedInto = mergedInto
        self.location = location
    }

    /// The name on `day`: an earlier name if the day is before its end, this name while it
    /// exists, and after it ends the name of what it merged into (as of that day).
    public func name(on day: Day, among all: [String: Organisation]) -> LocalizedText {
        var current = self, seen: Set<String> = []
        while let end = current.until, day > end, let next = current.mergedInto.flatMap({ all[$0] }),
              seen.insert(current.id).inserted {
            current = next
        }
        return current.formerly.first { day <= $0.until }?.name ?? current.name
    }
}
