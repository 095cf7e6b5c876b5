import Foundation
import Rendering
import Rules
import Scheduling

/// One feed file and what goes in it.
struct FeedSpec {
    /// Relative to the output folder, e.g. `feeds/public/johtoryhma.ics`.
    let path: String
    let metadata: FeedMetadata
    let audience: Audience
    /// Indices of events, chronological.
    var events: [Int]
    /// The network (or `all`) whose past years are archived; nil for a personal feed.
    var archived: String? = nil
}

/// Events' indices by network and by person, and those every network's feeds share.
private struct Group: Sendable {
    var byNetwork: [String: [Int]] = [:]
    var byPerson: [String: [Int]] = [:]
    var shared: [Int] = []
}

/// Which feeds a build writes: per network an internal and a public feed, every
/// network together (internal and public), and one personal feed per person; each
/// carrying the window of `calendar.yaml`'s `feeds:` seen on today, and every past
/// year (and the current one, once the window has let part of it go) of the network
/// and all-networks feeds whole in an archive feed.
///
/// A meeting that leaves the window is simply no longer in the feed: it ages out of
/// the subscriber's calendar, it is not cancelled (its UID and state stay stored).
struct FeedLayout {
    let rules: RuleSet
    let language: Language
    let words: FeedText

    /// The feeds to write: every feed cut to the window, then the archives.
    func published(_ full: [FeedSpec], events: [FeedEvent], today: Day) -> [FeedSpec] {
        let window = rules.calendar.feedWindow
        let first = window.first(today: today), end = window.end(today: today)
        // Every past year, and this year too once a short window has let some of it go:
        // whatever has aged out is always in an archive.
        let lastArchived = max(today.year - 1, first?.year ?? today.year - 1)
        // Each event looked at once, into plain arrays: every event is in several feeds,
        // and reading the events themselves for each feed missed the cache again and again.
        let inWindow = events.map { e in
            (first.map { e.lastDay >= $0 } ?? true) && (end.map { e.day < $0 } ?? true)
        }
        let archiveYear = events.map { $0.day.year }
        let labels = Labels(language: language)
        let paths = OutputPaths(language)
        var specs = full.map { spec in
            var spec = spec
            spec.events = spec.events.filter { inWindow[$0] }
            return spec
        }
        for spec in full {
            guard let id = spec.archived else { continue }
            var byYear: [Int: [Int]] = [:]
            for i in spec.events where archiveYear[i] <= lastArchived { byYear[archiveYear[i], default: []].append(i) }
            for (year, list) in byYear.sorted(by: { $0.key < $1.key }) {
                let metadata = FeedMetadata(name: "\(spec.metadata.name): \(labels.archive(year))",
                                            description: labels.archiveDescription, color: spec.metadata.color)
                specs.append(FeedSpec(path: paths.archiveFeed(id, year: year, isPublic: spec.audience == .everyone),
                                      metadata: metadata, audience: spec.audience, events: list))
            }
        }
        return specs
    }

    /// Every feed with all its events (what CalDAV keeps; the files carry the window).
    func specs(for events: [FeedEvent]) -> [FeedSpec] {
        let labels = Labels(language: language)
        let paths = OutputPaths(language)
        let days = events.map { $0.day.ordinal * 1440 + ($0.start?.minutes ?? -1) }
        let order = events.indices.sorted { i, j in
            days[i] != days[j] ? days[i] < days[j] : events[i].uid < events[j].uid
        }
        // Grouped by network and person on every core, a part of the order each, then joined
        // in order. Read in place: `events[i]` copied every event whole.
        let parts = ProcessInfo.processInfo.activeProcessorCount, words = self.words
        let groups = parallelMap(parts) { part in
            var group = Group()
            events.withUnsafeBufferPointer { events in
                for i in order[(order.count * part / parts)..<(order.count * (part + 1) / parts)] {
                    let event = events.baseAddress! + i
                    if event.pointee.shared {
                        group.byNetwork[event.pointee.networkID, default: []].append(i)
                        group.shared.append(i)
                    }
                    for person in words.people(of: event.pointee.source) {
                        group.byPerson[person, default: []].append(i)
                    }
                }
            }
            return group
        }
        var (byNetwork, byPerson, shared) = (groups[0].byNetwork, groups[0].byPerson, groups[0].shared)
        for group in groups.dropFirst() {
            byNetwork.merge(group.byNetwork) { $0 + $1 }
            byPerson.merge(group.byPerson) { $0 + $1 }
            shared += group.shared
        }
        var specs: [FeedSpec] = []
        let known = rules.networks.map(\.id)
        let networks = known + byNetwork.keys.filter { rules.network($0) == nil }.sorted()
        for (index, id) in networks.enumerated() {
            let network = rules.network(id)
            let name = network?.title.text(language) ?? id
            let description = network?.description?.text(language) ?? labels.feedDescription
            let color = network == nil ? CSSColor.palette[index % CSSColor.palette.count] : rules.color(of: id)
            let metadata = FeedMetadata(name: name, description: description, color: color)
            let list = byNetwork[id] ?? []
            for audience in Audience.allCases {
                specs.append(FeedSpec(path: paths.networkFeed(id, isPublic: audience == .everyone), metadata: metadata,
                                      audience: audience, events: list, archived: id))
            }
        }
        let region = rules.calendar.region.text(language)
        let all = FeedMetadata(name: "\(region): \(labels.allNetworks)", description: labels.feedDescription,
                               color: "darkslategray")
        for audience in Audience.allCases {
            specs.append(FeedSpec(path: paths.allFeed(isPublic: audience == .everyone), metadata: all, audience: audience,
                                  events: shared, archived: "all"))
        }
        let people = Set(rules.people.keys).union(byPerson.keys).sorted()
        for id in people {
            let title = rules.people[id]?.title.text(language) ?? id
            let metadata = FeedMetadata(name: "\(title): \(labels.ownFeed)", description: labels.feedDescription,
                                        color: "darkcyan")
            specs.append(FeedSpec(path: paths.personFeed(id), metadata: metadata, audience: .members,
                                  events: byPerson[id] ?? []))
        }
        return specs
    }
}
