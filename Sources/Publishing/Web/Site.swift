import Foundation
import Rules
import Scheduling

/// What the server serves, built once per change of the rules or the database and then
/// only read: the public feeds and wheels, the private feeds by the people allowed to
/// read them, the stored token hashes, and what the front page lists.
public struct Site: Sendable {
    /// By request path: `/feeds/public/johtoryhma.ics`, `/wheel/all.svg`, `/static/site.css`.
    public var publicResources: [String: SiteResource]
    /// By path below a token: `feeds/people/koordinaattori.ics`, `feeds/johtoryhma.ics`.
    public var privateResources: [String: SiteResource]
    /// The private paths each person may read: their own feed and their networks' feeds.
    public var access: [String: Set<String>]
    public var tokens: [(person: String, hash: [UInt8])]
    public var page: SitePage
    public var renderer: SitePageRenderer
    public var builtAt: Date
    /// The rules and the plan the site was built from, for the workspace's pages and acts.
    public var rules: RuleSet
    public var plan: Plan
    public var workspace: WorkspaceRenderer

    /// The day the site was built for.
    public var today: Day { plan.today }

    public init(publicResources: [String: SiteResource], privateResources: [String: SiteResource],
                access: [String: Set<String>], tokens: [(person: String, hash: [UInt8])], page: SitePage, renderer: SitePageRenderer,
                builtAt: Date, rules: RuleSet, plan: Plan, workspace: WorkspaceRenderer) {
        self.rules = rules
        self.plan = plan
        self.workspace = workspace
        self.publicResources = publicResources
        self.privateResources = privateResources
        self.access = access
        self.tokens = tokens
        self.page = page
        self.renderer = renderer
        self.builtAt = builtAt
    }

    /// The private resource at `path` if `token` belongs to someone allowed to read it.
    public func privateResource(_ path: String, token: String) -> SiteResource? {
        // Always compare the token, even for paths that do not exist, so that timing
        // tells nothing about which paths do.
        let person = FeedToken.owner(of: token, among: tokens)
        guard let person, access[person]?.contains(path) == true else { return nil }
        return privateResources[path]
    }
}
