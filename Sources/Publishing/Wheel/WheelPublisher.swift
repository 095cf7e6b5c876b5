import Foundation
import Rendering
import Rules
import Scheduling

/// Writes the annual wheels under `wheel/` (`wheel/sv/` in Swedish, see `OutputPaths`): `all.svg` and `<network>.svg` for the
/// current year (today's, or the plan's first when today is outside it), and the same
/// for every planned year under `wheel/<year>/`. Unchanged files are not rewritten.
public struct WheelPublisher {
    public let layout: WheelLayout
    public let renderer: WheelRenderer
    public let folder: String

    public init(rules: RuleSet, language: Language, templates: TemplateLibrary, folder: String) throws {
        layout = WheelLayout(rules: rules, language: language)
        renderer = try WheelRenderer(templates: templates)
        self.folder = (folder as NSString).appendingPathComponent(OutputPaths(language).wheels)
    }

    /// The year the undated wheels show.
    public static func currentYear(_ plan: Plan, today: Day) -> Int {
        (plan.firstYear...plan.lastYear).contains(today.year) ? today.year : plan.firstYear
    }

    /// Returns how many files were written.
    @discardableResult
    public func write(_ plan: Plan, today: Day) throws -> Int {
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
        let wrote = try parallelMap(all.count) { i in
            let job = all[i]
            let drawing = layout.layout(parts.plan(year: job.year, network: job.network), year: job.year, today: today,
                                        networks: job.network.map { [$0] })
            let svg = Data(renderer.render(drawing, language: layout.language).utf8)
            return try job.paths.filter { try AtomicFile.write(svg, to: $0) }.count
        }
        return wrote.reduce(0, +)
    }
}
