/// How `serve` sends invitations when the coordinator asks in the workspace: the same
/// settings `vuosikello invite` takes on its command line.
public struct MailSettings: Sendable {
    /// The sendmail-compatible program and its arguments.
    public var sendmail: [String]
    public var sender: String
    public var baseURL: String?
    /// The feeds' output folder.
    public var out: String

    public init(sendmail: [String], sender: String, baseURL: String?, out: String) {
        self.sendmail = sendmail
        self.sender = sender
        self.baseURL = baseURL
        self.out = out
    }
}
