import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Rendering
import Rules
import Scheduling
import Storage

/// The pages that show the year: the plan list, a meeting, a month, the audit log, documents.
extension WorkspaceRoutes {
    // MARK: Pages

    func pages(_ context: WorkspaceContext) -> WorkspacePages {
        WorkspacePages(site: watcher.current, language: context.language(default: defaultLanguage),
                       account: context.identity!)
    }

    func planPage(_ request: Request, _ context: WorkspaceContext, cacheKey: String? = nil) -> Response {
        var parameters: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { parameters[String(name)] = String(value) }
        let page = Int(parameters["page"] ?? "") ?? 1
        return render(.plan, pages(context).plan(PlanFilter(query: parameters), page: page), context, current: "plan",
                      cacheKey: cacheKey)
    }

    func meetingPage(key: String, _ context: WorkspaceContext, done: String? = nil, problem: String? = nil,
                     asked: (date: String, time: String)? = nil, proposals: [MeetingActs.Slot]? = nil,
                     status: HTTPResponse.Status = .ok, cacheKey: String? = nil) throws -> Response {
        let site = watcher.current
        guard let meeting = site.plan.meeting(key) else { throw HTTPError(.notFound) }
        let acts = MeetingActs(rules: site.rules, plan: site.plan, database: database)
        let mayMove = context.identity!.mayAct(on: meeting.networkID) && meeting.day >= site.today
        let agenda = try documents(site, context).document(.agenda, for: meeting)
        let values = pages(context).meeting(
            meeting, agenda: agenda, extras: try database.agendaItems(key), proposals: proposals ?? (mayMove && !meeting.isCancelled ? acts.proposals(meeting) : []),
            history: try database.auditLog(target: key, limit: 50), stored: try database.overrides()[key],
            answers: try database.answers(meeting: key), problem: problem, asked: asked, done: done.flatMap(words(context).done))
        return render(.meeting, values, context, status: status, back: WorkspacePaths.meeting(key), cacheKey: cacheKey)
    }

    func monthPage(_ request: Request, _ context: WorkspaceContext, cacheKey: String? = nil) -> Response {
        let query = request.uri.queryParameters, today = watcher.current.today
        let year = query["year"].flatMap { Int(String($0)) }.map { min(max($0, 1900), 2200) } ?? today.year
        let month = query["month"].flatMap { Int(String($0)) }.map { min(max($0, 1), 12) } ?? today.month
        let network = query["network"].map(String.init).flatMap { watcher.current.rules.network($0)?.id }
        return render(.month, pages(context).month(year: year, month: month, network: network), context, current: "month",
                      back: WorkspacePaths.month(year: year, month: month, network: network), cacheKey: cacheKey)
    }

    func auditPage(_ context: WorkspaceContext) throws -> Response {
        let pages = pages(context)
        let entries = try database.auditLog()
        return render(.audit, ["title": words(context).table["audit"]!, "hasEntries": !entries.isEmpty,
                               "entries": entries.map(pages.historyRow)], context, current: "audit",
                      back: WorkspacePaths.audit)
    }

    /// The meetings' documents in the page's language, with the open actions as they stand.
    func documents(_ site: Site, _ context: WorkspaceContext) throws -> MeetingDocuments {
        MeetingDocuments(rules: site.rules, language: context.language(default: defaultLanguage), plan: site.plan,
                         actions: try database.actions(), answers: try database.allAnswers(),
                         proposals: try database.proposals(), templates: watcher.builder.templates)
    }

    /// An agenda draft or minutes template (md, html for printing, docx, or pdf when
    /// LibreOffice is installed), made now from the current plan: for the signed-in only,
    /// since it names people.
    func document(_ request: Request, _ context: WorkspaceContext) throws -> Response {
        let query = request.uri.queryParameters
        let site = watcher.current
        let asked = query["format"].map(String.init)
        let pdf = asked == "pdf" ? PDFConverter.installed : nil
        guard let key = query["key"].map(String.init), let meeting = site.plan.meeting(key),
              let kind = query["kind"].flatMap({ DocumentKind(rawValue: String($0)) }),
              let format = pdf != nil ? .docx : asked.flatMap(DocumentFormat.init(rawValue:)) else {
            throw HTTPError(.notFound)
        }
        var data = try documents(site, context).render(kind, for: meeting, format: format)
        var name = DocumentPublisher.fileName(meeting, kind, format)
        if let pdf {
            data = try pdf.convert(data, name: "\(meeting.networkID)-\(kind.rawValue)")
            name = String(name.dropLast(4)) + "pdf"
        }
        return WorkspaceResponses.file(data, name: name)
    }

    /// The year a page asks for (`?year=`) among the plan's years: this year, or the plan's
    /// first, when it asks for none or for one the plan does not have.
    static func year(_ request: Request, _ site: Site) -> Int {
        let years = site.plan.firstYear...site.plan.lastYear
        return request.uri.queryParameters["year"].flatMap { Int(String($0)) }.flatMap { years.contains($0) ? $0 : nil }
            ?? (years.contains(site.today.year) ? site.today.year : years.lowerBound)
    }

    /// The annual wheel of any year the plan has, all networks or one, drawn into the page
    /// so that every marker links to its meeting.
    func wheelPage(_ request: Request, _ context: WorkspaceContext, cacheKey: String? = nil) throws -> Response {
        let site = watcher.current, query = request.uri.queryParameters
        let years = Array(site.plan.firstYear...site.plan.lastYear)
        let year = Self.year(request, site)
        let network = query["network"].map(String.init).flatMap { site.rules.network($0)?.id }
        let language = context.language(default: defaultLanguage)
        let drawing = WheelLayout(rules: site.rules, language: language)
            .layout(site.plan, year: year, today: site.today, networks: network.map { [$0] })
        let svg = try WheelRenderer(templates: watcher.builder.templates)
            .render(drawing, language: language, link: WorkspacePaths.meeting, discOnly: true)
        var values = pages(context).wheel(years: years, year: year, network: network, drawing: drawing)
        values["svg"] = svg
        return render(.wheel, values, context, current: "wheel", back: WorkspacePaths.wheel, cacheKey: cacheKey)
    }
}
