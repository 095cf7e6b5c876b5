import GRDB
import Rules
import Scheduling

/// What a feed last said about one event (by UID): the basis of SEQUENCE and DTSTAMP.
/// A meeting that disappears from the rules is rendered from this row as cancelled.
/// Hashes, times and days are integers, so that a national build's 100 000 rows read
/// and compare quickly.
public struct PublishedEventRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "publishedEvent"

    public var uid: String
    public var key: String
    /// `meeting` or `task`.
    public var kind: String
    public var network: String
    /// Whose personal feeds carry it, space-separated person ids.
    public var people: String
    /// Whether network and public feeds carry it (a deadline is only personal).
    public var shared: Bool
    /// Days since 1970-01-01.
    public var day: Int
    public var lastDay: Int
    /// Minutes after midnight; nil for an all-day event.
    public var start: Int?
    public var end: Int?
    public var summary: String
    public var location: String?
    /// `confirmed`, `cancelled`, or `removed` (gone from the rules, published as cancelled).
    public var status: String
    /// Hash of time, place, mode, title and status: a change raises SEQUENCE.
    public var significant: Int64
    /// Hash of everything else shown (description, attendees): a change updates DTSTAMP only.
    public var minor: Int64
    public var sequence: Int
    /// Seconds since 1970, UTC.
    public var created: Int
    public var modified: Int
    /// A meeting's deadlines share one version: the hash of them all (0 for none), and
    /// its SEQUENCE and DTSTAMP.
    public var taskPrint: Int64
    public var taskSequence: Int
    public var taskModified: Int

    public init(uid: String, key: String, kind: String, network: String, people: String, shared: Bool, day: Int,
                lastDay: Int, start: Int?, end: Int?, summary: String, location: String?, status: String,
                significant: Int64, minor: Int64, sequence: Int, created: Int, modified: Int,
                taskPrint: Int64 = 0, taskSequence: Int = 0, taskModified: Int = 0) {
        self.uid = uid
        self.key = key
        self.kind = kind
        self.network = network
        self.people = people
        self.shared = shared
        self.day = day
        self.lastDay = lastDay
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.status = status
        self.significant = significant
        self.minor = minor
        self.sequence = sequence
        self.created = created
        self.modified = modified
        self.taskPrint = taskPrint
        self.taskSequence = taskSequence
        self.taskModified = taskModified
    }

    // Columns read and written by hand rather than through Codable: several times faster.
    public init(row: Row) throws {
        uid = row["uid"]
        key = row["key"]
        kind = row["kind"]
        network = row["network"]
        people = row["people"]
        shared = row["shared"]
        day = row["day"]
        lastDay = row["lastDay"]
        start = row["start"]
        end = row["end"]
        summary = row["summary"]
        location = row["location"]
        status = row["status"]
        significant = row["significant"]
        minor = row["minor"]
        sequence = row["sequence"]
        created = row["created"]
        modified = row["modified"]
        taskPrint = row["taskPrint"]
        taskSequence = row["taskSequence"]
        taskModified = row["taskModified"]
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["uid"] = uid
        container["key"] = key
        container["kind"] = kind
        container["network"] = network
        container["people"] = people
        container["shared"] = shared
        container["day"] = day
        container["lastDay"] = lastDay
        container["start"] = start
        container["end"] = end
        container["summary"] = summary
        container["location"] = location
        container["status"] = status
        container["significant"] = significant
        container["minor"] = minor
        container["sequence"] = sequence
        container["created"] = created
        container["modified"] = modified
        container["taskPrint"] = taskPrint
        container["taskSequence"] = taskSequence
        container["taskModified"] = taskModified
    }
}

/// A feed file as last written, so that an unchanged rebuild rewrites nothing.
public struct PublishedFeedRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "publishedFeed"

    public var path: String
    public var fingerprint: String
    public var size: Int

    public init(path: String, fingerprint: String, size: Int) {
        self.path = path
        self.fingerprint = fingerprint
        self.size = size
    }
}

extension PublishedEventRecord {
    /// A published meeting as `PlanDiff` compares it; nil for a deadline.
    public var diffEntry: PlanDiff.Entry? {
        guard kind == "meeting" else { return nil }
        return PlanDiff.Entry(key: key, networkID: network, day: Day(ordinal: day), start: start.flatMap(TimeOfDay.init(minutes:)),
                              end: end.flatMap(TimeOfDay.init(minutes:)), mode: nil, cancelled: status != "confirmed",
                              people: people.split(separator: " ").map(String.init))
    }
}
