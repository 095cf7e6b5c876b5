/// The print of every text one load read, each after its file's name relative to the
/// rules folder, in the order read: `RuleSet.sourcePrint`. A reference, so that the
/// loader and the imports of every network file add to the same print.
final class SourcePrint {
    /// A text read, by the file's full path.
    struct Text: Sendable {
        var file: String
        var text: String
    }

    /// The rules folder with its slash: what a file's name is given relative to.
    private let prefix: String
    private(set) var signature = Signature()
    /// Whether texts are kept (`recorded`) rather than printed: a network file read on its
    /// own core keeps them until the loader adds them to the folder's print in file order.
    private let recording: Bool
    private(set) var recorded: [Text] = []

    init(folder: String, recording: Bool = false) {
        prefix = folder.hasSuffix("/") ? folder : folder + "/"
        self.recording = recording
    }

    func add(_ file: String, _ text: String) {
        if recording { return recorded.append(Text(file: file, text: text)) }
        signature.add(file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file)
        signature.add(text)
    }

    func add(_ texts: [Text]) {
        for text in texts { add(text.file, text.text) }
    }
}
