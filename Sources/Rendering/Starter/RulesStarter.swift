import Foundation
import Rules

/// The rule files a coordinator starts from: `vuosikello init` writes a whole commented
/// folder (calendar, people, places and three networks of different kinds) that checks
/// and plans at once; `vuosikello new network` and the workspace's "New network" form
/// write one network file. The texts are Mustache templates (`templates/starter-*`),
/// commented in Finnish with the English key names, and each names its JSON Schema so
/// that an editor with the YAML language server checks and completes it.
public struct RulesStarter: Sendable {
    public let templates: TemplateLibrary

    public init(templates: TemplateLibrary) { self.templates = templates }

    /// Where the schemas go in a rules folder, and how a file refers to them.
    public static let schemaFolder = "schema"

    /// A file of the starter: its path in the folder and its text.
    public struct File: Sendable, Equatable {
        public var path: String
        public var text: String
    }

    /// The starter folder for `region`, its period starting at `year`, with the schemas
    /// its files name (`schema/*.schema.json`).
    /// - Parameter folder: the folder as the user named it, for the comment saying how to check it.
    public func folder(region: String, year: Int, folder: String) throws -> [File] {
        let common: [String: Any] = ["region": region, "regionYAML": Self.quoted(region), "year": year,
                                     "nextYear": year + 1, "folder": folder]
        let top = ["starter-calendar": "calendar.yaml", "starter-people": "people.yaml", "starter-places": "places.yaml"]
        let networks = ["johtoryhma", "kehittajaryhma", "verkosto"]
        var files: [File] = []
        for (template, path) in top.sorted(by: { $0.value < $1.value }) {
            files.append(File(path: path, text: try render(template, common, schema: Self.schemaFolder + "/")))
        }
        for id in networks {
            files.append(File(path: "networks/\(id).yaml",
                              text: try render("starter-\(id)", common, schema: "../\(Self.schemaFolder)/")))
        }
        return files + RuleSchema.files.map { File(path: Self.schemaFolder + "/" + $0.name, text: $0.text) }
    }

    /// A new network file from a short form's answers.
    /// - Parameter made: who made it and when, in words ("Luotu työtilassa: koordinaattori 29.11.2026.").
    /// - Parameter folder: the rules folder, whose other network files show where the schema is.
    public func network(id: String, title: String, perYear: Int, mode: MeetingMode, convener: String,
                        members: [String], made: String, folder: String) throws -> String {
        let cadence = perYear == 12 ? "kuukausittain" : "\(perYear) kertaa vuodessa"
        return try render("starter-network", [
            "id": id, "title": Self.quoted(title), "titleText": title, "cadence": cadence,
            "mode": mode.ruleWords(.fi).first ?? mode.rawValue, "convener": convener,
            "members": members.filter { $0 != convener }, "made": made,
        ], schema: Self.schemaPrefix(networksIn: folder))
    }

    /// Where the folder's network files find their schema: as the first one that names it
    /// says (the shipped example points into the repository), else `../schema/`.
    static func schemaPrefix(networksIn folder: String) -> String {
        let networks = (folder as NSString).appendingPathComponent("networks")
        let marker = "# yaml-language-server: $schema="
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: networks)) ?? []).sorted() where name.hasSuffix(".yaml") {
            guard let text = try? String(contentsOfFile: networks + "/" + name, encoding: .utf8),
                  let first = text.split(separator: "\n", maxSplits: 1).first, first.hasPrefix(marker),
                  first.hasSuffix("network.schema.json") else { continue }
            return String(first.dropFirst(marker.count).dropLast("network.schema.json".count))
        }
        return "../\(schemaFolder)/"
    }

    private func render(_ name: String, _ values: [String: Any], schema: String) throws -> String {
        var context = values
        context["schema"] = schema
        return try templates.load(name, kind: "yaml").render(context)
    }

    /// A YAML double-quoted scalar.
    public static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
