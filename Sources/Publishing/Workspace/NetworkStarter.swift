import Foundation
import Rules

/// "New network" in the workspace: a short form (id, title, cadence, convener, members)
/// written out as a commented network file, which then goes through the same check,
/// preview and save as any edit.
struct NetworkStarter {
    var id: String
    var title: String
    /// Meetings a year (12: monthly).
    var perYear: Int
    var mode: MeetingMode
    var convener: String
    var members: [String]

    /// The choices the form offers.
    static let cadences = [2, 4, 6, 10, 12]

    var file: String { "networks/\(id).yaml" }

    /// The network file, with comments saying what each part is and how to go on.
    func yaml(createdBy actor: String, on day: Day) -> String {
        let cadence = perYear == 12 ? "monthly" : "\(perYear) per year"
        var lines = [
            "# \(title)",
            "# Created in the workspace by \(actor) on \(day.iso). Edit it in the workspace",
            "# (Säännöt) or in any text editor; `vuosikello check` reads it the same way.",
            "id: \(id)",
            "title:",
            "  fi: \(Self.quoted(title))",
            "",
            "# Who belongs to the network, and their roles (convener, chair, secretary, member).",
            "members:",
            "  - person: \(convener)",
            "    roles: [convener]",
        ]
        for member in members where member != convener { lines.append("  - person: \(member)") }
        lines += [
            "",
            "# When the network meets: a cadence (\"4 per year\", \"monthly\") and a mode (live, remote, hybrid).",
            "meetings:",
            "  cadence: \(cadence)",
            "  mode: \(mode.rawValue)",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
