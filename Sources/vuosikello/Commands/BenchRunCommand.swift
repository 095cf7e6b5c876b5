import ArgumentParser
import Foundation
import Publishing
import Rendering
import Rules
import Scheduling
import Storage

/// The measured child of `bench`: load and plan one folder, then render the plan as
/// JSON or (with `--feeds`) publish the feeds as `build` does; prints this process's
/// figures as JSON.
struct BenchRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-run", shouldDisplay: false)

    @Argument var folder: String
    @Option var from: Int
    @Option var to: Int
    @Option(help: "Build the feeds into this folder (its state.sqlite keeps the published state).")
    var feeds: String?
    @Option(help: "Today (YYYY-MM-DD); default the first planned day.")
    var today: String?
    @Flag(help: "With --feeds, write every meeting's agenda and minutes in every format too.")
    var documents = false
    @Flag(help: "With --feeds, then write the same feed files again with libical alone (the reference writer), timed.")
    var reference = false

    /// Today for a benchmark: the first planned day unless asked, so that nothing is history yet.
    var day: Day { today.flatMap { Day(iso: $0) } ?? Day.firstOf(month: 1, year: from) }

    func run() throws {
        var figures: [String: Double] = [:]
        let t0 = Date()
        guard let rules = RuleLoader().load(folder: folder).rules else {
            throw ValidationError("the rules in \(folder) do not load; run vuosikello check")
        }
        let t1 = Date()
        figures["load"] = t1.timeIntervalSince(t0)
        if let feeds {
            // A workload whose rules cannot be met says so in words, as `build` does.
            try guarded(.en) { try publish(rules, into: feeds, figures: &figures) }
        } else {
            let plan = Project.plan(rules, years: from...to, state: PlanState(today: day))
            let t2 = Date()
            let sink = BufferedOutput(nil)
            var stream = sink
            PlanJSON(rules: rules, language: .fi).write(plan, to: &stream)
            figures["schedule"] = t2.timeIntervalSince(t1)
            figures["render"] = Date().timeIntervalSince(t2)
            figures["meetings"] = Double(plan.meetings.count)
            figures["tasks"] = Double(plan.tasks.count)
            figures["problems"] = Double(plan.problems.count)
            figures["errors"] = Double(plan.problems.filter { $0.severity == .error }.count)
            figures["bytes"] = Double(sink.bytes)
        }
        figures["networks"] = Double(rules.networks.count)
        if figures["peakMB"] == nil {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            figures["peakMB"] = Double(usage.ru_maxrss) / 1024
        }
        let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
        Console.out(String(decoding: data, as: UTF8.self) + "\n")
    }

    /// What `vuosikello build` does: its feeds, and with `--documents` the agendas and
    /// minutes (the wheels are left out).
    private func publish(_ rules: RuleSet, into out: String, figures: inout [String: Double]) throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let project = Project(rulesFolder: folder, databasePath: out + "/state.sqlite")
        let t1 = Date()
        var options = ProjectBuild.Options(out: out, language: .fi, years: from...to,
                                           documents: documents ? DocumentFormat.allCases : [], wheels: false,
                                           today: day, now: 1_790_000_000)
        options.keepsUnchangedFeeds = !reference  // the reference writer writes the build's events
        let result = try ProjectBuild(project: project, rules: rules).run(options)
        figures["schedule"] = result.timings["schedule"] ?? 0
        figures["feeds"] = Date().timeIntervalSince(t1) - figures["schedule"]!
        figures["meetings"] = Double(result.plan.meetings.count)
        figures["events"] = Double(result.feeds.events)
        figures["written"] = Double(result.feeds.feeds.count)
        figures["unchanged"] = Double(result.feeds.unchanged)
        if let report = result.documents {
            figures["documents"] = Double(report.written + report.unchanged)
            figures["documentsWritten"] = Double(report.written)
        }
        // The largest feed on disk (subscribed or archive) and every feed's bytes together.
        var largest = 0, total = 0
        let enumerator = FileManager.default.enumerator(atPath: out + "/feeds")
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".ics"),
                  let size = FileStatus(path: out + "/feeds/" + path)?.size
            else { continue }
            largest = max(largest, size)
            total += size
        }
        figures["largestMB"] = Double(largest) / 1e6
        figures["totalMB"] = Double(total) / 1e6
        for (phase, seconds) in result.timings { figures["phase." + phase] = seconds }
        if reference, let publication = result.feeds.publication {
            try writeReference(publication, out: out, figures: &figures)
        }
        releaseInBackground(consume result)  // as `build` does
    }

    /// The reference writer's time for the files this build wrote, and how many of its
    /// files differ from the build's (0: it wrote the same bytes). The peak memory is taken
    /// before, so that it stays the build's. Its files are left beside the build's (`OUT-reference`)
    /// for `bench` to remove once everything is timed (see `BenchCommand.benchFeeds`).
    private func writeReference(_ publication: FeedPublisher.Publication, out: String,
                                figures: inout [String: Double]) throws {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        figures["peakMB"] = Double(usage.ru_maxrss) / 1024
        let decided = Date()
        defer { figures["referenceOverall"] = Date().timeIntervalSince(decided) }
        let writer = ReferenceFeedWriter(publication)
        figures["referenceFields"] = Date().timeIntervalSince(decided)
        figures["referenceEvents"] = Double(writer.eventCount)
        let folder = out + "-reference"
        try? FileManager.default.removeItem(atPath: folder)
        figures["reference"] = try writer.write(into: folder)
        figures["referenceFiles"] = Double(writer.paths.count)
        figures["referenceMismatches"] = Double(writer.paths.filter {
            FileManager.default.contents(atPath: out + "/" + $0) != FileManager.default.contents(atPath: folder + "/" + $0)
        }.count)
    }
}
