import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// Writes the annual wheels under `wheel/` (`wheel/sv/` in Swedish, see `OutputPaths`): `all.svg` and `<network>.svg` for the
/// current year (today's, or the plan's first when today is outside it), and the same
/// for every planned year under `wheel/<year>/`. Unchanged files are not rewritten, and a
/// wheel whose drawing, template and program are as the last build recorded them
/// (`published`) is not even rendered.
public struct WheelPublisher {
    /// What a build wrote: how many files, and the records of the wheels drawn again.
    public struct Written {
        public var files = 0
        public var records: [PublishedFileRecord] = []
        /// Recorded wheels of this language the plan no longer has.
        public var forgotten: [String] = []
    }

    public let layout: WheelLayout
    public let renderer: WheelRenderer
    public let folder: String
    /// The wheels' folder in the output folder (`wheel`, `wheel/sv`): records are named from there.
    private let wheelsPath: String

    public init(rules: RuleSet, language: Language, templates: TemplateLibrary, folder: String) throws {
        layout = WheelLayout(rules: rules, language: language)
        renderer = try WheelRenderer(templates: templates)
        wheelsPath = OutputPaths(language).wheels
        self.folder = (folder as NSString).appendingPathComponent(wheelsPath)
    }

    /// The year the undated wheels show.
    public static func currentYear(_ plan: Plan, today: Day) -> Int {
        (plan.firstYear...plan.lastYear).contains(today.year) ? today.year : plan.firstYear
    }

    /// - Parameter published: the files as the last build recorded them (`ProjectDatabase.publishedFiles`).
    @discardableResult
    public func write(_ plan: Plan, today: Day, published: [String: PublishedFileRecord] = [:]) throws -> Written {
        let current = Self.currentYear(plan, today: today)
        let networks = [nil] + layout.rules.networks.map { Optional($0.id) }
        // Each wheel is drawn once; the current year's goes to two places.
        var jobs: [(year: Int, network: String?, paths: [String])] = []
        for network in networks {
            let name = "\(network ?? "all").svg"
            for year in plan.firstYear...plan.lastYear {
                let dated = "\(folder)/\(year)/\(name)"
                jobs.append((year, network, year == current ? ["\(folder)/\(name)", dated] : [dated]))
            }
        }
        let layout = self.layout, renderer = self.renderer, all = jobs, parts = WheelPlans(plan)
        let names = all.map { "\(wheelsPath)/\($0.year)/\($0.network ?? "all")" }
        let drawn = try parallelMap(all.count) { i -> (files: Int, record: PublishedFileRecord?) in
            let job = all[i]
            let drawing = layout.layout(parts.plan(year: job.year, network: job.network), year: job.year, today: today,
                                        networks: job.network.map { [$0] })
            // The drawing decides every shape and word; the template and the program the rest.
            let print = try BuildPrint.print(of: drawing, templates: [(layout.language.rawValue, renderer.template.print)])
            let labels = job.paths.map { _ in "svg" }
            if BuildPrint.unchanged(published[names[i]], print: print, paths: job.paths, labels: labels) {
                return (0, nil)
            }
            let svg = Data(renderer.render(drawing, language: layout.language).utf8)
            let files = try job.paths.filter { try AtomicFile.write(svg, to: $0) }.count
            return (files, BuildPrint.record(names[i], print: print, sizes: labels.map { _ in svg.count }, labels: labels))
        }
        return Written(files: drawn.map(\.files).reduce(0, +), records: drawn.compactMap(\.record),
                       forgotten: BuildPrint.forgotten(published.keys, under: wheelsPath, current: Set(names)))
    }
}
