import Dispatch

/// Lets go of `value` on another thread. Freeing a national plan's hundreds of thousands
/// of meetings, events and stored rows takes a tenth of a second or more on one core: a
/// build need not wait for it, and a command about to exit never pays it (its process ends
/// first). The caller hands over its last reference (`consume`); should it keep one, the
/// value is simply freed where that one ends, as before.
public func releaseInBackground<T: Sendable>(_ value: consuming T) {
    let held = value
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
}
