import Foundation
import TestSupport
@testable import Publishing
@testable import Rendering
@testable import Rules
@testable import Scheduling
@testable import Storage

/// Builds feeds into a temporary folder, keeping the published state in an in-memory
/// database between builds, as `vuosikello build` keeps it in the project's database.
final class FeedFixture {
    let folder = NSTemporaryDirectory() + "vuosikello-feeds-" + UUID().uuidString
    let database = try! ProjectDatabase()
    var rules: RuleSet
    var language = Language.fi

    /// The day the builds are made on; before every planned meeting unless a test moves it.
    var today = Day(iso: "2025-01-01")!

    init(rules: RuleSet) { self.rules = rules }

    static var exampleFolder: String { Example.folder }

    static var example: RuleSet { Example.rules }

    /// The UIDs' domain, as the builds fix it.
    var uidDomain: String { Project.uidDomain(rules, stored: try? database.uidDomain()) }

    var events: FeedEventBuilder { FeedEventBuilder(domain: uidDomain) }

    /// Plans (with the stored moves, previous plan and history), publishes, and stores the state.
    @discardableResult
    func build(years: ClosedRange<Int> = 2026...2027, now: Int) throws -> (plan: Plan, report: FeedPublisher.Report) {
        let state = try database.planState(today: today)
        let plan = Project.plan(rules, years: years, state: state)
        let report = try FeedPublisher(rules: rules, language: language, now: now, folder: folder, uidDomain: uidDomain)
            .build(plan, state: state, published: try database.publishedEvents(), database: database)
        return (plan, report)
    }

    func data(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)) }
    func text(_ path: String) throws -> String { String(decoding: try data(path), as: UTF8.self) }

    /// Every feed file's bytes, by relative path.
    func snapshot() throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)!
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".ics") { result[path] = try data(path) }
        }
        return result
    }

    /// The Python peer's reading of every feed.
    func peer() throws -> [String: PeerFeed] {
        let data = try Peer.run([Peer.script("ics_peer.py"), folder],
                                what: "the Python peer (pip install icalendar recurring-ical-events)")
        return try JSONDecoder().decode([String: PeerFeed].self, from: data)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }
}

struct PeerFeed: Decodable {
    let name: String
    let calname: String
    let color: String
    let events: [PeerEvent]
    let expanded: Int

    func event(_ uid: String) -> PeerEvent? { events.first { $0.uid == uid } }
}

struct PeerEvent: Decodable {
    let uid, start, end, summary, description, location, status: String
    let sequence, attendees: Int
    let organizer, transparent: Bool
}
