import ArgumentParser
import Foundation
import Rendering
import Rules
import Scheduling
import Workloads

/// The measured child of `bench`: load, plan and render one folder, then print the
/// figures of this process as JSON.
struct BenchRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-run", shouldDisplay: false)

    @Argument var folder: String
    @Option var from: Int
    @Option var to: Int

    func run() throws {
        let t0 = Date()
        guard let rules = RuleLoader().load(folder: folder).rules else {
            throw ValidationError("the rules in \(folder) do not load; run vuosikello check")
        }
        let t1 = Date()
        let plan = Scheduler().plan(SchedulingInput(rules: rules, firstYear: from, lastYear: to))
        let t2 = Date()
        let sink = BufferedOutput(nil)
        var stream = sink
        try PlanJSON(rules: rules, language: .fi).write(plan, to: &stream)
        let t3 = Date()
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let figures: [String: Double] = [
            "load": t1.timeIntervalSince(t0), "schedule": t2.timeIntervalSince(t1), "render": t3.timeIntervalSince(t2),
            "meetings": Double(plan.meetings.count), "tasks": Double(plan.tasks.count),
            "networks": Double(rules.networks.count), "problems": Double(plan.problems.count),
            "bytes": Double(sink.bytes), "peakMB": Double(usage.ru_maxrss) / 1024,
        ]
        let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
        Console.out(String(decoding: data, as: UTF8.self) + "\n")
    }
}
