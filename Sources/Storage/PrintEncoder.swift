import Rules
import Scheduling

/// Feeds everything a value encodes, key by key, into a 64-bit FNV-1a `Signature`: the
/// print of a snapshot, computed without writing its JSON, so that a save recognises
/// what is unchanged cheaply and encodes JSON only for what it writes.
public struct PrintEncoder: Encoder {
    /// Shared by the containers, which all feed the same print.
    final class State {
        var signature = Signature()
    }

    let state: State
    public var codingPath: [CodingKey] = []
    public var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The print of `value`.
    public static func print<T: Encodable>(_ value: T) throws -> Int64 {
        let encoder = PrintEncoder(state: State())
        try value.encode(to: encoder)
        return encoder.state.signature.stored
    }

    public func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        state.signature.add("{")
        return KeyedEncodingContainer(Keyed<Key>(encoder: self))
    }

    public func unkeyedContainer() -> UnkeyedEncodingContainer {
        state.signature.add("[")
        return Unkeyed(encoder: self)
    }

    public func singleValueContainer() -> SingleValueEncodingContainer { Single(encoder: self) }

    fileprivate func add(_ text: String) { state.signature.add(text) }
    fileprivate func add(_ number: Int) { state.signature.add(number) }

    fileprivate func add<T: Encodable>(_ value: T) throws {
        switch value {
        case let text as String: add(text)
        case let flag as Bool: add(flag ? 1 : 0)
        case let number as Int: add(number)
        case let number as Int64: add(Int(number))
        case let number as Double: add(Int(bitPattern: UInt(number.bitPattern)))
        default: try value.encode(to: self)
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: PrintEncoder
        var codingPath: [CodingKey] { encoder.codingPath }

        func encodeNil(forKey key: Key) throws {
            encoder.add(key.stringValue)
            encoder.add("∅")
        }

        func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            encoder.add(key.stringValue)
            try encoder.add(value)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            encoder.add(key.stringValue)
            return encoder.container(keyedBy: keyType)
        }

        func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            encoder.add(key.stringValue)
            return encoder.unkeyedContainer()
        }

        func superEncoder() -> Encoder { encoder }
        func superEncoder(forKey key: Key) -> Encoder {
            encoder.add(key.stringValue)
            return encoder
        }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: PrintEncoder
        var codingPath: [CodingKey] { encoder.codingPath }
        var count = 0

        mutating func encodeNil() throws {
            count += 1
            encoder.add("∅")
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            count += 1
            encoder.add("·")
            try encoder.add(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            count += 1
            return encoder.container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            count += 1
            return encoder.unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder { encoder }
    }

    private struct Single: SingleValueEncodingContainer {
        let encoder: PrintEncoder
        var codingPath: [CodingKey] { encoder.codingPath }

        func encodeNil() throws { encoder.add("∅") }
        func encode<T: Encodable>(_ value: T) throws { try encoder.add(value) }
    }
}
