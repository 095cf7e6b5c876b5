import Foundation
import Rules
import Scheduling

/// What every print of a built file starts from: the program itself (its file's path,
/// size and time), so that a new version makes every document and wheel again though
/// their content and templates be the same.
enum BuildPrint {
    static let program: Signature = {
        var print = Signature()
        if let path = Bundle.main.executablePath, let status = FileStatus(path: path) {
            print.add(path)
            print.add(status.size)
            print.add(Int(status.modified * 1000))
        }
        return print
    }()

    /// The recorded names under `folder` (`documents/en`, `wheel`: a name is the folder, one
    /// more level and the file) that are not among `current`: what the plan no longer has.
    /// Another language's, in a folder within, are not this build's to forget.
    static func forgotten(_ published: some Collection<String>, under folder: String, current: Set<String>) -> [String] {
        published.filter { name in
            name.split(separator: "/").dropLast(2).joined(separator: "/") == folder && !current.contains(name)
        }.sorted()
    }

    /// The sizes of the files at `paths`, each after its label (`md:1234 html:5678`); nil
    /// when one is missing.
    static func sizes(_ paths: [String], labels: [String]) -> String? {
        var parts: [String] = []
        for (label, path) in zip(labels, paths) {
            guard let size = FileStatus(path: path)?.size else { return nil }
            parts.append("\(label):\(size)")
        }
        return parts.joined(separator: " ")
    }
}
