import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// Builds what the server serves: everything `vuosikello build` writes (the same
/// `ProjectBuild`: documents, feeds with their stored state, wheels) into the output
/// folder, then the served files held in memory with their validators.
public struct SiteBuilder: Sendable {
    /// Why a build gave no site: the rules' problems, already in words.
    public struct Failure: Error, Sendable {
        public var messages: [String]
    }

    public let rulesFolder: String
    public let databasePath: String?
    public let out: String
    public let language: Language
    /// The server's public address, when given: feed events link to the meeting's agenda and page.
    public let baseURL: String?

    public init(rulesFolder: String, databasePath: String?, out: String, language: Language, baseURL: String? = nil) {
        self.baseURL = baseURL
        self.rulesFolder = rulesFolder
        self.databasePath = databasePath
        self.out = out
        self.language = language
    }

    public var project: Project { Project(rulesFolder: rulesFolder, databasePath: databasePath) }

    public var templates: TemplateLibrary { TemplateLibrary.standard(rulesFolder: rulesFolder) }

    /// - Parameters: today in the region and now (UTC seconds), for the plan and the stamps;
    ///   the guards of a rebuild (see `ProjectBuild.Options`), which throw `ProjectBuild.HeldBack`
    ///   or `ProjectBuild.Superseded`.
    public func build(today: Day, now: Int, cancellationLimit: Int? = nil,
                      stillCurrent: (@Sendable () -> Bool)? = nil) throws -> Site {
        let project = self.project
        let loaded = project.loadRules()
        guard let rules = loaded.rules else { throw Failure(messages: loaded.diagnostics.map { $0.rendered(language) }) }
        let templates = self.templates
        // The page's template is loaded before any file changes, so a broken one changes nothing.
        let renderer = try SitePageRenderer(templates: templates)
        let workspace = try WorkspaceRenderer(templates: templates)
        let plan: Plan
        do {
            var options = ProjectBuild.Options(out: out, language: language,
                                               documents: DocumentFormat.allCases, today: today,
                                               now: now, cancellationLimit: cancellationLimit, stillCurrent: stillCurrent)
            options.baseURL = baseURL
            plan = try ProjectBuild(project: project, rules: rules).run(options).plan
        } catch let unmet as ProjectBuild.Unmet {
            throw Failure(messages: unmet.problems.filter { $0.severity == .error }.map { $0.rendered(language) })
        }

        // The build's own language is served at the site's paths, from its folders (`OutputPaths`).
        let paths = OutputPaths(language)
        var publicResources = try resources(under: paths.feeds + "/public", extension: "ics", prefix: "/feeds/public/",
                                            type: "text/calendar; charset=utf-8", cache: "public, max-age=300")
        publicResources.merge(try resources(under: paths.feeds + "/public/archive", extension: "ics",
                                            prefix: "/feeds/public/archive/", type: "text/calendar; charset=utf-8",
                                            cache: "public, max-age=3600", recursive: true)) { a, _ in a }
        publicResources.merge(try resources(under: paths.wheels, extension: "svg", prefix: "/wheel/",
                                            type: "image/svg+xml; charset=utf-8", cache: "public, max-age=3600",
                                            recursive: true)) { a, _ in a }
        // The current year's wheels in every language, for the page in each.
        let wheelYear = WheelPublisher.currentYear(plan, today: today)
        let wheelRenderer = try WheelRenderer(templates: templates)
        let wheelPlans = WheelPlans(plan)
        for language in Language.allCases {
            let layout = WheelLayout(rules: rules, language: language)
            for network in [nil] + rules.networks.map({ Optional($0.id) }) {
                let path = "/wheel/\(language.rawValue)/\(network ?? "all").svg"
                // The build's own language was just written to disk and loaded above.
                if language == self.language, let written = publicResources["/wheel/\(network ?? "all").svg"] {
                    publicResources[path] = written
                    continue
                }
                let drawing = layout.layout(wheelPlans.plan(year: wheelYear, network: network), year: wheelYear,
                                            today: today, networks: network.map { [$0] })
                let svg = wheelRenderer.render(drawing, language: language)
                publicResources[path] = SiteResource(
                    bytes: Array(svg.utf8), contentType: "image/svg+xml; charset=utf-8",
                    lastModified: Date(timeIntervalSince1970: TimeInterval(now)), cacheControl: "public, max-age=3600")
            }
        }
        for (name, type) in [("site.css", "text/css; charset=utf-8"), ("site.js", "text/javascript; charset=utf-8"),
                             ("workspace.css", "text/css; charset=utf-8")] {
            let asset = try templates.asset(name)
            publicResources["/static/\(name)"] = SiteResource(bytes: Array(asset.text.utf8), contentType: type,
                                                              lastModified: asset.file.map(modified)
                                                                ?? Date(timeIntervalSince1970: TimeInterval(now)),
                                                              cacheControl: "public, max-age=300")
        }
        // Archive years by network (`all` too), from the public archive feeds written.
        var archives: [String: [Int]] = [:]
        for path in publicResources.keys {
            guard let (id, year, _) = OutputPaths.site.archived(String(path.dropFirst())) else { continue }
            archives[id, default: []].append(year)
        }
        let page = SitePage(rules: rules, plan: plan, today: today, year: wheelYear, archives: archives.mapValues { $0.sorted() })
        let accents = page.networks.map { ".network-\($0.id) { --accent: \($0.color); }" }
        publicResources["/static/networks.css"] = SiteResource(
            bytes: Array((accents.joined(separator: "\n") + "\n").utf8), contentType: "text/css; charset=utf-8",
            lastModified: Date(timeIntervalSince1970: TimeInterval(now)), cacheControl: "public, max-age=300")

        var privateResources = try resources(under: paths.feeds, extension: "ics", prefix: "feeds/",
                                             type: "text/calendar; charset=utf-8", cache: "private, max-age=300")
        privateResources.merge(try resources(under: paths.feeds + "/people", extension: "ics", prefix: "feeds/people/",
                                             type: "text/calendar; charset=utf-8", cache: "private, max-age=300")) { a, _ in a }
        privateResources.merge(try resources(under: paths.feeds + "/archive", extension: "ics", prefix: "feeds/archive/",
                                             type: "text/calendar; charset=utf-8", cache: "private, max-age=3600",
                                             recursive: true)) { a, _ in a }
        var access: [String: Set<String>] = [:]
        for person in rules.people.keys { access[person] = ["feeds/people/\(person).ics"] }
        for network in rules.networks {
            for member in network.members { access[member.personID, default: []].insert("feeds/\(network.id).ics") }
        }
        // A network's members also reach its archive.
        for path in privateResources.keys {
            guard let id = OutputPaths.site.archived(path)?.id, let network = rules.network(id) else { continue }
            for member in network.members { access[member.personID, default: []].insert(path) }
        }
        let stored = try ProjectDatabase.openForReading(path: project.databasePath)
        let tokens = FeedToken.hashes(try stored?.tokens().map { ($0.personID, $0.tokenHash) } ?? [])
        return Site(publicResources: publicResources, privateResources: privateResources, access: access,
                    tokens: tokens, page: page, renderer: renderer,
                    builtAt: Date(), rules: rules, plan: plan, workspace: workspace)
    }

    /// Every file with `extension` in `out/<folder>` (and its year folders when
    /// `recursive`), by `prefix` + the path below the folder.
    private func resources(under folder: String, extension ext: String, prefix: String, type: String, cache: String,
                           recursive: Bool = false) throws -> [String: SiteResource] {
        let base = (out as NSString).appendingPathComponent(folder)
        let fm = FileManager.default
        var names = ((try? fm.contentsOfDirectory(atPath: base)) ?? []).filter { $0.hasSuffix("." + ext) }
        if recursive {
            for sub in (try? fm.contentsOfDirectory(atPath: base)) ?? [] where Int(sub) != nil {
                names += ((try? fm.contentsOfDirectory(atPath: base + "/" + sub)) ?? [])
                    .filter { $0.hasSuffix("." + ext) }.map { "\(sub)/\($0)" }
            }
        }
        var result: [String: SiteResource] = [:]
        for name in names {
            let path = base + "/" + name
            guard let data = fm.contents(atPath: path) else { continue }
            result[prefix + name] = SiteResource(bytes: Array(data), contentType: type, lastModified: modified(path),
                                                 cacheControl: cache)
        }
        return result
    }

    private func modified(_ path: String) -> Date {
        // Whole seconds: HTTP dates have no fractions, and If-Modified-Since compares them.
        Date(timeIntervalSince1970: (FileStatus(path: path)?.modified ?? Date().timeIntervalSince1970).rounded(.down))
    }
}
