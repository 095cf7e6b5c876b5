import Rules

/// What stops a meeting from going on a day or at a time.
enum Block: Hashable {
    case spacing
    case unavailable(person: Int)
    case dayLimit(person: Int)
    case overlap(person: Int, key: String)
    /// Taken in the person's own (imported) calendar.
    case busy(person: Int)
}
