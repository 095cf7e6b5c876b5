/// A stretch of time with one cadence: "twice a month until June, then monthly".
public struct Phase: Sendable {
    public var from: Day?
    public var until: Day?
    public var cadence: Cadence
    public var location: SourceLocation

    public init(from: Day? = nil, until: Day? = nil, cadence: Cadence, location: SourceLocation) {
        self.from = from
        self.until = until
        self.cadence = cadence
        self.location = location
    }

    public func contains(_ day: Day) -> Bool {
        (from.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }
}
