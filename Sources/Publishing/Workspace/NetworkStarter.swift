import Foundation
import Rendering
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

    /// The network file from the starter's template (`RulesStarter`, the same as `vuosikello
    /// new network`), with comments saying what each part is and how to go on.
    func yaml(createdBy actor: String, on day: Day, templates: TemplateLibrary, folder: String) throws -> String {
        try RulesStarter(templates: templates).network(
            id: id, title: title, perYear: perYear, mode: mode, convener: convener, members: members,
            made: "Luotu työtilassa: \(actor) \(day.finnish).", folder: folder)
    }
}
