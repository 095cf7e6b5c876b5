import ArgumentParser
import Foundation
import Publishing
import Rendering
import Rules

/// `vuosikello init DIR`: a commented starter rules folder that checks and plans at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a rules folder: calendar, people, places and three example networks, commented in Finnish.",
        discussion: """
        Writes DIR/calendar.yaml, people.yaml, places.yaml, networks/johtoryhma.yaml (a formal body \
        meeting monthly), networks/kehittajaryhma.yaml (a working group meeting in four windows) and \
        networks/verkosto.yaml (a network meeting four times a year, with a task and a report), and \
        DIR/schema/ with the JSON Schemas that editors with the YAML language server (VS Code's YAML \
        extension) use to check and complete the files. The folder checks and plans at once: \
        vuosikello check DIR; vuosikello plan DIR. DIR must not exist or be empty.
        """)

    @Argument(help: "The new rules folder, e.g. calendars/oma-alue.")
    var folder: String

    @Option(help: "The region's name (default: Esimerkkialue).")
    var region: String = "Esimerkkialue"

    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
               !isDirectory.boolValue || !existing.isEmpty {
                Console.error(Messages.folderNotEmpty(folder, lang))
                throw Failure()
            }
            // From the autumn on, a new folder plans the coming year.
            let today = context.day(timeZone: "Europe/Helsinki")
            let year = today.month >= 9 ? today.year + 1 : today.year
            let files = try RulesStarter(templates: TemplateLibrary.standard(rulesFolder: nil))
                .folder(region: region, year: year, folder: folder)
            // Written beside, then moved into place whole: a failed init leaves no half folder.
            let temporary = ((folder as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent(".vuosikello-init-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            for file in files {
                try AtomicFile.write(Data(file.text.utf8), to: temporary + "/" + file.path)
            }
            if FileManager.default.fileExists(atPath: folder) { try FileManager.default.removeItem(atPath: folder) }
            do {
                try FileManager.default.moveItem(atPath: temporary, toPath: folder)
            } catch {
                throw OutputError(path: folder, reason: (error as NSError).localizedDescription)
            }
            for file in files { Console.error(Messages.wroteFile(folder + "/" + file.path, lang)) }
            Console.error(Messages.initDone(folder, lang))
        }
    }
}
