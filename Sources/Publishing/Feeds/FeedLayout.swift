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
}

/// Which feeds a build writes: per network an internal and a public feed, every
/// network together (internal and public), and one personal feed per person.
struct FeedLayout {
    let rules: RuleSet
    let language: Language
    let words: FeedText

    func specs(for events: [FeedEvent]) -> [FeedSpec] {
        let labels = Labels(language: language)
        let paths = OutputPaths(language)
        let days = events.map { $0.day.ordinal * 1440 + ($0.start?.minutes ?? -1) }
        let order = events.indices.sorted { i, j in
            days[i] != days[j] ? days[i] < days[j] : events[i].uid < events[j].uid
        }
        var byNetwork: [String: [Int]] = [:]
        var byPerson: [String: [Int]] = [:]
        var shared: [Int] = []
        for i in order {
            let event = events[i]
            if event.shared {
                byNetwork[event.networkID, default: []].append(i)
                shared.append(i)
            }
            for person in words.people(event) { byPerson[person, default: []].append(i) }
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
            specs.append(FeedSpec(path: paths.networkFeed(id, isPublic: false), metadata: metadata, audience: .members, events: list))
            specs.append(FeedSpec(path: paths.networkFeed(id, isPublic: true), metadata: metadata, audience: .everyone, events: list))
        }
        let region = rules.calendar.region.text(language)
        let all = FeedMetadata(name: "\(region): \(labels.allNetworks)", description: labels.feedDescription,
                               color: "darkslategray")
        specs.append(FeedSpec(path: paths.allFeed(isPublic: false), metadata: all, audience: .members, events: shared))
        specs.append(FeedSpec(path: paths.allFeed(isPublic: true), metadata: all, audience: .everyone, events: shared))
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
