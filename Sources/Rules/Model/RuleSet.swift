/// Everything loaded from one rules folder: the calendar, people, places and networks.
/// The scheduler needs nothing else (apart from the stored moves and the previous plan).
public struct RuleSet: Sendable {
    public var folder: String { didSet { sourcePrint = nil } }
    public var calendar: CalendarRules { didSet { sourcePrint = nil } }
    public var people: [String: Person] { didSet { sourcePrint = nil } }
    public var places: [String: Place] { didSet { sourcePrint = nil } }
    /// Sorted by id, so that everything derived from them is deterministic.
    public var networks: [Network] {
        didSet {
            index = Self.index(networks)
            sourcePrint = nil
        }
    }
    /// The print of the texts these rules were read from, each after its file's name
    /// (`RuleLoader` sets it): a build that finds it, and everything else it reads,
    /// unchanged may keep its feeds as they are. Nil for rules made or changed in code,
    /// which are never taken for unchanged.
    public var sourcePrint: Int64?
    private var index: [String: Int]

    public init(folder: String, calendar: CalendarRules, people: [String: Person], places: [String: Place],
                networks: [Network]) {
        self.folder = folder
        self.calendar = calendar
        self.people = people
        self.places = places
        let sorted = networks.sorted { $0.id < $1.id }
        self.networks = sorted
        self.index = Self.index(sorted)
    }

    public func network(_ id: String) -> Network? { index[id].map { networks[$0] } }

    /// A network's colour (a CSS colour name): its own, or the palette's in turn by its
    /// place in the sorted list, so that feeds and the annual wheel agree.
    public func color(of id: String) -> String {
        if let i = index[id] { return networks[i].color ?? CSSColor.palette[i % CSSColor.palette.count] }
        return "gray"
    }

    private static func index(_ networks: [Network]) -> [String: Int] {
        Dictionary(networks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
