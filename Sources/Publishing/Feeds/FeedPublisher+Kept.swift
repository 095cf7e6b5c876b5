import Foundation
import Rules
import Storage

/// Feeds kept as they are: when everything they are made from is as at their last
/// complete build (`BuiltFeedsRecord`), a build needs neither the published state nor
/// any reconciling, storing or writing.
extension FeedPublisher {
    /// What the feeds would be made from now: the print of everything but the stored
    /// inputs (the rules' texts, what was asked, today, the UID domain, the links and the
    /// program) beside the stored inputs' generation as `state` read it, so that a change
    /// stored meanwhile is not taken for built. Nil for rules not read from files.
    public static func built(_ rules: RuleSet, language: Language, years: ClosedRange<Int>, state: PlanState,
                             uidDomain: String, baseURL: String?) -> BuiltFeedsRecord? {
        guard let source = rules.sourcePrint else { return nil }
        var print = BuildPrint.program
        print.add("feeds")
        for number in [Int(source), years.lowerBound, years.upperBound, state.today.ordinal] { print.add(number) }
        for text in [language.rawValue, uidDomain, baseURL ?? "-"] { print.add(text) }
        return BuiltFeedsRecord(language: language, print: print.stored, generation: state.generation ?? 0, events: 0)
    }

    /// The report of feeds kept as they are: when the last complete build in this language
    /// was made from what they would be made from now (`built`), and every feed file it
    /// recorded in `folder` is still as written; nil when they must be built.
    public static func kept(_ built: BuiltFeedsRecord?, stored: ProjectDatabase?, language: Language,
                            folder: String) throws -> Report? {
        guard let built, let stored, let record = try stored.builtFeeds(language),
              record.print == built.print, record.generation == built.generation else { return nil }
        let paths = OutputPaths(language)
        var files = 0
        for feed in try stored.publishedFeeds().values where paths.holdsFeed(feed.path) {
            guard feed.isOnDisk(in: folder) else { return nil }
            files += 1
        }
        return Report(records: [], feeds: [], unchanged: files, events: record.events, removed: 0, publication: nil)
    }
}

extension PublishedFeedRecord {
    /// Whether the file is still the size it was written at (one removed or edited by hand is written again).
    func isOnDisk(in folder: String) -> Bool {
        FileStatus(path: (folder as NSString).appendingPathComponent(path))?.size == size
    }
}
