import ArgumentParser

/// `vuosikello agenda NETWORK --next`: the agenda draft of a meeting.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Write the agenda draft (esityslista) of a meeting.",
        discussion: """
        The draft has the meeting's time, place or link, convener, chair and secretary; the opening \
        items; the network's standing items; the annual-cycle items due at this meeting; reports to \
        and from other networks; the actions still open from earlier minutes; other business; the \
        next meeting's date from the plan; and the closing, all numbered. Markdown and HTML go to the \
        terminal unless --output is given; a Word document is written to a file. Without --meeting \
        or --last, the network's next meeting.
        """)

    @OptionGroup var options: DocumentOptions

    func run() throws { try options.write(.agenda, defaultMeeting: .next) }
}
