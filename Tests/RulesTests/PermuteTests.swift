import Rules
import Testing

@Suite("Permuting in place")
struct PermuteTests {
    private final class Box {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    @Test("Elements land where the order says, each moved: none copied, none lost")
    func movesEveryElement() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 7, 1000] {
            let order = Array(0..<count).shuffled(using: &generator)
            var boxes = (0..<count).map { [Box($0)] }
            boxes.permute(order)
            #expect(boxes.map { $0[0].value } == order)
            // Moved, not copied: each element's storage has one owner, as before.
            for index in boxes.indices { #expect(isKnownUniquelyReferenced(&boxes[index][0])) }
            var strings = (0..<count).map { "item \($0)" }
            strings.permute(order)
            #expect(strings == order.map { "item \($0)" })
        }
    }
}
