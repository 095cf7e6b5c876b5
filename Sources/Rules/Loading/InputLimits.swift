import Foundation

/// The bounds on every input, so that no typo or hostile file makes a command run
/// unbounded or exhaust memory. Each is checked before the input is read whole or
/// expanded, and each exceeded bound is an error naming the file and line (the README's
/// "Limits" section lists them for coordinators).
public enum InputLimits {
    /// A rule file (calendar.yaml, people.yaml, places.yaml, networks/*.yaml).
    public static let ruleFileBytes = 1_000_000
    /// An imported .ics calendar.
    public static let importBytes = 10_000_000
    /// Filled-in minutes as Markdown or text.
    public static let minutesTextBytes = 2_000_000
    /// Filled-in minutes as a .docx, and the text (word/document.xml) it unpacks to.
    public static let minutesWordBytes = 20_000_000
    public static let minutesWordTextBytes = 20_000_000
    /// Entries in any one list of a rule file (members, annual-cycle items, dates…).
    public static let listItems = 1_000
    /// A network's meetings in one year (more than weekly is not a working group).
    public static let meetingsPerYear = 60
    /// Occurrences of one imported event in one year (a daily event fits).
    public static let importOccurrencesPerYear = 400
}
