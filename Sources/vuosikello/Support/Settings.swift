import Configuration
import Foundation
import Synchronization
import SystemPackage

/// The defaults of options left out: the environment (`VUOSIKELLO_RULES`, …), then the
/// settings file IT keeps in `/etc/vuosikello/vuosikello.conf` (or `VUOSIKELLO_CONFIG`).
/// The file is plain `NAME=value` lines, the format systemd's `EnvironmentFile=` reads, so
/// the service and the commands IT runs by hand read the same file. Read here once, through
/// swift-configuration, and nowhere else.
enum Settings {
    /// Every setting, named by its variable without the `VUOSIKELLO_` prefix.
    enum Key: String {
        // Not `today`: a day pinned in a file would stop the server's calendar; it is read
        // from the environment only (`ContextOptions`).
        case rules, out, lang, host, port
        case baseURL = "base-url"
        case mailFrom = "mail-from"
        case sendmail
        /// "yes" when a proxy on this machine forwards the clients (see `serve --trusted-proxy`).
        case trustedProxy = "trusted-proxy"
    }

    static let defaultFile = "/etc/vuosikello/vuosikello.conf"

    /// A settings file that cannot be read, and why (worded by `Messages`).
    struct FileError: Error {
        enum Reason { case missing, unreadable, malformed(String) }
        let path: String
        let reason: Reason
    }

    /// The environment, and the file beneath it; the file alone for what belongs to its rules.
    private static let readers = Mutex((all: ConfigReader(provider: EnvironmentVariablesProvider()),
                                        environment: ConfigReader(provider: EnvironmentVariablesProvider())))

    /// Reads the settings file, if any, beneath the environment. The default file may be
    /// missing (a developer's machine); one named by `VUOSIKELLO_CONFIG` must exist, and
    /// `VUOSIKELLO_CONFIG=none` reads none (the tests, on a machine with the package).
    static func load() async throws(FileError) {
        let named = ProcessInfo.processInfo.environment["VUOSIKELLO_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        if named == "none" { return }
        let path = named ?? defaultFile
        if named == nil, !FileManager.default.fileExists(atPath: path) { return }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw FileError(path: path, reason: FileManager.default.fileExists(atPath: path) ? .unreadable : .missing)
        }
        let file: EnvironmentVariablesProvider
        do {
            file = try await EnvironmentVariablesProvider(environmentFilePath: FilePath(path))
        } catch {
            throw FileError(path: path, reason: .malformed(String(describing: error)))
        }
        readers.withLock { $0.all = ConfigReader(providers: [EnvironmentVariablesProvider(), file]) }
    }

    /// The setting's value; an empty one counts as not set. Quotes around a value are
    /// dropped, as systemd drops them, so both read the same value.
    static func string(_ key: Key) -> String? { value(key, fileToo: true) }

    /// The file's output folder and address describe the file's own rules folder: a command
    /// given another folder (someone's own, on the server) takes them from the environment
    /// only, and otherwise builds into `public` and links nowhere, as on any other machine.
    static func string(_ key: Key, rulesGiven: Bool) -> String? { value(key, fileToo: !rulesGiven) }

    private static func value(_ key: Key, fileToo: Bool) -> String? {
        let found = readers.withLock { readers in
            (fileToo ? readers.all : readers.environment).string(forKey: ConfigKey(["vuosikello", key.rawValue]))
        }
        guard var value = found else { return nil }
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return value.isEmpty ? nil : value
    }

    static func int(_ key: Key) -> Int? { string(key).flatMap { Int($0) } }

    /// yes/true/1 (also kyllä/ja) count as on.
    static func flag(_ key: Key) -> Bool {
        guard let value = string(key)?.lowercased() else { return false }
        return ["yes", "true", "1", "on", "kyllä", "ja"].contains(value)
    }
}
