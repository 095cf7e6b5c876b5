import Rules

/// One ring of the annual wheel: a network, or a group of networks that share a ring
/// (`group:` in their rule files), so that even a region with many networks fits in 20.
public struct WheelRing: Hashable, Sendable {
    public var title: String
    public var networkIDs: [String]
    /// Hex colour of the ring's markers.
    public var color: String

    public init(title: String, networkIDs: [String], color: String) {
        self.title = title
        self.networkIDs = networkIDs
        self.color = color
    }

    /// The network's own colour, else the palette's by ring, so that neighbouring rings
    /// differ; `palette` leaves out every colour a network on the wheel names itself, so a
    /// ring without one never looks like one that has it.
    private static func color(_ network: Network, ring: Int, palette: [String]) -> String {
        CSSColor.hex(network.color ?? palette[ring % palette.count])
    }

    /// At most this many rings stay readable on A4 and on a slide.
    public static let maximum = 20

    /// The rings from the outside in: the networks by priority (the leadership group
    /// outermost), then by id; a group at its first member's place. Networks beyond the
    /// maximum share a last ring.
    public static func rings(_ rules: RuleSet, networks: [String]? = nil, language: Language) -> [WheelRing] {
        let chosen = rules.networks.filter { networks?.contains($0.id) ?? true }
            .sorted { ($1.priority, $0.id) < ($0.priority, $1.id) }
        let named = Set(chosen.compactMap { $0.color.map(CSSColor.hex) })
        let free = CSSColor.palette.filter { !named.contains(CSSColor.hex($0)) }
        let palette = free.isEmpty ? CSSColor.palette : free
        var rings: [WheelRing] = []
        var groupIndex: [String: Int] = [:]
        for network in chosen {
            if let group = network.group {
                let title = group.text(language)
                if let i = groupIndex[title] {
                    rings[i].networkIDs.append(network.id)
                    continue
                }
                groupIndex[title] = rings.count
                rings.append(WheelRing(title: title, networkIDs: [network.id], color: color(network, ring: rings.count, palette: palette)))
            } else {
                rings.append(WheelRing(title: network.title.text(language), networkIDs: [network.id],
                                       color: color(network, ring: rings.count, palette: palette)))
            }
        }
        guard rings.count > maximum else { return rings }
        let rest = rings[(maximum - 1)...]
        let others = language.pick("Muut verkostot", "Övriga nätverk", "Other networks")
        return Array(rings.prefix(maximum - 1))
            + [WheelRing(title: "\(others) (\(rest.count))", networkIDs: rest.flatMap(\.networkIDs), color: "#555555")]
    }
}
