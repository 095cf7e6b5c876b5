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
