import Testing
@testable import Rules
@testable import Scheduling

/// A task's owners are the people its owner rules name, each once and in order, whether
/// one rule names them or several do (one rule's list is handed on as it is when no one
/// in it repeats).
@Suite("Task owners")
struct TaskOwnerTests {
    static func roster(conveners: [String], secretaries: [String] = [], attendees: [Attendee] = [])
        -> Roster.Assignment {
        Roster.Assignment(conveners: conveners, chairs: [], secretaries: secretaries, host: nil, placeID: nil,
                          attendees: attendees)
    }

    @Test("One owner: its people in order, each once, also when a list names someone twice")
    func oneOwner() {
        #expect(Self.roster(conveners: ["a", "b"]).people([.role(.convener)]) == ["a", "b"])
        #expect(Self.roster(conveners: ["a", "b", "a"]).people([.role(.convener)]) == ["a", "b"])
        let many = (0..<10).map { "p\($0)" } + ["p3"]
        #expect(Self.roster(conveners: many).people([.role(.convener)]) == Array(many.dropLast()))
        #expect(Self.roster(conveners: []).people([.role(.convener)]).isEmpty)
        // A secretary falls back to the conveners.
        #expect(Self.roster(conveners: ["a"]).people([.role(.secretary)]) == ["a"])
    }

    @Test("Several owners: everyone once, in the owners' order")
    func severalOwners() {
        let a = Self.roster(conveners: ["a"], secretaries: ["b", "a"])
        #expect(a.people([.role(.convener), .role(.secretary), .person("c"), .person("b")]) == ["a", "b", "c"])
    }
}
