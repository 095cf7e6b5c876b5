/// An inclusive run of dates, such as a person's leave or a one-off blackout.
public struct DatedPeriod: Hashable, Sendable {
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

/// A day range that repeats every year; it may wrap over New Year (`12-22` to `01-06`).
public struct YearlyPeriod: Hashable, Sendable {
    public var from: MonthDay
    public var to: MonthDay

    public init(from: MonthDay, to: MonthDay) {
        self.from = from
        self.to = to
    }

    public var wrapsNewYear: Bool { to < from }

    /// The dated occurrences of this period that touch `year`.
    public func occurrences(touching year: Int) -> [DatedPeriod] {
        if wrapsNewYear {
            return [DatedPeriod(from: from.inYear(year - 1), to: to.inYear(year)),
                    DatedPeriod(from: from.inYear(year), to: to.inYear(year + 1))]
        }
        return [DatedPeriod(from: from.inYear(year), to: to.inYear(year))]
    }
}

/// A period with no meetings: either on given dates or every year.
public struct Blackout: Hashable, Sendable {
    public enum Span: Hashable, Sendable {
        case dates(DatedPeriod)
        case everyYear(YearlyPeriod)
    }

    public var name: LocalizedText
    public var span: Span
    public var location: SourceLocation

    public init(name: LocalizedText, span: Span, location: SourceLocation) {
        self.name = name
        self.span = span
        self.location = location
    }
}

/// Which municipalities a school holiday or an avoidance rule covers.
public enum MunicipalitySet: Hashable, Sendable {
    case all
    case only([String])

    public func contains(_ municipality: String) -> Bool {
        switch self {
        case .all: return true
        case .only(let list): return list.contains(municipality)
        }
    }

    public func intersects(_ other: MunicipalitySet) -> Bool {
        switch (self, other) {
        case (.all, _), (_, .all): return true
        case let (.only(a), .only(b)): return !Set(a).isDisjoint(with: b)
        }
    }
}

/// A school holiday of some municipalities; data the coordinator edits each year.
public struct SchoolHoliday: Hashable, Sendable {
    public var name: LocalizedText
    public var period: DatedPeriod
    public var municipalities: MunicipalitySet
    public var location: SourceLocation

    public init(name: LocalizedText, period: DatedPeriod, municipalities: MunicipalitySet, location: SourceLocation) {
        self.name = name
        self.period = period
        self.municipalities = municipalities
        self.location = location
    }
}
