/// The print of every text one load read, each after its file's name relative to the
/// rules folder, in the order read: `RuleSet.sourcePrint`. A reference, so that the
/// loader and the imports of every network file add to the same print.
final class SourcePrint {
    /// The rules folder with its slash: what a file's name is given relative to.
    private let prefix: String
    private(set) var signature = Signature()

    init(folder: String) { prefix = folder.hasSuffix("/") ? folder : folder + "/" }

    func add(_ file: String, _ text: String) {
        signature.add(file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file)
        signature.add(text)
    }
}
