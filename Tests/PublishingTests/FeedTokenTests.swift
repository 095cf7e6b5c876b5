import Foundation
import Testing
@testable import Publishing

@Suite("Feed tokens")
struct FeedTokenTests {
    @Test("Tokens are 256 random bits in URL-safe base64, different every time")
    func generate() {
        let tokens = (0..<200).map { _ in FeedToken.generate() }
        #expect(Set(tokens).count == tokens.count)
        for token in tokens {
            #expect(token.count == 43)
            #expect(token.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: "_")
            })
        }
    }

    @Test("The stored hash is the token's SHA-256 in hex, and reads back")
    func storedHash() throws {
        // FIPS 180-2's test vector for "abc".
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        #expect(FeedToken.storedHash("abc") == abc)
        #expect(Hex.string([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(Hex.bytes("000FA0ff") == [0x00, 0x0f, 0xa0, 0xff])
        #expect(Hex.bytes("abc") == nil && Hex.bytes("zz") == nil)
        let hashes = FeedToken.hashes([("a", abc), ("damaged", "xyz")])
        #expect(hashes.map(\.person) == ["a"])
        #expect(hashes.first?.hash == FeedToken.hash("abc"))
    }

    @Test("A token finds its owner; one character off, or another's, finds no one")
    func owner() {
        let mine = FeedToken.generate(), theirs = FeedToken.generate()
        let stored = FeedToken.hashes([("koordinaattori", FeedToken.storedHash(mine)),
                                       ("sihteeri", FeedToken.storedHash(theirs))])
        #expect(FeedToken.owner(of: mine, among: stored) == "koordinaattori")
        #expect(FeedToken.owner(of: theirs, among: stored) == "sihteeri")
        let near = mine.dropLast() + (mine.hasSuffix("A") ? "B" : "A")
        #expect(FeedToken.owner(of: String(near), among: stored) == nil)
        #expect(FeedToken.owner(of: "", among: stored) == nil)
        #expect(FeedToken.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!FeedToken.constantTimeEqual([1, 2, 3], [1, 2, 4]) && !FeedToken.constantTimeEqual([1, 2], [1, 2, 3]))
    }
}
