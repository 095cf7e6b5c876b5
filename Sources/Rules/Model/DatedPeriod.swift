/// An inclusive run of dates, such as a person's leave or a one-off blackout.
public struct DatedPeriod: Hashable, Sendable, Codable {
    public var name: LocalizedText?
    public var from: Day
    public var to: Day

    public init(name: LocalizedText? = nil, from: Day, to: Day) {
        self.name = name
        self.from = from
        self.to = to
    }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }
}
