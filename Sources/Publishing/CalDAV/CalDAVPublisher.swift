import Crypto
import Foundation
import Rendering
import Storage

/// Puts a feed's events into a CalDAV collection, one resource per UID, and keeps it in
/// step: a new event is created (`If-None-Match: *`), a changed one replaced only if the
/// server still has what we saw (`If-Match`), one the plan removed is deleted, and one
/// that is the same as last time is not touched, so a second run writes nothing.
public struct CalDAVPublisher: Sendable {
    public struct Report: Sendable, Equatable {
        public var created = 0
        public var updated = 0
        public var unchanged = 0
        public var deleted = 0
        public var writes: Int { created + updated + deleted }
    }

    public let client: CalDAVClient
    public let database: ProjectDatabase
    /// The calendar's display name if the collection has to be created.
    public let name: String

    public init(client: CalDAVClient, database: ProjectDatabase, name: String) {
        self.client = client
        self.database = database
        self.name = name
    }

    /// - Parameters:
    ///   - resources: the feed's events, one calendar object each.
    ///   - current: the UIDs the plan still has; resources outside it (removed from the
    ///     rules, kept in feeds as cancelled) are deleted from the collection.
    public func publish(_ resources: [CalendarResource], current: Set<String>) async throws -> Report {
        let key = client.collection.absoluteString
        var remote = try await client.list()
        if remote == nil {
            try await client.makeCalendar(name: name)
            remote = [:]
        }
        let stored = try database.caldavResources(collection: key)
        var report = Report()
        var saved: [CalDAVResourceRecord] = []
        var deleted: [String] = []
        // Whatever happens half-way (a refused request, a lost connection), what was
        // written is remembered, so that the next run continues from there.
        defer { try? database.saveCalDAV(collection: key, saved: saved, deleted: deleted) }
        var unknownEtag: [String] = []
        var kept = Set<String>()
        for resource in resources where current.contains(resource.uid) {
            let url = client.href(uid: resource.uid)
            let path = CalDAVClient.decoded(url.path)
            kept.insert(path)
            let hash = Self.hash(resource.text)
            let etag = remote?[path]
            if let etag, let last = stored[resource.uid], last.contentHash == hash, last.etag == etag {
                report.unchanged += 1
                continue
            }
            let newEtag = try await client.put(resource.text, at: url, when: etag.map { .matches($0) } ?? .absent)
            if etag == nil { report.created += 1 } else { report.updated += 1 }
            if newEtag == nil { unknownEtag.append(resource.uid) }
            saved.append(CalDAVResourceRecord(collection: key, uid: resource.uid, href: path, etag: newEtag,
                                              contentHash: hash))
        }
        // What we put there before and the plan no longer has.
        for (uid, record) in stored.sorted(by: { $0.key < $1.key }) where !kept.contains(record.href) {
            if let etag = remote?[record.href] {
                try await client.delete(client.href(uid: uid), etag: etag)
                report.deleted += 1
            }
            deleted.append(uid)
        }
        // Servers that do not return an ETag on PUT: read them back once.
        if !unknownEtag.isEmpty, let listed = try await client.list() {
            saved = saved.map { record in
                var record = record
                if record.etag == nil { record.etag = listed[record.href] }
                return record
            }
        }
        return report
    }

    static func hash(_ text: String) -> String {
        Hex.string(SHA256.hash(data: Data(text.utf8)))
    }
}
