import Crypto
import Foundation
import Rules
import Scheduling
import Storage

/// Rule files edited in the browser. An edit is checked with the whole folder, exactly as
/// `vuosikello check` reads it (the edited text standing in for the file), then previewed
/// as a plan diff against the plan being served; it is saved only when the folder checks,
/// only if the file is still as it was when the editor opened it (else someone saved in
/// between), with the previous text kept as a version. The YAML files stay the single
/// source of truth: an edit by hand is what the next editor opens.
struct RuleEditor {
    let folder: String
    let database: ProjectDatabase

    /// Why a save did not happen.
    enum Refusal: Error {
        /// The folder does not check with this text.
        case invalid([Diagnostic])
        /// The file changed since the editor opened it.
        case changedMeanwhile
    }

    /// The files a coordinator edits, inside the folder: calendar, people, places, networks.
    func files() -> [String] {
        let fixed = ["calendar.yaml", "people.yaml", "places.yaml"].filter { exists($0) }
        let networks = ((try? FileManager.default.contentsOfDirectory(atPath: path("networks"))) ?? [])
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }.sorted()
            .map { "networks/" + $0 }
        return fixed + networks
    }

    /// Whether `file` names one of the rule files (or a new network file): nothing else is ever read or written.
    func isRuleFile(_ file: String, new: Bool = false) -> Bool {
        if files().contains(file) { return true }
        guard new, file.hasPrefix("networks/"), file.hasSuffix(".yaml") else { return false }
        // The loader's own rule for a network id (letters a–z, digits, hyphens; not a reserved word).
        return Network.isValidNewID(String(file.dropFirst("networks/".count).dropLast(".yaml".count)))
    }

    func text(_ file: String) -> String? {
        FileManager.default.contents(atPath: path(file)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// What the editor remembers of the file it opened: its SHA-256, or `new`.
    func base(_ file: String) -> String {
        text(file).map { Hex.string(SHA256.hash(data: Data($0.utf8))) } ?? "new"
    }

    /// The whole folder read with `text` as `file`.
    func check(_ file: String, text: String) -> RuleLoader.Result {
        RuleLoader(edits: [file: text]).load(folder: folder)
    }

    /// The plan the edited rules give for the same years and stored state as `site`.
    func preview(_ rules: RuleSet, site: Site) throws -> (Plan, PlanDiff) {
        let state = try database.planState(today: site.today)
        let plan = Project.plan(rules, years: site.plan.firstYear...site.plan.lastYear, state: state)
        return (plan, PlanDiff(before: site.plan, after: plan))
    }

    /// Saves `text` as `file` if the folder checks and the file is still `base`; the earlier
    /// text is kept as a version first, then the file replaced whole.
    func save(_ file: String, text: String, base: String, by actor: String) throws {
        guard self.base(file) == base else { throw Refusal.changedMeanwhile }
        let result = check(file, text: text)
        guard result.rules != nil else { throw Refusal.invalid(result.errors) }
        try database.keepRuleFile(file, previous: self.text(file), saved: text, by: actor)
        try AtomicFile.write(Data(text.utf8), to: path(file), durable: true)
    }

    private func path(_ file: String) -> String { (folder as NSString).appendingPathComponent(file) }
    private func exists(_ file: String) -> Bool { FileManager.default.fileExists(atPath: path(file)) }
}
