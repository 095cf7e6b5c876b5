import ArgumentParser
import Foundation
import Publishing
import Rendering
import Rules

/// `vuosikello new network ID`: one more network file in a rules folder.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add to a rules folder: vuosikello new network ID [--like OTHER].",
        subcommands: [NewNetworkCommand.self])
}

struct NewNetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Write networks/ID.yaml: a commented starter, or a copy of another network's file.",
        discussion: """
        Without --like the file has the network's title, the convener (the person who convenes most \
        networks, or --convener) and a cadence of four meetings a year, each commented in Finnish. With \
        --like OTHER it is OTHER's file with the new id and title, to be edited. The file is written only \
        when the whole folder still checks with it.
        """)

    @Argument(help: "The new network's id: lower-case letters, digits and hyphens, e.g. lape-juva.")
    var id: String

    @Option(help: "The rules folder (default: the current folder).")
    var rules: String = "."

    @Option(help: "Start from this network's file.")
    var like: String?

    @Option(help: "The network's title (default: the id).")
    var title: String?

    @Option(help: "Who convenes it: a person id from people.yaml.")
    var convener: String?

    @OptionGroup var context: ContextOptions

    func run() throws {
        let lang = context.language
        try guarded(lang) {
            let session = try Session(folder: rules, databasePath: nil, context: context)
            guard Network.isValidNewID(id) else {
                Console.error(Messages.badNetworkID(id, lang))
                throw Failure()
            }
            let file = "networks/\(id).yaml", path = (rules as NSString).appendingPathComponent("networks/\(id).yaml")
            if session.rules.network(id) != nil || FileManager.default.fileExists(atPath: path) {
                Console.error(Messages.networkExists(path, lang))
                throw Failure()
            }
            let title = self.title ?? id
            let text: String
            if let like {
                try session.requireNetwork(like)
                let other = try String(contentsOfFile: session.rules.network(like)!.file, encoding: .utf8)
                text = Self.copy(other, id: id, title: title, from: like)
            } else {
                let convener = try self.convener.map { try session.requirePerson($0); return $0 }
                    ?? Self.usualConvener(session.rules)
                text = try RulesStarter(templates: TemplateLibrary.standard(rulesFolder: rules)).network(
                    id: id, title: title, perYear: 4, mode: .remote, convener: convener, members: [],
                    made: "Luotu komennolla vuosikello new network \(session.today.finnish).", folder: rules)
            }
            // The folder must still check with the new file in it: nothing half-right is written.
            let result = RuleLoader(edits: [file: text]).load(folder: rules)
            Console.report(result.diagnostics, lang)
            guard result.rules != nil else {
                Console.error(Messages.notSaved(lang))
                throw Failure()
            }
            try AtomicFile.write(Data(text.utf8), to: path, durable: true)
            Console.error(Messages.newNetworkDone(path, rules, lang))
        }
    }

    /// Another network's file with the new id and title: the `id:` line and the title's
    /// block replaced, everything else (comments too) kept.
    static func copy(_ text: String, id: String, title: String, from other: String) -> String {
        let lines = text.components(separatedBy: "\n")
        var out: [String] = ["# Kopioitu verkostosta \(other); muokkaa jäsenet, rytmi ja asiat tälle verkostolle."]
        var i = 0, sawID = false
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("id:") {
                out.append("id: \(id)")
                sawID = true
            } else if line.hasPrefix("title:") {
                out.append("title:")
                out.append("  fi: \(RulesStarter.quoted(title))")
                // Skip the old title's indented block (or its inline value).
                while i + 1 < lines.count, lines[i + 1].hasPrefix(" ") { i += 1 }
            } else {
                out.append(line)
            }
            i += 1
        }
        if !sawID { out.insert("id: \(id)", at: 1) }
        return out.joined(separator: "\n")
    }

    /// The person who convenes the most networks: most new networks are convened by the coordinator.
    static func usualConvener(_ rules: RuleSet) -> String {
        var count: [String: Int] = [:]
        for network in rules.networks {
            for member in network.members where member.roles.contains(.convener) { count[member.personID, default: 0] += 1 }
        }
        return count.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? rules.people.keys.sorted().first ?? "koordinaattori"
    }
}
