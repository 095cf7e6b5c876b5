import Foundation
import Rules
import Scheduling
import Storage

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

    /// The print of files made from `value` through `templates` (each after its label: a
    /// format, a language) by this program: what a rebuild compares with the record.
    static func print(of value: some Encodable, templates: [(label: String, print: Signature)]) throws -> Int64 {
        var print = program
        print.add(Int(try PrintEncoder.print(value)))
        for (label, template) in templates {
            print.add(label)
            print.add(Int(bitPattern: UInt(template.value)))
        }
        return print.stored
    }

    /// The recorded names under `folder` (`documents/en`, `wheel`: a name is the folder, one
    /// more level and the file) that are not among `current`: what the plan no longer has.
    /// Another language's, in a folder within, are not this build's to forget.
    static func forgotten(_ published: some Collection<String>, under folder: String, current: Set<String>) -> [String] {
        published.filter { name in
            name.split(separator: "/").dropLast(2).joined(separator: "/") == folder && !current.contains(name)
        }.sorted()
    }

    /// Whether the files at `paths` are as `recorded`: made from the same `print`, each the
    /// size it was written at (a file edited or removed by hand is made again).
    static func unchanged(_ recorded: PublishedFileRecord?, print: Int64, paths: [String], labels: [String]) -> Bool {
        guard let recorded, recorded.print == print else { return false }
        var sizes: [Int] = []
        for path in paths {
            guard let size = FileStatus(path: path)?.size else { return false }
            sizes.append(size)
        }
        return recorded.sizes == Self.sizes(sizes, labels: labels)
    }

    /// The record of files just written, `sizes` in the order of `labels`.
    static func record(_ name: String, print: Int64, sizes: [Int], labels: [String]) -> PublishedFileRecord {
        PublishedFileRecord(name: name, print: print, sizes: Self.sizes(sizes, labels: labels))
    }

    /// Each size after its label: `md:1234 html:5678`.
    private static func sizes(_ sizes: [Int], labels: [String]) -> String {
        zip(labels, sizes).map { "\($0):\($1)" }.joined(separator: " ")
    }
}
