import Foundation
import PackagePlugin

/// Compiles the default templates (`templates/` at the package root) into the Rendering
/// module, so that the `vuosikello` binary carries them and works from any folder, or
/// installed alone. A rules folder's own `templates/` still overrides them file by file.
@main
struct EmbeddedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "templates")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTemplates.swift")
        return [
            .buildCommand(displayName: "Embedding the default templates",
                          executable: try context.tool(named: "EmbedTemplates").url,
                          arguments: [output.path] + files.map(\.path),
                          inputFiles: files, outputFiles: [output]),
        ]
    }
}
