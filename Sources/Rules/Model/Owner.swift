/// Who owns a task: a named person, or whoever holds a role at that meeting or cycle.
public enum Owner: Hashable, Sendable, CustomStringConvertible {
    case person(String)
    case role(Role)

    public var description: String {
        switch self {
        case .person(let id): return id
        case .role(let role): return role.rawValue
        }
    }
}
