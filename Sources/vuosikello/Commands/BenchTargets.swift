import Foundation

/// The speed targets (issue 16) beside a `bench` run's figures, each said met or not:
/// the verdicts are the benchmark's, never a timed unit test's. A figure not measured is left out.
struct BenchTargets {
    var firstBuild: Double?, firstPeakMB: Double?, feedRatio: Double?, unchangedRebuild: Double?
    var oneNetworkEdit: Double?, jsonShare: Double?, documentMS: Double?, largestFeedMB: Double?
    var perNetworkRatio: Double?

    var lines: [String] {
        let rows: [(String, Double?, Double, String)] = [
            ("first build", firstBuild, 5, "%.2f s"),
            ("first build's peak memory", firstPeakMB, 400, "%.0f MB"),
            ("feed work / libical alone", feedRatio, 1.3, "%.2f"),
            ("unchanged rebuild", unchangedRebuild, 2, "%.2f s"),
            ("one-network edit rebuild", oneNetworkEdit, 1, "%.2f s"),
            ("plan --format json: share rendering", jsonShare.map { $0 * 100 }, 30, "%.0f %%"),
            ("largest feed", largestFeedMB, 10, "%.2f MB"),
            ("documents, each (the example)", documentMS, 0.25, "%.3f ms"),
            ("time per network, largest / smallest", perNetworkRatio, 1.25, "%.2f"),
        ]
        return rows.compactMap { name, figure, limit, format in
            figure.map { figure in
                (name + ":").padding(toLength: 40, withPad: " ", startingAt: 0)
                    + (String(format: format, figure) + " ≤ " + String(format: format, limit))
                        .padding(toLength: 24, withPad: " ", startingAt: 0)
                    + (figure <= limit ? "met" : "NOT MET")
            }
        }
    }
}
