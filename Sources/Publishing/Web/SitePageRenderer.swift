import Foundation
import Rendering
import Rules

/// Renders the front page (`site.html.mustache`) in one language for one base URL:
/// the networks with their next meetings, a subscribe address (https and webcal) with a
/// copy button per feed, and the annual wheel. Styles and script are separate files
/// (`site.css`, `site.js`), so that the page runs under a strict content security policy.
public struct SitePageRenderer: Sendable {
    public let template: TemplateLibrary.Loaded

    public init(templates: TemplateLibrary) throws {
        template = try templates.load("site", kind: "html")
    }

    /// - Parameter heldBack: how many cancellations a held-back rebuild would publish (0: none).
    public func render(_ page: SitePage, language: Language, baseURL: String, heldBack: Int = 0) -> String {
        var context = context(page, language: language, baseURL: baseURL)
        if heldBack > 0 { context["notice"] = SiteWords(language: language).heldBack(heldBack) }
        return template.render(context)
    }

    func context(_ page: SitePage, language: Language, baseURL: String) -> [String: Any] {
        let words = SiteWords(language: language)
        let documentWords = DocumentWords(language: language, body: .workingGroup)
        let webcal = "webcal" + baseURL.drop { $0 != ":" }
        func feed(_ id: String, _ title: String) -> [String: Any] {
            let path = "/" + OutputPaths.site.networkFeed(id, isPublic: true)
            // Without an address (`baseURL` empty) the links are relative, and a webcal link cannot be.
            return ["https": baseURL + path, "webcal": webcal + path, "hasWebcal": !baseURL.isEmpty, "inputID": "feed-\(id)",
                    "copyLabel": "\(words.copy): \(words.address), \(title)", "open": words.open,
                    "openLabel": "\(words.open): \(title)"]
        }
        // Past years' feeds, as "Arkisto: 2026, 2027"; no key at all when there are none.
        func archive(_ id: String, _ years: [Int], into entry: inout [String: Any]) {
            guard !years.isEmpty else { return }
            entry["archive"] = ["label": words.archive, "years": years.enumerated().map { index, year in
                ["year": year, "href": baseURL + "/" + OutputPaths.site.archiveFeed(id, year: year, isPublic: true),
                 "last": index == years.count - 1]
            }]
        }
        let names: [(Language, String, String)] = [(.fi, "Suomeksi", "/"), (.sv, "På svenska", "/sv"), (.en, "In English", "/en")]
        let region = page.region.text(language)
        var all = feed("all", words.all).merging(["title": words.all]) { a, _ in a }
        archive("all", page.archive, into: &all)
        return [
            "lang": language.rawValue,
            "title": "\(words.wheel) · \(region)",
            "region": region,
            "heading": words.heading,
            "intro": words.intro,
            "howTo": words.howTo,
            "skip": words.skip,
            "languagesLabel": words.languages,
            "languages": names.map { code, name, href in
                ["code": code.rawValue, "name": name, "href": href, "current": code == language]
            },
            "wheel": [
                "heading": "\(words.wheel) \(page.year)", "src": "/wheel/\(language.rawValue)/all.svg",
                "alt": words.wheelAlt(region, page.year), "full": words.wheelFull,
            ],
            "all": all,
            "networksHeading": words.networks,
            "words": [
                "next": words.next, "none": words.none, "subscribe": words.subscribe, "address": words.address,
                "copy": words.copy, "copied": words.copied, "wheelOf": words.wheelOf, "upcoming": words.upcoming,
                "wheelShort": words.wheel,
            ],
            "networks": page.networks.map { network -> [String: Any] in
                let title = network.title.text(language)
                var entry: [String: Any] = ["id": network.id, "title": title, "color": network.color,
                                            "feed": feed(network.id, title),
                                            "wheel": "/wheel/\(language.rawValue)/\(network.id).svg",
                                            "upcoming": network.upcoming]
                entry["description"] = network.description?.text(language)
                archive(network.id, network.archive, into: &entry)
                if let next = network.next {
                    var meeting: [String: Any] = [
                        "when": documentWords.when(next.day, next.start, next.end), "date": next.day.iso,
                        "mode": next.mode.name(language),
                    ]
                    meeting["room"] = next.room?.text(language)
                    meeting["subtitle"] = next.subtitle?.text(language)
                    entry["next"] = meeting
                }
                return entry
            },
        ]
    }
}
