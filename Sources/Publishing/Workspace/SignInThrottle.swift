import Foundation
import Storage

/// Failed sign-ins are counted per account and per address over the last minute: the
/// eleventh try for one account (or the thirty-first from one address) within a minute is
/// refused before the password is even looked at, so guessing is slow.
public struct SignInThrottle: Sendable {
    public static let perAccount = 10
    public static let perAddress = 30
    public static let window: Double = 60

    let store: SessionStore

    public init(store: SessionStore) { self.store = store }

    static func keys(account: String, address: String) -> (account: String, address: String) {
        ("account:" + account.lowercased(), "address:" + address)
    }

    /// Whether another try is allowed now.
    public func allows(account: String, address: String, now: Double = Date().timeIntervalSince1970) throws -> Bool {
        let keys = Self.keys(account: account, address: address)
        let since = now - Self.window
        return try store.failures(keys.account, since: since) < Self.perAccount
            && store.failures(keys.address, since: since) < Self.perAddress
    }

    public func failed(account: String, address: String, now: Double = Date().timeIntervalSince1970) throws {
        let keys = Self.keys(account: account, address: address)
        try store.recordFailure([keys.account, keys.address], at: now)
    }

    public func succeeded(account: String, address: String) throws {
        try store.clearFailures(Self.keys(account: account, address: address).account)
    }
}
