import ArgumentParser
import Foundation
import Publishing
import Rendering
import Rules

/// `vuosikello schema DIR`: the rule files' JSON Schemas into DIR/schema/, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the rule files' JSON Schemas into FOLDER/schema/, for editors that check YAML.",
        discussion: """
        calendar.schema.json, people.schema.json, places.schema.json and network.schema.json, generated \
        from the same definitions the loader reads the files by. With the line \
        `# yaml-language-server: $schema=schema/calendar.schema.json` at the top of calendar.yaml \
        (../schema/network.schema.json in networks/), VS Code's YAML extension and any editor with the \
        YAML language server check and complete the files as they are typed. `vuosikello init` writes \
        them too.
        """)

    @Argument(help: "The rules folder (default: the current folder).")
    var folder: String = "."

    @Flag(help: "Print every key with what it means and an example (Markdown), instead of writing the schemas.")
    var reference = false

    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            if reference {
                Console.out(RuleSchema.reference)
                return
            }
            for file in RuleSchema.files {
                let path = (folder as NSString).appendingPathComponent(RulesStarter.schemaFolder + "/" + file.name)
                try AtomicFile.write(Data(file.text.utf8), to: path)
                Console.error(Messages.wroteFile(path, lang))
            }
        }
    }
}
