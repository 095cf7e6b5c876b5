import Foundation
@testable import Rules

/// A rules folder written to a temporary directory for one test.
struct RulesFolder {
    let path: String

    static let calendar = """
        region: Testimaa
        period: {from: 2026, to: 2027}
        municipalities:
          mikkeli: Mikkeli
          juva: Juva
        defaults:
          duration: 2h
          preferredTimes: ["09:00"]
          minSpacing: 14d

        """
    static let people = """
        people:
          koordinaattori:
            title: Perhekeskuskoordinaattori
            maxMeetingsPerDay: 1
          puheenjohtaja:
            title: Puheenjohtaja

        """
    static let places = """
        places:
          teams:
            name: Teams
            online: https://teams.example.org/x
          huone:
            name: Kokoushuone
            address: Mikkeli

        """
    static let simpleNetwork = """
        title: Testiverkosto
        members:
          - person: koordinaattori
            role: convener
        meetings:
          cadence: 4 per year
          online: teams

        """

    /// Files by relative path; the shared files default to the ones above.
    init(_ files: [String: String], withDefaults: Bool = true) throws {
        path = NSTemporaryDirectory() + "vuosikello-rules-" + UUID().uuidString
        var all = files
        if withDefaults {
            all["calendar.yaml"] = all["calendar.yaml"] ?? Self.calendar
            all["people.yaml"] = all["people.yaml"] ?? Self.people
            all["places.yaml"] = all["places.yaml"] ?? Self.places
        }
        try FileManager.default.createDirectory(atPath: path + "/networks", withIntermediateDirectories: true)
        for (name, text) in all { try text.write(toFile: "\(path)/\(name)", atomically: true, encoding: .utf8) }
    }

    func load() -> RuleLoader.Result { RuleLoader().load(folder: path) }

    /// The single error's `file:line:column` relative to the folder, and its message in English.
    func onlyError() -> (place: String, message: DiagnosticMessage, text: String)? {
        let errors = load().errors
        guard errors.count == 1, let error = errors.first else { return nil }
        return (place(of: error), error.message, error.rendered(.en))
    }

    /// Where a problem is, as `file:line:column` relative to the folder.
    func place(of error: Diagnostic) -> String {
        error.location.map { "\($0.file.replacingOccurrences(of: path + "/", with: "")):\($0.line):\($0.column)" }
            ?? error.path ?? ""
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
