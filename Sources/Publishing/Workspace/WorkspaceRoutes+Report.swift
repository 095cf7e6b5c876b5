import Foundation
import HTTPTypes
import Hummingbird
import Rendering
import Rules
import Scheduling
import Storage

/// The monitoring report in the workspace: the same figures as `vuosikello report`, with
/// attendance by person for the coordinator, the report's files to download, and the
/// coordinator's "done" mark for the year's tasks.
extension WorkspaceRoutes {
    /// The year and networks a report request asks for, within what the plan has.
    private func reportChoice(_ request: Request, _ site: Site) -> (year: Int, networks: [String]) {
        let networks = request.uri.queryParameters.getAll("network").compactMap { site.rules.network(String($0))?.id }
        return (Self.year(request, site), networks)
    }

    private func yearReport(_ site: Site, year: Int, networks: [String], _ language: Language) throws -> YearReport {
        YearReportBuilder(rules: site.rules, plan: site.plan, facts: try ReportFacts.load(database), language: language)
            .report(year: year, networks: networks.isEmpty ? nil : Set(networks))
    }

    func reportPage(_ request: Request, _ context: WorkspaceContext, done: String? = nil, cacheKey: String? = nil) throws -> Response {
        let site = watcher.current
        let (year, networks) = reportChoice(request, site)
        let language = context.language(default: defaultLanguage)
        let account = context.identity!
        let report = try yearReport(site, year: year, networks: networks, language)
        let sections = ReportSections(language: language, includePeople: account.isCoordinator)
            .sections(report, people: site.rules.people.mapValues { $0.shownName(language) })
        let renderer = ReportRenderer(language: language, templates: watcher.builder.templates)
        let scope = networks.compactMap { site.rules.network($0)?.title.text(language) }
        var values = renderer.context(sections, report, scope: scope)
        values.merge(pages(context).report(years: Array(site.plan.firstYear...site.plan.lastYear), year: year,
                                           networks: networks, report: report, mayMarkTasks: account.isCoordinator,
                                           done: done.flatMap(words(context).done))) { _, new in new }
        return render(.report, values, context, current: "report", back: WorkspacePaths.report(year: year, networks: networks),
                      cacheKey: cacheKey)
    }

    /// The report as a file (Word, HTML, Markdown, CSV, JSON): never with people in it.
    func reportFile(_ request: Request, _ context: WorkspaceContext) throws -> Response {
        let site = watcher.current
        let (year, networks) = reportChoice(request, site)
        guard let format = request.uri.queryParameters["format"].flatMap({ ReportRenderer.Format(rawValue: String($0)) }) else {
            throw HTTPError(.notFound)
        }
        let language = context.language(default: defaultLanguage)
        let report = try yearReport(site, year: year, networks: networks, language)
        let scope = networks.compactMap { site.rules.network($0)?.title.text(language) }
        let data = try ReportRenderer(language: language, templates: watcher.builder.templates)
            .render(report, format: format, scope: scope)
        return WorkspaceResponses.file(data, name: ReportRenderer.fileName(year, format))
    }

    /// Marks a task done today, or takes the mark back: the coordinator's, logged.
    func changeTask(_ context: WorkspaceContext, done: Bool) async throws -> Response {
        let site = watcher.current
        guard let key = context.form["key"], site.plan.tasks.contains(where: { !$0.isDeadline && $0.key == key }) else {
            throw HTTPError(.notFound)
        }
        let actor = context.identity!.id, today = site.today
        try await acts.perform(watcher) { _ in
            done ? try database.markTaskDone(key, on: today, by: actor) : try database.reopenTask(key, by: actor)
        }
        let back = Self.safeNext(context.form["back"] ?? WorkspacePaths.report)
        return WorkspaceResponses.redirect(back + (back.contains("?") ? "&" : "?") + "done=" + (done ? "taskDone" : "taskReopened"))
    }
}
