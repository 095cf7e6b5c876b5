import Foundation
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

    init(rules: RuleSet) { self.rules = rules }

    static var exampleFolder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("calendars/etela-savo").path
    }

    static var example: RuleSet { RuleLoader().load(folder: exampleFolder).rules! }

    /// Plans (with the stored moves and previous plan), publishes, and stores the state.
    @discardableResult
    func build(years: ClosedRange<Int> = 2026...2027, now: Int) throws -> (plan: Plan, report: FeedPublisher.Report) {
        let input = SchedulingInput(rules: rules, firstYear: years.lowerBound, lastYear: years.upperBound,
                                    overrides: try database.overrides(), baseline: try database.baseline())
        let plan = Scheduler().plan(input)
        let report = try FeedPublisher(rules: rules, language: language, now: now, folder: folder)
            .build(plan, database: database, firstYear: years.lowerBound)
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
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Peers/ics_peer.py").path
        let process = Process()
        // VUOSIKELLO_PYTHON: the interpreter scripts/setup installed the peer for, if not python3.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [ProcessInfo.processInfo.environment["VUOSIKELLO_PYTHON"] ?? "python3", script, folder]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PeerError(message: String(decoding: problem, as: UTF8.self))
        }
        return try JSONDecoder().decode([String: PeerFeed].self, from: data)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }
}

struct PeerError: Error, CustomStringConvertible {
    let message: String
    var description: String { "the Python peer failed (pip install icalendar recurring-ical-events): \(message)" }
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
