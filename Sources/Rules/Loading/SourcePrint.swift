/// The print of every text one load read, each after its file's name relative to the
/// rules folder, in the order read: `RuleSet.sourcePrint`. A reference, so that the
/// loader and the imports of every network file add to the same print.
final class SourcePrint {
    let folder: String
    private(set) var signature = Signature()

    init(folder: String) { self.folder = folder }

    func add(_ file: String, _ text: String) {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        signature.add(file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file)
        signature.add(text)
    }
}
