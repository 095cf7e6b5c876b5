import ArgumentParser
import Rendering

/// `vuosikello minutes NETWORK --meeting KEY` writes the minutes template;
/// `vuosikello minutes record FILE` reads filled-in minutes back.
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Write a minutes template (pöytäkirja / muistio), or record filled-in minutes.",
        subcommands: [MinutesTemplateCommand.self, MinutesRecordCommand.self, MinutesVersionsCommand.self,
                      MinutesRestoreCommand.self],
        defaultSubcommand: MinutesTemplateCommand.self)
}

/// The template: the agenda's numbered items with room for discussion, decision and
/// actions, and the attendance list from the members.
struct MinutesTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write the minutes template of a meeting (the default: `vuosikello minutes NETWORK --last`).",
        discussion: """
        A formal body (body: formal) gets a pöytäkirja with legality and quorum, minute checkers and \
        signatures; a working group a muistio. Fill in the Markdown or Word version and read it back \
        with `vuosikello minutes record FILE`. Without --meeting or --next, the network's latest meeting.
        """)

    @OptionGroup var options: DocumentOptions

    func run() throws { try options.write(.minutes, defaultMeeting: .last) }
}
