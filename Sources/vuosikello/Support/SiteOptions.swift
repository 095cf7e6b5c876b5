import ArgumentParser
import Foundation

/// `--out` and `--base-url`: where the site is built, and where people reach it. Shared by
/// `build`, `serve`, `invite`, `publish` and `token`, each with the same settings fallback.
struct SiteOptions: ParsableArguments {
    @Option(name: .customLong("out"), help: "The folder the site is built into (default: VUOSIKELLO_OUT, else public).")
    var givenOut: String?

    @Option(name: .customLong("base-url"), help: "The address people reach the server at, e.g. https://kalenteri.example.fi: subscribe, agenda, answer and private feed links use it (default: VUOSIKELLO_BASE_URL).")
    var givenBaseURL: String?

    var out: String { givenOut ?? Settings.string(.out) ?? "public" }
    var baseURL: String? { (givenBaseURL ?? Settings.string(.baseURL)).map(Self.trimmed) }

    func validate() throws {
        guard let baseURL else { return }
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
