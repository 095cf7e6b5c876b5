import Foundation

/// One event of an iCalendar feed as the tests look at it: its properties by name, the
/// first value of each, parameters dropped, folded lines joined.
public enum FeedEvent {
    public static func properties(in feed: String, uid: String) -> [String: String] {
        let unfolded = feed.replacingOccurrences(of: "\r\n ", with: "")
        for event in unfolded.components(separatedBy: "BEGIN:VEVENT").dropFirst() where event.contains("UID:" + uid) {
            var properties: [String: String] = [:]
            for line in event.components(separatedBy: "\r\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let name = String(line[..<colon].prefix { $0 != ";" })
                properties[name] = properties[name] ?? String(line[line.index(after: colon)...])
            }
            return properties
        }
        return [:]
    }
}
