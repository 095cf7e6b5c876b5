import Foundation
import Rules

/// The shipped Etelä-Savo example and the fixtures beside the tests.
public enum Example {
    public static var folder: String { CLI.packageRoot.appendingPathComponent("calendars/etela-savo").path }

    public static var rules: RuleSet { RuleLoader().load(folder: folder).rules! }

    /// A file or folder under `Tests/Fixtures/`.
    public static func fixture(_ path: String) -> String {
        CLI.packageRoot.appendingPathComponent("Tests/Fixtures/" + path).path
    }

    /// A new empty folder under the system's temporary folder.
    public static func temporaryFolder(_ name: String = "vuosikello") throws -> String {
        let path = NSTemporaryDirectory() + name + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
