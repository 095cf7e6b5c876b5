import Rules

/// Where a build in one language puts its files, relative to the output folder: the one
/// table of output paths. Finnish, the product's first language, is at the top
/// (`feeds/`, `documents/`, `wheel/`); every other language has folders of its own
/// (`feeds/sv/`, `documents/sv/`, `wheel/sv/`). Languages are outputs, not state: a
/// Swedish build never touches a Finnish file, and each has its own published state.
public struct OutputPaths: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// The server's paths (without the leading `/`): each build's own language is served at
    /// the Finnish layout's paths.
    public static let site = OutputPaths(.fi)

    private var suffix: String { language == .fi ? "" : "/\(language.rawValue)" }

    public var feeds: String { "feeds" + suffix }
    public var documents: String { "documents" + suffix }
    public var wheels: String { "wheel" + suffix }

    /// A network's feed for members, or for everyone (`public/`).
    public func networkFeed(_ id: String, isPublic: Bool) -> String { "\(feeds)/\(isPublic ? "public/" : "")\(id).ics" }
    /// Every network together.
    public func allFeed(isPublic: Bool) -> String { networkFeed("all", isPublic: isPublic) }
    /// A network's (or `all`) feed of one past year, whole: the history the window left behind.
    public func archiveFeed(_ id: String, year: Int, isPublic: Bool) -> String {
        "\(feeds)/\(isPublic ? "public/" : "")archive/\(year)/\(id).ics"
    }
    /// The network (or `all`) and year of a path `archiveFeed` made, if it is one.
    public func archived(_ path: String) -> (id: String, year: Int, isPublic: Bool)? {
        for isPublic in [false, true] {
            let prefix = "\(feeds)/\(isPublic ? "public/" : "")archive/"
            guard path.hasPrefix(prefix), path.hasSuffix(".ics") else { continue }
            let parts = path.dropFirst(prefix.count).dropLast(4).split(separator: "/")
            guard parts.count == 2, let year = Int(parts[0]) else { return nil }
            return (String(parts[1]), year, isPublic)
        }
        return nil
    }
    public func personFeed(_ id: String) -> String { "\(feeds)/people/\(id).ics" }

    /// Whether `path` is one of this language's feeds (the Finnish ones are those outside
    /// the other languages' folders).
    public func holdsFeed(_ path: String) -> Bool {
        guard path.hasPrefix(feeds + "/") else { return false }
        guard language == .fi else { return true }
        let next = path.dropFirst(feeds.count + 1).prefix { $0 != "/" }
        return !Self.languageFolders.contains(String(next))
    }

    /// Folder names directly under `feeds/`, `documents/` and `wheel/` that belong to
    /// other languages, so that the Finnish build's clean-up leaves them alone.
    public static let languageFolders = Set(Language.allCases.filter { $0 != .fi }.map(\.rawValue))
}
