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
