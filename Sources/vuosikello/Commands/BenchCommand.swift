import ArgumentParser
import Foundation
import Rendering
import Rules
import Scheduling
import Workloads

/// `vuosikello bench`: plans the shipped example and a synthetic national workload at
/// three sizes, each in a fresh process, and prints wall time, peak memory, the share
/// of `plan --format json` spent rendering the JSON, and meetings per second; then the
/// feeds (with the reference writer) and the example's documents. Build with
/// `-c release` first (scripts/bench does).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark planning: the example and a synthetic national workload (prints figures).")

    @Option(help: "Regions in the largest synthetic workload.")
    var regions = 21

    @Option(help: "Networks per region.")
    var networks = 40

    @Option(help: "Years to plan.")
    var years = 10

    @Option(help: "The example folder to time as well.")
    var example = "calendars/etela-savo"

    @Option(help: "Where to write the synthetic folders (default: a temporary folder).")
    var work: String?

    @Option(help: "How many times to run each case (the fastest run is reported).")
    var repeats = 3

    @Option(help: "Only write the synthetic workload of this many regions into this folder (for scripts/bench-workspace), and stop.")
    var writeWorkload: String?

    func run() throws {
        if let folder = writeWorkload {
            try SyntheticWorkload(regions: regions, networksPerRegion: networks, years: years).write(to: folder)
            return
        }
        let root = work ?? NSTemporaryDirectory() + "vuosikello-bench"
        var cases: [(name: String, folder: String, networks: Int, from: Int, to: Int)] = []
        if FileManager.default.fileExists(atPath: example) {
            cases.append(("etela-savo 2026–2029", example, 0, 2026, 2029))
        }
        let sizes = Array(Set([max(1, regions / 4), max(1, regions / 2), regions])).sorted()
        for size in sizes {
            let workload = SyntheticWorkload(regions: size, networksPerRegion: networks, years: years)
            let folder = "\(root)/national-\(size)"
            try workload.write(to: folder)
            cases.append(("\(size) regions × \(networks), \(years) y", folder, size * networks, workload.firstYear,
                          workload.lastYear))
        }
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        Console.out(pad("case", 30) + pad("networks", 10) + pad("meetings", 10) + pad("wall s", 9) + pad("plan s", 9)
                    + pad("peak MB", 9) + pad("JSON %", 8) + "meetings/s\n")
        var perNetwork: [(Int, Double)] = []
        var verdicts = BenchTargets()
        for c in cases {
            var best: (wall: Double, figures: [String: Double])?
            for _ in 0..<max(1, repeats) {
                let started = Date()
                let output = try runChild(executable, ["bench-run", c.folder, "--from", String(c.from), "--to", String(c.to)])
                let wall = Date().timeIntervalSince(started)
                guard let data = output.data(using: .utf8),
                      let figures = try JSONSerialization.jsonObject(with: data) as? [String: Double] else {
                    throw ValidationError("bench-run gave no figures for \(c.folder): \(output)")
                }
                if best == nil || wall < best!.wall { best = (wall, figures) }
            }
            let f = best!.figures
            let meetings = f["meetings"] ?? 0
            let plan = (f["load"] ?? 0) + (f["schedule"] ?? 0) + (f["render"] ?? 0)
            let networkCount = Int(f["networks"] ?? 0)
            Console.out(pad(c.name, 30) + pad(String(networkCount), 10) + pad(String(Int(meetings)), 10)
                        + pad(String(format: "%.3f", best!.wall), 9) + pad(String(format: "%.3f", plan), 9)
                        + pad(String(format: "%.0f", f["peakMB"] ?? 0), 9)
                        + pad(String(format: "%.0f", 100 * (f["render"] ?? 0) / max(plan, 1e-9)), 8)
                        + String(format: "%.0f", meetings / max(best!.wall, 1e-9))
                        + ((f["errors"] ?? 0) > 0 ? "   (\(Int(f["errors"]!)) rules could not be met)" : "") + "\n")
            if c.networks > 0 { perNetwork.append((c.networks, best!.wall / Double(c.networks))) }
            verdicts.jsonShare = (f["render"] ?? 0) / max(plan, 1e-9)
        }
        if let smallest = perNetwork.first, let largest = perNetwork.last, perNetwork.count > 1 {
            Console.out(String(format: "time per network: %.2f ms at %d networks, %.2f ms at %d networks (ratio %.2f; 1.00 is linear)\n",
                               smallest.1 * 1000, smallest.0, largest.1 * 1000, largest.0, largest.1 / smallest.1))
            verdicts.perNetworkRatio = largest.1 / smallest.1
        }
        var feedCases = cases.map { ($0.name, $0.folder, $0.from, $0.to, Optional<String>.none) }
        // The largest workload lived in: half-way through its years, with the years before archived.
        if let last = cases.last, last.networks > 0 {
            let middle = last.from + (last.to - last.from + 1) / 2
            feedCases.append(("\(last.name), today \(middle)-07-01", last.folder, last.from, last.to, "\(middle)-07-01"))
        }
        let (written, feeds) = try benchFeeds(feedCases, root: root, executable: executable)
        // Every folder written is removed at the end, none between cases: on ext4 without a
        // journal (this machine's), a file created within a minute of deleting thousands
        // (five minutes while the deletions are not written back) is given an inode only after
        // every recently deleted one is passed over, one at a time (`recently_deleted` in the
        // kernel's fs/ext4/ialloc.c), and the next case's files then cost several times more.
        var leftovers = written
        defer { for folder in leftovers { try? FileManager.default.removeItem(atPath: folder) } }
        if let national = cases.last, national.networks > 0, let first = feeds[national.name] {
            (verdicts.firstBuild, verdicts.firstPeakMB, verdicts.unchangedRebuild, verdicts.feedRatio) =
                (first.wall, first.peakMB, first.rebuild, first.ratio)
            verdicts.largestFeedMB = feeds.values.map(\.largestMB).max()
            verdicts.oneNetworkEdit = try benchEdit(national.folder, from: national.from, to: national.to, root: root,
                                                    executable: executable, writing: &leftovers)
        }
        if let first = cases.first, first.networks == 0 {
            verdicts.documentMS = try benchDocuments(first.folder, from: first.from, to: first.to, root: root,
                                                     executable: executable)
        }
        Console.out("\ntargets (the largest workload; the server's are in scripts/bench-server and scripts/bench-workspace)\n")
        for line in verdicts.lines { Console.out(line + "\n") }
    }

    /// A one-network edit on a copy of the workload: built once, then the first network's
    /// Finnish title changed (every event of that network changes) and built again, timed.
    /// The folders it writes are added to `written`, for the caller to remove once everything is timed.
    private func benchEdit(_ folder: String, from: Int, to: Int, root: String, executable: String,
                           writing written: inout [String]) throws -> Double {
        let copy = "\(root)/edit-\(UUID().uuidString)", out = copy + "-out"
        written += [copy, out]
        try FileManager.default.copyItem(atPath: folder, toPath: copy)
        let arguments = ["bench-run", copy, "--from", String(from), "--to", String(to), "--feeds", out]
        _ = try runChild(executable, arguments)
        let networks = copy + "/networks"
        guard let name = try FileManager.default.contentsOfDirectory(atPath: networks).sorted().first else { return 0 }
        let file = networks + "/" + name
        let text = try String(contentsOfFile: file, encoding: .utf8)
        guard let range = text.range(of: "  fi: ") else { throw ValidationError("\(file) has no Finnish title") }
        try text.replacingCharacters(in: range, with: "  fi: Uusi nimi, ").write(toFile: file, atomically: true, encoding: .utf8)
        let started = Date()
        let output = try runChild(executable, arguments)
        let wall = Date().timeIntervalSince(started)
        let figures = output.data(using: .utf8)
            .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Double] } ?? [:]
        Console.out(String(format: "\none-network edit (%@'s title): rebuild %.3f s, %d files rewritten\n",
                           (name as NSString).deletingPathExtension, wall, Int(figures["written"] ?? 0)))
        // Where the edit's time went, so that the next step is chosen from figures.
        let phases = ["load", "phase.state-read", "phase.schedule", "phase.events", "phase.reconcile", "phase.layout",
                      "phase.save", "phase.feeds"]
            .compactMap { key in
                figures[key].map { "\(key.replacingOccurrences(of: "phase.", with: "")) " + String(format: "%.2f", $0) }
            }
        if !phases.isEmpty { Console.out("  phases (s): " + phases.joined(separator: ", ") + "\n") }
        return wall
    }

    /// The example's agendas and minutes in every format (`build`'s documents phase): into
    /// an empty folder, then again with nothing changed; time per document, best of the
    /// repeats. Each first build gets a folder of its own, removed only at the end: on ext4,
    /// creating thousands of files right after deleting as many costs several times more.
    private func benchDocuments(_ folder: String, from: Int, to: Int, root: String, executable: String) throws -> Double {
        Console.out("\ndocuments (vuosikello build, every format)\n")
        Console.out(pad("case", 44) + pad("documents", 11) + pad("written", 9) + pad("phase s", 9) + "ms each\n")
        let base = "\(root)/documents-\((folder as NSString).lastPathComponent)"
        let outs = (0..<max(1, repeats)).map { "\(base)-\($0)-\(UUID().uuidString)" }
        defer { for out in outs { try? FileManager.default.removeItem(atPath: out) } }
        var firstEach = 0.0
        for rebuild in [false, true] {
            var best: [String: Double]?
            for out in outs {
                let output = try runChild(executable, ["bench-run", folder, "--from", String(from), "--to", String(to),
                                                       "--feeds", out, "--documents"])
                guard let data = output.data(using: .utf8),
                      let f = try JSONSerialization.jsonObject(with: data) as? [String: Double] else {
                    throw ValidationError("bench-run --documents gave no figures for \(folder): \(output)")
                }
                if best == nil || f["phase.documents"] ?? 0 < best!["phase.documents"] ?? 0 { best = f }
            }
            let f = best!
            let seconds = f["phase.documents"] ?? 0, count = f["documents"] ?? 0
            Console.out(pad((folder as NSString).lastPathComponent + (rebuild ? ", nothing changed" : ", empty folder"), 44)
                        + pad(String(Int(count)), 11) + pad(String(Int(f["documentsWritten"] ?? 0)), 9)
                        + pad(String(format: "%.3f", seconds), 9)
                        + String(format: "%.3f", 1000 * seconds / max(count, 1)) + "\n")
            if !rebuild { firstEach = 1000 * seconds / max(count, 1) }
        }
        return firstEach
    }

    /// `build` for each case: a first build into an empty folder, then an unchanged rebuild;
    /// the largest feed written (the subscribed feeds carry the rules' window, `feeds:`).
    /// Returns the folders written (the builds' and the reference writer's), for the caller
    /// to remove once everything is timed: each first build gets a folder of its own, since
    /// on ext4 creating thousands of files within minutes of deleting as many costs several
    /// times more (the file system skips the recently freed inodes one by one), which no
    /// coordinator's first build meets.
    private func benchFeeds(_ cases: [(name: String, folder: String, from: Int, to: Int, today: String?)], root: String,
                            executable: String) throws -> (folders: [String], figures: [String: FeedFigures]) {
        var written: [String] = []
        var results: [String: FeedFigures] = [:]
        Console.out("\nfeeds (vuosikello build)\n")
        Console.out(pad("case", 44) + pad("events", 10) + pad("files", 7) + pad("wall s", 9) + pad("peak MB", 9)
                    + pad("rebuild s", 11) + pad("peak MB", 9) + pad("rewritten", 11) + pad("largest MB", 12)
                    + pad("all MB", 8) + pad("feed s", 8) + pad("libical s", 11) + "ratio\n")
        for (index, c) in cases.enumerated() {
            let out = "\(root)/feeds-\(index)-\((c.folder as NSString).lastPathComponent)-\(UUID().uuidString)"
            written += [out, out + "-reference"]
            // The first build, with the reference writer after it in the same process, is made
            // `repeats` times, each into a folder of its own, and the best of each figure kept:
            // the feed phases take a fraction of a second, and one run's ratio varied from 0.8
            // to 3 with the file system. A case lived in is then built twice more: the second
            // is the first to read the history the first build stored for the years behind
            // today, and the last is the unchanged rebuild.
            func build(into folder: String, reference: Bool) throws -> (wall: Double, figures: [String: Double]) {
                let started = Date()
                let output = try runChild(executable, ["bench-run", c.folder, "--from", String(c.from), "--to", String(c.to),
                                                       "--feeds", folder] + (c.today.map { ["--today", $0] } ?? [])
                                                      + (reference ? ["--reference"] : []))
                // The build's own time: the reference writer runs after it, in the same process.
                let wall = Date().timeIntervalSince(started) - (reference ? referenceTime(output) : 0)
                guard let data = output.data(using: .utf8),
                      let f = try JSONSerialization.jsonObject(with: data) as? [String: Double] else {
                    throw ValidationError("bench-run --feeds gave no figures for \(c.folder): \(output)")
                }
                return (wall, f)
            }
            var firsts: [(wall: Double, figures: [String: Double])] = []
            for k in 0..<max(1, repeats) {
                let folder = k == 0 ? out : "\(out)-\(k)"
                if k > 0 { written += [folder, folder + "-reference"] }
                firsts.append(try build(into: folder, reference: true))
            }
            let fastest = firsts.min { $0.wall < $1.wall }!
            var walls = [fastest.wall], figures = [fastest.figures]
            for _ in 0..<(c.today == nil ? 1 : 2) {
                let rebuilt = try build(into: out, reference: false)
                walls.append(rebuilt.wall)
                figures.append(rebuilt.figures)
            }
            let feedWork = firsts.map { Self.feedWork($0.figures) }.min()!
            let reference = firsts.map { $0.figures["reference"] ?? 0 }.min()!
            let mismatches = firsts.map { $0.figures["referenceMismatches"] ?? 0 }.max()!
            Console.out(pad(c.name, 44) + pad(String(Int(figures[0]["events"] ?? 0)), 10)
                        + pad(String(Int(figures[0]["written"] ?? 0)), 7) + pad(String(format: "%.3f", walls[0]), 9)
                        + pad(String(format: "%.0f", figures[0]["peakMB"] ?? 0), 9)
                        + pad(String(format: "%.3f", walls.last!), 11)
                        + pad(String(format: "%.0f", figures.last!["peakMB"] ?? 0), 9)
                        + pad(String(Int(figures.last!["written"] ?? 0)), 11)
                        + pad(String(format: "%.2f", figures[0]["largestMB"] ?? 0), 12)
                        + pad(String(format: "%.0f", figures[0]["totalMB"] ?? 0), 8)
                        + pad(String(format: "%.3f", feedWork), 8)
                        + pad(String(format: "%.3f", reference), 11)
                        + String(format: "%.2f", feedWork / max(reference, 1e-9))
                        + (mismatches > 0 ? "   (\(Int(mismatches)) files differ from the reference's)" : "")
                        + "\n")
            results[c.name] = FeedFigures(
                wall: walls[0], peakMB: figures[0]["peakMB"] ?? 0, rebuild: walls.last!,
                largestMB: figures.map { $0["largestMB"] ?? 0 }.max() ?? 0,
                ratio: feedWork / max(reference, 1e-9))
        }
        return (written, results)
    }

    /// One feed case's figures, for the targets.
    struct FeedFigures {
        var wall: Double, peakMB: Double, rebuild: Double, largestMB: Double, ratio: Double
    }

    /// What the build spends turning events into feed files: composing and serializing
    /// them and writing the files (the `render-*` and `write-*` phases), the part the
    /// reference writer does with libical alone.
    static func feedWork(_ figures: [String: Double]) -> Double {
        figures.filter { $0.key.hasPrefix("phase.render-") || $0.key.hasPrefix("phase.write-") }.values.reduce(0, +)
    }

    private func referenceTime(_ output: String) -> Double {
        guard let data = output.data(using: .utf8),
              let f = try? JSONSerialization.jsonObject(with: data) as? [String: Double] else { return 0 }
        return f["referenceOverall"] ?? 0
    }

    private func runChild(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}
