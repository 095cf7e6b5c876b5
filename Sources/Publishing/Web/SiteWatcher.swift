import Foundation
import Rules

/// Keeps the served site in step with the rules, the templates and the database: it
/// looks at their files' sizes and times every second and rebuilds when one changed
/// (or the day did), while requests go on being served from the previous site. A
/// rebuild that fails (a broken rule file) keeps the previous site and says why.
public final class SiteWatcher: @unchecked Sendable {
    public enum Outcome: Sendable, Equatable {
        case unchanged
        case rebuilt
        case failed([String])
    }

    public let builder: SiteBuilder
    private let clock: @Sendable () -> (today: Day, now: Int)
    private let lock = NSLock()
    private var site: Site
    private var seen: String

    /// Builds the first site; throws if that is impossible.
    public init(builder: SiteBuilder, clock: @escaping @Sendable () -> (today: Day, now: Int)) throws {
        self.builder = builder
        self.clock = clock
        let before = Self.signature(builder, today: clock().today)
        site = try builder.build(today: clock().today, now: clock().now)
        seen = Self.signature(builder, today: clock().today, rulesPart: Self.rulesPart(before))
    }

    public var current: Site { lock.withLock { site } }

    /// Rebuilds if anything the site depends on changed since the last look.
    public func refreshIfChanged() -> Outcome {
        let (today, now) = clock()
        let rules = Self.signature(builder, today: today)
        guard rules != lock.withLock({ seen }) else { return .unchanged }
        do {
            let next = try builder.build(today: today, now: now)
            // The build itself writes the database; remember the state it left.
            let after = Self.signature(builder, today: today, rulesPart: Self.rulesPart(rules))
            lock.withLock {
                site = next
                seen = after
            }
            return .rebuilt
        } catch let failure as SiteBuilder.Failure {
            lock.withLock { seen = rules }
            return .failed(failure.messages)
        } catch {
            lock.withLock { seen = rules }
            return .failed([String(describing: error)])
        }
    }

    /// Looks every `interval` seconds until the task is cancelled.
    public func watch(every interval: Double = 1, log: @escaping @Sendable (Outcome) -> Void) async {
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
            let outcome = await Task.detached(priority: .utility) { self.refreshIfChanged() }.value
            if outcome != .unchanged { log(outcome) }
        }
    }

    // MARK: What is watched

    /// Sizes and times of every rule file, template and the database (with its WAL), and the day.
    static func signature(_ builder: SiteBuilder, today: Day, rulesPart: String? = nil) -> String {
        let files = rulesPart ?? Self.files(builder)
        let database = builder.project.databasePath
        let db = [database, database + "-wal"].map(stamp).joined(separator: ";")
        return files + "|" + db + "|" + today.iso
    }

    private static func rulesPart(_ signature: String) -> String {
        String(signature.prefix { $0 != "|" })
    }

    private static func files(_ builder: SiteBuilder) -> String {
        let fm = FileManager.default
        var parts: [String] = []
        let database = (builder.project.databasePath as NSString).lastPathComponent
        // What the server writes itself (when --out is inside the rules folder) is not a change.
        let out = URL(fileURLWithPath: builder.out).standardizedFileURL.path
        for folder in [builder.rulesFolder] + builder.templates.folders {
            guard let walker = fm.enumerator(atPath: folder) else { continue }
            while let name = walker.nextObject() as? String {
                if name.hasPrefix(database) || name.contains("/.") || name.hasPrefix(".") { continue }
                let path = (folder as NSString).appendingPathComponent(name)
                let full = URL(fileURLWithPath: path).standardizedFileURL.path
                if full == out || full.hasPrefix(out + "/") {
                    walker.skipDescendants()
                    continue
                }
                parts.append(name + "=" + stamp(path))
            }
        }
        return parts.sorted().joined(separator: ";")
    }

    private static func stamp(_ path: String) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "-" }
        let size = attributes[.size] as? Int ?? 0
        let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size):\(time)"
    }
}
