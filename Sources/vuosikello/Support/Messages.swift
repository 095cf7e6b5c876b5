import Foundation
import Publishing
import Rendering
import Rules
import Storage

/// The command layer's own sentences, in the user's language.
enum Messages {
    private static func pick(_ language: Language, _ fi: String, _ sv: String, _ en: String) -> String {
        language.pick(fi, sv, en)
    }

    static func unexpected(_ error: Error, _ language: Language) -> String {
        let text = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
        return pick(language, "virhe: \(text)", "fel: \(text)", "error: \(text)")
    }

    static func summary(networks: Int, people: Int, places: Int, years: ClosedRange<Int>, meetings: Int, tasks: Int,
                        _ language: Language) -> String {
        let l = Labels(language: language)
        return "ok: \(l.count(networks, .network)), \(l.count(people, .person)), \(l.count(places, .place)); "
            + "\(years.lowerBound)–\(years.upperBound): \(l.count(meetings, .meeting)), \(l.count(tasks, .task))"
    }

    static func unknownMeeting(_ key: String, suggestion: String?, _ language: Language) -> String {
        let hint = suggestion.map { s in pick(language, " Tarkoititko '\(s)'?", " Menade du '\(s)'?", " Did you mean '\(s)'?") } ?? ""
        return pick(language, "kokousta '\(key)' ei ole suunnitelmassa.", "mötet '\(key)' finns inte i planen.",
                    "there is no meeting '\(key)' in the plan.") + hint
    }

    static func invalidDate(_ text: String, _ language: Language) -> String {
        pick(language, "'\(text)' ei ole päivämäärä (muoto 2026-03-12)", "'\(text)' är inget datum (form 2026-03-12)",
             "'\(text)' is not a date (form 2026-03-12)")
    }

    static func invalidTime(_ text: String, _ language: Language) -> String {
        pick(language, "'\(text)' ei ole kellonaika (muoto 09:00)", "'\(text)' är ingen tid (form 09:00)",
             "'\(text)' is not a time of day (form 09:00)")
    }

    static func refusedMove(_ reasons: [String], _ language: Language) -> String {
        let list = reasons.joined(separator: "; ")
        return pick(language, "kokousta ei siirretty: \(list). Lisää --force, jos siirto on silti tarkoituksellinen.",
                    "mötet flyttades inte: \(list). Lägg till --force om flytten ändå är avsiktlig.",
                    "the meeting was not moved: \(list). Add --force if the move is intended anyway.")
    }

    static func moved(_ key: String, to: String, from: String, _ language: Language) -> String {
        pick(language, "siirretty \(key): \(to) (oli \(from))", "flyttat \(key): \(to) (var \(from))",
             "moved \(key): \(to) (was \(from))")
    }

    static func cancelled(_ key: String, _ when: String, _ language: Language) -> String {
        pick(language, "peruttu \(key) (\(when))", "inställt \(key) (\(when))", "cancelled \(key) (\(when))")
    }

    static func restored(_ key: String, _ language: Language) -> String {
        pick(language, "palautettu \(key) suunnitelman mukaiseksi", "återställt \(key) enligt planen",
             "restored \(key) to the plan")
    }

    static func nothingToRestore(_ key: String, _ language: Language) -> String {
        pick(language, "kokousta \(key) ei ollut siirretty eikä peruttu", "mötet \(key) var varken flyttat eller inställt",
             "\(key) was neither moved nor cancelled")
    }

    static func noChanges(_ language: Language) -> String {
        pick(language, "ei siirtoja eikä peruutuksia", "inga flyttar eller inställda möten", "no moves or cancellations")
    }

    static func outsideWindow(_ from: String, _ to: String, _ language: Language) -> String {
        pick(language, "huom: päivä on kokouksen ajankohdan \(from)–\(to) ulkopuolella",
             "obs: dagen ligger utanför mötets period \(from)–\(to)",
             "note: the day is outside the meeting's window \(from)–\(to)")
    }

    static func closedDay(_ reason: String, _ language: Language) -> String {
        pick(language, "päivä ei ole kokouspäivä (\(reason))", "dagen är ingen mötesdag (\(reason))",
             "the day is not a meeting day (\(reason))")
    }

    static func busy(_ person: String, _ other: String, _ language: Language) -> String {
        pick(language, "\(person) on samaan aikaan kokouksessa \(other)", "\(person) är samtidigt på mötet \(other)",
             "\(person) is in \(other) at the same time")
    }

    static func dayLimit(_ person: String, _ limit: Int, _ language: Language) -> String {
        pick(language, "\(person) on jo \(limit) kokouksessa sinä päivänä", "\(person) har redan \(limit) möten den dagen",
             "\(person) already has \(limit) meeting(s) that day")
    }

    static func built(folder: String, written: Int, unchanged: Int, meetings: Int, tasks: Int, removed: Int,
                      _ language: Language) -> String {
        let gone = removed == 0 ? "" : pick(language, "; \(removed) poistunutta merkitty perutuksi",
                                              "; \(removed) borttagna markerade som inställda",
                                              "; \(removed) removed ones marked cancelled")
        let l = Labels(language: language)
        return pick(language, "\(folder): kirjoitettu \(l.count(written, .feed)), ennallaan \(unchanged)",
                    "\(folder): skrivet \(l.count(written, .feed)), oförändrade \(unchanged)",
                    "\(folder): \(l.count(written, .feed)) written, \(unchanged) unchanged")
            + "; \(l.count(meetings, .meeting)), \(l.count(tasks, .task))" + gone
    }

    static func notSaved(_ language: Language) -> String {
        pick(language, "suunnitelmassa on sääntöjä, joita ei voitu täyttää; mitään ei tallennettu",
             "planen har regler som inte kunde uppfyllas; inget sparades",
             "the plan has rules that could not be met; nothing was saved")
    }

    static func wroteFile(_ path: String, _ language: Language) -> String {
        pick(language, "kirjoitettu \(path)", "skrivet \(path)", "wrote \(path)")
    }

    static func noMeetingFound(_ network: String, upcoming: Bool, _ language: Language) -> String {
        upcoming
            ? pick(language, "verkostolla \(network) ei ole tulevia kokouksia suunnitelmassa",
                   "nätverket \(network) har inga kommande möten i planen",
                   "\(network) has no upcoming meeting in the plan")
            : pick(language, "verkostolla \(network) ei ole pidettyjä kokouksia suunnitelmassa (--meeting KEY valitsee kokouksen)",
                   "nätverket \(network) har inga hållna möten i planen (--meeting KEY väljer mötet)",
                   "\(network) has no past meeting in the plan (--meeting KEY chooses one)")
    }

    static func minutesNotStored(_ language: Language) -> String {
        pick(language, "muistiossa on virheitä; mitään ei tallennettu", "anteckningarna har fel; inget sparades",
             "the minutes have errors; nothing was stored")
    }

    static func recorded(_ minutes: RecordedMinutes, stored: Bool, _ language: Language) -> String {
        let count = { (status: RecordedMinutes.Attendance.Status) in minutes.attendance.filter { $0.status == status }.count }
        let head = stored ? pick(language, "kirjattu", "antecknat", "recorded")
            : pick(language, "tarkistettu (ei tallennettu)", "kontrollerat (inte sparat)", "checked (not stored)")
        return "\(head) \(minutes.meetingKey): "
            + pick(language, "läsnä \(count(.present)), poissa \(count(.absent)), sijaisia \(count(.substitute)); "
                    + "päätöksiä \(minutes.decisions.count); uusia tehtäviä \(minutes.actions.count); "
                    + "valmiiksi merkittyjä \(minutes.closed.count)",
                   "närvarande \(count(.present)), frånvarande \(count(.absent)), ersättare \(count(.substitute)); "
                    + "beslut \(minutes.decisions.count); nya uppgifter \(minutes.actions.count); "
                    + "avklarade \(minutes.closed.count)",
                   "present \(count(.present)), absent \(count(.absent)), substitutes \(count(.substitute)); "
                    + "decisions \(minutes.decisions.count); new actions \(minutes.actions.count); "
                    + "closed \(minutes.closed.count)")
    }

    static func noOpenAction(_ id: String, _ language: Language) -> String {
        pick(language, "avointa tehtävää \(id) ei ole (katso vuosikello actions)",
             "det finns ingen öppen uppgift \(id) (se vuosikello actions)",
             "there is no open action \(id) (see vuosikello actions)")
    }

    static func closedAction(_ id: Int64, _ language: Language) -> String {
        pick(language, "tehtävä #\(id) merkitty tehdyksi", "uppgift #\(id) markerad som klar", "action #\(id) marked done")
    }

    static func documentsWritten(_ report: DocumentPublisher.Report, _ language: Language) -> String {
        pick(language, "asiakirjat: kirjoitettu \(report.written), ennallaan \(report.unchanged), poistettu \(report.removed)",
             "dokument: skrivna \(report.written), oförändrade \(report.unchanged), borttagna \(report.removed)",
             "documents: \(report.written) written, \(report.unchanged) unchanged, \(report.removed) removed")
    }

    static func wheelsWritten(_ count: Int, _ language: Language) -> String {
        pick(language, "vuosikellot: kirjoitettu \(count)", "årshjul: skrivna \(count)", "annual wheels: \(count) written")
    }

    static func serving(host: String, port: Int, _ language: Language) -> String {
        pick(language, "palvelin käynnissä: http://\(host):\(port)/", "servern är igång: http://\(host):\(port)/",
             "serving on http://\(host):\(port)/")
    }

    static func siteRebuilt(_ language: Language) -> String {
        pick(language, "muutos huomattu: sivusto päivitetty", "ändring upptäckt: webbplatsen uppdaterad",
             "change noticed: the site was rebuilt")
    }

    static func siteKept(_ language: Language) -> String {
        pick(language, "sivustoa ei päivitetty; edellinen versio on yhä käytössä",
             "webbplatsen uppdaterades inte; den tidigare versionen används fortfarande",
             "the site was not rebuilt; the previous one is still served")
    }

    static func tokenIssued(_ person: String, _ language: Language) -> String {
        pick(language, "uusi tunniste henkilölle \(person) (aiempi lakkaa toimimasta). Yksityiset kalenterit:",
             "ny nyckel för \(person) (den tidigare slutar fungera). Privata kalendrar:",
             "new token for \(person) (any earlier one stops working). Private feeds:")
    }

    static func tokenRevoked(_ person: String, _ language: Language) -> String {
        pick(language, "henkilön \(person) tunniste peruttu", "nyckeln för \(person) återkallad", "revoked the token of \(person)")
    }

    static func noToken(_ person: String, _ language: Language) -> String {
        pick(language, "henkilöllä \(person) ei ole tunnistetta", "\(person) har ingen nyckel", "\(person) has no token")
    }

    static func unreadable(_ path: String, _ language: Language) -> String {
        pick(language, "tiedostoa \(path) ei voi lukea", "filen \(path) kan inte läsas", "cannot read \(path)")
    }

    static func unknownFeed(_ feed: String, _ language: Language) -> String {
        pick(language, "syötettä '\(feed)' ei ole (all, verkoston tunnus tai people/HENKILÖ)",
             "flödet '\(feed)' finns inte (all, ett nätverks id eller people/PERSON)",
             "there is no feed '\(feed)' (all, a network's id, or people/PERSON)")
    }

    static func published(_ report: CalDAVPublisher.Report, to url: String, _ language: Language) -> String {
        pick(language, "\(url): uusia \(report.created), päivitetty \(report.updated), ennallaan \(report.unchanged), "
                 + "poistettu \(report.deleted)",
             "\(url): nya \(report.created), uppdaterade \(report.updated), oförändrade \(report.unchanged), "
                 + "borttagna \(report.deleted)",
             "\(url): \(report.created) created, \(report.updated) updated, \(report.unchanged) unchanged, "
                 + "\(report.deleted) deleted")
    }

    static func caldavFailed(_ detail: String, _ language: Language) -> String {
        pick(language, "CalDAV-palvelin ei hyväksynyt pyyntöä: \(detail)", "CalDAV-servern avvisade begäran: \(detail)",
             "the CalDAV server refused: \(detail)")
    }
}
