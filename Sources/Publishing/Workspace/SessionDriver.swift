import Crypto
import Foundation
import Hummingbird
import Storage

/// Hummingbird's persist driver on the sessions' SQLite file (`SessionStore`), so that
/// hummingbird-auth's `SessionMiddleware` keeps sessions across restarts. Keys are stored
/// hashed: a copied sessions file signs no one in.
public struct SessionDriver: PersistDriver {
    public let store: SessionStore

    public init(store: SessionStore) { self.store = store }

    static func storedKey(_ key: String) -> String { Hex.string(SHA256.hash(data: Data(key.utf8))) }

    private static func deadline(_ expires: Duration?) -> Double? {
        expires.map { Date().timeIntervalSince1970 + Double($0.components.seconds) }
    }

    public func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        guard try store.create(Self.storedKey(key), value: try JSONEncoder().encode(value), expires: Self.deadline(expires))
        else { throw PersistError.duplicate }
    }

    public func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try store.set(Self.storedKey(key), value: try JSONEncoder().encode(value), expires: Self.deadline(expires))
    }

    public func get<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: Object.self)?.object
    }

    public func getWithTTL<Object: Codable & Sendable>(key: String, as: Object.Type) async throws
        -> (object: Object, ttl: Duration?)? {
        let now = Date().timeIntervalSince1970
        guard let (data, expires) = try store.get(Self.storedKey(key), now: now) else { return nil }
        do {
            let object = try JSONDecoder().decode(Object.self, from: data)
            return (object, expires.map { .seconds(Int64($0 - now)) })
        } catch {
            throw PersistError.invalidConversion
        }
    }

    public func remove(key: String) async throws {
        try store.remove(Self.storedKey(key))
    }
}
