import ArgumentParser
import Foundation

/// `--out` and `--base-url`: where the site is built, and where people reach it. Shared by
/// `build`, `serve`, `invite` and `publish`, each with the same settings fallback.
struct SiteOptions: ParsableArguments {
    @Option(name: .customLong("out"), help: "The folder the site is built into (default: VUOSIKELLO_OUT, else public).")
    var givenOut: String?

    @Option(name: .customLong("base-url"), help: "The address people reach the server at, e.g. https://kalenteri.example.fi: subscribe, agenda, answer and private feed links use it (default: VUOSIKELLO_BASE_URL).")
    var givenBaseURL: String?

    /// With a rules folder given, the settings file's output folder and address do not
    /// apply (`Settings.string(_:rulesGiven:)`).
    func out(rulesGiven: Bool) -> String { givenOut ?? Settings.string(.out, rulesGiven: rulesGiven) ?? "public" }

    func baseURL(rulesGiven: Bool) -> String? { Self.baseURL(given: givenBaseURL, rulesGiven: rulesGiven) }

    static func baseURL(given: String?, rulesGiven: Bool) -> String? {
        (given ?? Settings.string(.baseURL, rulesGiven: rulesGiven)).map(trimmed)
    }

    func validate() throws {
        guard let baseURL = givenBaseURL ?? Settings.string(.baseURL) else { return }
        let parts = URLComponents(string: baseURL)
        guard let scheme = parts?.scheme?.lowercased(), ["http", "https"].contains(scheme),
              parts?.host?.isEmpty == false else {
            throw ValidationError("--base-url (or VUOSIKELLO_BASE_URL): '\(baseURL)' is not an address like https://kalenteri.example.fi")
        }
    }

    /// The address without a trailing slash, so that paths can be appended.
    static func trimmed(_ address: String) -> String {
        address.hasSuffix("/") ? String(address.dropLast()) : address
    }
}
