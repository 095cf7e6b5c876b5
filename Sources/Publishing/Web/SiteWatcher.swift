import Foundation
import Rules
import Storage

/// Keeps the served site in step with the rules, the templates and the database: it
/// looks at their files' sizes and times every second and rebuilds when one changed
/// (or the day did), while requests go on being served from the previous site.
///
/// What it will not publish: rule files still being written (a change to them must be
/// quiet for `quiet` seconds, and they must be unchanged when the build is about to
/// write: a file saved in two parts is never published half); a build that fails (a
/// broken rule file); and a build whose rules no longer produce more than
/// `cancellationLimit` published meetings at once (stored cancellations do not count),
/// which is held back (`heldBack`, shown on the front page and in the log) until the
/// coordinator confirms it with `vuosikello build`. In each case the previous site stays.
public final class SiteWatcher: @unchecked Sendable {
    public enum Outcome: Sendable, Equatable {
        case unchanged
        /// Rule files changed and are not yet quiet.
        case waiting
        case rebuilt
        case failed([String])
        /// Would cancel these meetings (by key); nothing published.
        case heldBack([String])
        /// Took longer than the time limit (seconds) to plan; abandoned before writing.
        case abandoned(Double)
    }

    public static let quiet: TimeInterval = 2
    public static let cancellationLimit = 5

    public let builder: SiteBuilder
    /// Seconds a rebuild may take up to the point of writing; a slower one is abandoned
    /// (and tried again only after the next change), the last good site still served.
    public let rebuildLimit: Double
    private let clock: @Sendable () -> (today: Day, now: Int)
    private let lock = NSLock()
    private var site: Site
    private var seen: String
    /// The rule files' signature that changed last, and since when (monotonic seconds).
    private var pending: (rules: String, since: TimeInterval)?
    private var held: [String]?
    private var behind = false
    /// One rebuild at a time: the watch loop and the workspace's acts both ask for them.
    private let building = NSLock()

    /// Builds the first site; throws if that is impossible. (The first build has no
    /// earlier site to keep, so it is never held back.)
    public init(builder: SiteBuilder, rebuildLimit: Double = 60,
                clock: @escaping @Sendable () -> (today: Day, now: Int)) throws {
        self.builder = builder
        self.rebuildLimit = rebuildLimit
        self.clock = clock
        let before = Self.signature(builder, today: clock().today)
        site = try builder.build(today: clock().today, now: clock().now)
        seen = Self.signature(builder, today: clock().today, rulesPart: Self.rulesPart(before))
    }

    public var current: Site { lock.withLock { site } }

    /// The meetings a held-back rebuild would cancel; nil when nothing is held back.
    public var heldBack: [String]? { lock.withLock { held } }

    /// Whether a workspace act's change is stored but not yet published: its rebuild waited
    /// for rule files being written, failed on broken rules or was held back. The act's
    /// notice then says so instead of "the calendars are updated".
    public var unpublished: Bool { lock.withLock { behind } }

    /// Rebuilds if anything the site depends on changed since the last look (and the rule
    /// files have been quiet long enough).
    public func refreshIfChanged() -> Outcome {
        building.withLock { refresh() }
    }

    /// Rebuilds now for a change just stored (a workspace act), without waiting for the
    /// next look. Rule files still being written keep waiting for quiet, unless
    /// `rulesWritten`: the workspace wrote them whole itself, after the coordinator
    /// `confirmed` what they change (then no cancellation limit holds them back).
    ///
    /// Documents and all: an unchanged agenda or minutes file is not even rendered
    /// (`DocumentPublisher`), so the act's own rebuild writes the few its change touches.
    /// (It used to leave them to the next look, which then built everything again while
    /// the next act waited.) Should the rebuild not happen now, the next look does it: the
    /// state it has seen no longer matches.
    public func rebuildNow(rulesWritten: Bool = false) -> Outcome {
        building.withLock {
            let rules = rulesWritten ? Self.files(builder) : nil
            lock.withLock { seen = (rules ?? Self.rulesPart(seen)) + "|stored change" }
            let outcome = refresh(cancellationLimit: rulesWritten ? nil : Self.cancellationLimit)
            lock.withLock { behind = outcome != .rebuilt }
            return outcome
        }
    }

    private func refresh(cancellationLimit: Int? = SiteWatcher.cancellationLimit) -> Outcome {
        let (today, now) = clock()
        let signature = Self.signature(builder, today: today)
        let rules = Self.rulesPart(signature)
        let moment = ProcessInfo.processInfo.systemUptime
        let ready: Bool = lock.withLock {
            guard signature != seen else { return false }
            guard rules != Self.rulesPart(seen) else { return true }
            if pending?.rules != rules { pending = (rules, moment) }
            return moment - (pending?.since ?? moment) >= Self.quiet
        }
        guard ready else { return signature == lock.withLock({ seen }) ? .unchanged : .waiting }
        let builder = self.builder, limit = rebuildLimit
        let tooSlow = Locked(false)
        do {
            let next = try builder.build(today: today, now: now, cancellationLimit: cancellationLimit,
                                         stillCurrent: {
                guard ProcessInfo.processInfo.systemUptime - moment <= limit else {
                    tooSlow.value = true
                    return false
                }
                return Self.rulesPart(Self.signature(builder, today: today)) == rules
            })
            // The build itself writes the database; remember the state it left.
            let after = Self.signature(builder, today: today, rulesPart: rules)
            lock.withLock {
                site = next
                seen = after
                pending = nil
                held = nil
                behind = false
            }
            return .rebuilt
        } catch is ProjectBuild.Superseded {
            if tooSlow.value {
                lock.withLock { seen = signature }
                return .abandoned(limit)
            }
            // Changed while planned: wait for quiet again.
            lock.withLock { pending = nil }
            return .waiting
        } catch let heldBack as ProjectBuild.HeldBack {
            lock.withLock {
                seen = signature
                held = heldBack.keys
            }
            return .heldBack(heldBack.keys)
        } catch let failure as SiteBuilder.Failure {
            lock.withLock { seen = signature }
            return .failed(failure.messages)
        } catch {
            lock.withLock { seen = signature }
            return .failed([String(describing: error)])
        }
    }

    /// Looks every `interval` seconds until the task is cancelled. A rebuild still planning
    /// after `rebuildLimit` seconds is reported (`slow`) while the last good site is served;
    /// it is abandoned when it comes to writing.
    public func watch(every interval: Double = 1, log: @escaping @Sendable (Outcome) -> Void,
                      slow: @escaping @Sendable (Double) -> Void = { _ in }) async {
        let limit = rebuildLimit
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
            let rebuild = Task.detached(priority: .utility) { self.refreshIfChanged() }
            let warning = Task {
                try await Task.sleep(nanoseconds: UInt64(limit * 1_000_000_000))
                slow(limit)
            }
            let outcome = await rebuild.value
            warning.cancel()
            if outcome != .unchanged && outcome != .waiting { log(outcome) }
        }
    }

    // MARK: What is watched

    /// Sizes and times of every rule file, calendar, template and the database (with its WAL), and the day.
    static func signature(_ builder: SiteBuilder, today: Day, rulesPart: String? = nil) -> String {
        let files = rulesPart ?? Self.files(builder)
        let database = builder.project.databasePath
        let db = [database, database + "-wal"].map(stamp).joined(separator: ";")
        return files + "|" + db + "|" + today.iso
    }

    private static func rulesPart(_ signature: String) -> String {
        String(signature.prefix { $0 != "|" })
    }

    /// The kinds of file a build reads: rules, imported calendars, templates and their
    /// assets. Anything else in the folder (a screenshot, a backup, a note) is not a change,
    /// or a coordinator saving one would hold a workspace act's rebuild back for quiet.
    static let watchedExtensions: Set<String> = ["yaml", "yml", "ics", "mustache", "css", "js"]

    private static func files(_ builder: SiteBuilder) -> String {
        let fm = FileManager.default
        var parts: [String] = []
        let database = (builder.project.databasePath as NSString).lastPathComponent
        // Nor is the workspace's sessions file beside it (signing in changes no plan).
        let sessions = (SessionStore.path(besides: builder.project.databasePath) as NSString).lastPathComponent
        // What the server writes itself (when --out is inside the rules folder) is not a change.
        let out = URL(fileURLWithPath: builder.out).standardizedFileURL.path
        for folder in [builder.rulesFolder] + builder.templates.folders {
            guard let walker = fm.enumerator(atPath: folder) else { continue }
            while let name = walker.nextObject() as? String {
                if name.hasPrefix(database) || name.hasPrefix(sessions) || name.contains("/.") || name.hasPrefix(".") { continue }
                let path = (folder as NSString).appendingPathComponent(name)
                let full = URL(fileURLWithPath: path).standardizedFileURL.path
                if full == out || full.hasPrefix(out + "/") {
                    walker.skipDescendants()
                    continue
                }
                guard watchedExtensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
                parts.append(name + "=" + stamp(path))
            }
        }
        return parts.sorted().joined(separator: ";")
    }

    private static func stamp(_ path: String) -> String {
        guard let status = FileStatus(path: path) else { return "-" }
        return "\(status.size):\(status.modified)"
    }
}
