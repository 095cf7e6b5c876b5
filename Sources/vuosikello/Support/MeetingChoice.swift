import ArgumentParser

/// Which meeting a document is for: `--meeting KEY`, `--next` or `--last`.
struct MeetingChoice: ParsableArguments {
    @Option(help: "The meeting's key, e.g. johtoryhma/2026/03 (see `vuosikello plan`).")
    var meeting: String?

    @Flag(help: "The network's next meeting from today on.")
    var next = false

    @Flag(help: "The network's latest meeting up to today.")
    var last = false

    enum Pick {
        case key(String), next, last

        var isNext: Bool { if case .next = self { true } else { false } }
    }

    func validate() throws {
        if [meeting != nil, next, last].filter({ $0 }).count > 1 {
            throw ValidationError("Give only one of --meeting, --next and --last.")
        }
    }

    func pick(default fallback: Pick) -> Pick {
        if let meeting { return .key(meeting) }
        if next { return .next }
        if last { return .last }
        return fallback
    }
}
