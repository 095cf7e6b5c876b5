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

    static func database(_ failure: StorageFailure, detail: String, _ language: Language) -> String {
        let head = pick(language, "projektin tietokantaa (vuosikello.sqlite) ei voi käyttää: ",
                        "projektets databas (vuosikello.sqlite) kan inte användas: ",
                        "the project database (vuosikello.sqlite) cannot be used: ")
        let why: String
        switch failure {
        case .busy: why = pick(language, "toinen ohjelma pitää sitä varattuna; yritä hetken päästä uudelleen",
                               "ett annat program håller den upptagen; försök igen om en stund",
                               "another program keeps it busy; try again in a moment")
        case .full: why = pick(language, "levy on täynnä", "disken är full", "the disk is full")
        case .damaged: why = pick(language, "tiedosto ei ole tietokanta tai se on vioittunut; palauta varmuuskopio",
                                  "filen är ingen databas eller är skadad; återställ en säkerhetskopia",
                                  "the file is not a database or is damaged; restore a backup")
        case .readOnly: why = pick(language, "tiedostoon tai kansioon ei voi kirjoittaa (oikeudet)",
                                   "filen eller mappen är skrivskyddad (behörigheter)",
                                   "the file or its folder cannot be written (permissions)")
        case .cannotOpen: why = pick(language, "tiedostoa tai kansiota ei voi avata", "filen eller mappen kan inte öppnas",
                                     "the file or its folder cannot be opened")
        case .other: why = pick(language, "tuntematon virhe", "okänt fel", "an unknown error")
        }
        return head + why + " [SQLite: \(detail)]"
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

    /// The refusal of a move: every rule it breaks, one a line, and the nearest free times.
    static func refusedMove(_ key: String, day: Day, start: TimeOfDay, _ blockers: [String],
                            nearby: [MeetingActs.Slot], _ language: Language) -> String {
        var lines = [pick(language, "kokousta \(key) ei siirretty päivälle \(day.finnish) klo \(start.finnish):",
                          "mötet \(key) flyttades inte till \(day.finnish) kl. \(start.finnish):",
                          "\(key) was not moved to \(day.finnish) at \(start.finnish):")]
        lines += blockers.map { "  - " + $0 }
        if !nearby.isEmpty {
            let times = nearby.map { "\($0.day.weekday.abbreviation(language)) \($0.day.finnish) "
                + pick(language, "klo ", "kl. ", "") + $0.start.finnish }
            lines.append(pick(language, "Vapaita aikoja lähellä: ", "Lediga tider i närheten: ", "Free times nearby: ")
                + times.joined(separator: ", "))
        }
        lines.append(pick(language, "Lisää --force, jos siirto on silti tarkoituksellinen.",
                          "Lägg till --force om flytten ändå är avsiktlig.",
                          "Add --force if the move is intended anyway."))
        return lines.joined(separator: "\n")
    }

    static func alreadyHeld(_ key: String, _ day: Day, _ language: Language) -> String {
        pick(language, "kokous \(key) on jo pidetty (\(day.finnish)); mennyttä korjataan vain --force-valinnalla",
             "mötet \(key) har redan hållits (\(day.finnish)); det som har hänt rättas bara med --force",
             "\(key) has already happened (\(day.finnish)); the past is corrected only with --force")
    }

    static func notPlaced(_ language: Language) -> String {
        pick(language, "ei sijoitettu", "inte placerat", "not placed")
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

    static func folderNotEmpty(_ folder: String, _ language: Language) -> String {
        pick(language, "\(folder): kansio on jo olemassa eikä ole tyhjä; anna uusi kansio (mitään ei kirjoitettu)",
             "\(folder): mappen finns redan och är inte tom; ange en ny mapp (inget skrevs)",
             "\(folder): the folder exists and is not empty; give a new folder (nothing was written)")
    }

    static func initDone(_ folder: String, _ language: Language) -> String {
        pick(language, "Valmis. Seuraavaksi: vuosikello check \(folder) ja vuosikello plan \(folder). "
                + "Avaa tiedostot editorissa (esim. VS Code ja YAML-laajennus): kommentit kertovat, mitä kukin kohta tarkoittaa.",
             "Klart. Nästa steg: vuosikello check \(folder) och vuosikello plan \(folder).",
             "Done. Next: vuosikello check \(folder) and vuosikello plan \(folder). "
                + "Open the files in an editor (e.g. VS Code with the YAML extension): the comments say what each part means.")
    }

    static func badNetworkID(_ id: String, _ language: Language) -> String {
        pick(language, "'\(id)' ei käy verkoston tunnukseksi: käytä pieniä kirjaimia a–z, numeroita ja väliviivoja (esim. lape-juva)",
             "'\(id)' duger inte som nätverkets id: använd små bokstäver a–z, siffror och bindestreck",
             "'\(id)' cannot name a network: use lower-case letters a–z, digits and hyphens (e.g. lape-juva)")
    }

    static func networkExists(_ path: String, _ language: Language) -> String {
        pick(language, "\(path) on jo olemassa; valitse toinen tunnus (mitään ei kirjoitettu)",
             "\(path) finns redan; välj ett annat id (inget skrevs)",
             "\(path) already exists; choose another id (nothing was written)")
    }

    static func newNetworkDone(_ path: String, _ folder: String, _ language: Language) -> String {
        pick(language, "kirjoitettu \(path); täydennä jäsenet ja rytmi, ja tarkista: vuosikello check \(folder)",
             "skrivet \(path); fyll i medlemmar och rytm, och kontrollera: vuosikello check \(folder)",
             "wrote \(path); fill in the members and the cadence, then: vuosikello check \(folder)")
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
        let decided = minutes.decisions.filter { !$0.text.isEmpty }.count
        let head = stored ? pick(language, "kirjattu", "antecknat", "recorded")
            : pick(language, "tarkistettu (ei tallennettu)", "kontrollerat (inte sparat)", "checked (not stored)")
        return "\(head) \(minutes.meetingKey): "
            + pick(language, "läsnä \(count(.present)), poissa \(count(.absent)), sijaisia \(count(.substitute)); "
                    + "päätöksiä \(decided); uusia tehtäviä \(minutes.actions.count); "
                    + "valmiiksi merkittyjä \(minutes.closed.count)",
                   "närvarande \(count(.present)), frånvarande \(count(.absent)), ersättare \(count(.substitute)); "
                    + "beslut \(decided); nya uppgifter \(minutes.actions.count); "
                    + "avklarade \(minutes.closed.count)",
                   "present \(count(.present)), absent \(count(.absent)), substitutes \(count(.substitute)); "
                    + "decisions \(decided); new actions \(minutes.actions.count); "
                    + "closed \(minutes.closed.count)")
    }

    static func minutesUnchanged(_ key: String, _ language: Language) -> String {
        pick(language, "\(key): muistio on jo kirjattu juuri näin; ei muutoksia",
             "\(key): anteckningarna är redan sparade precis så; inga ändringar",
             "\(key): these minutes are already recorded as they are; nothing changes")
    }

    /// What a corrected minutes file would change, one change a line.
    static func minutesChanges(_ key: String, _ changes: [MinutesChange], _ language: Language) -> String {
        func status(_ a: RecordedMinutes.Attendance?) -> String {
            guard let a else { return pick(language, "ei merkitty", "inte markerad", "not marked") }
            switch a.status {
            case .present: return pick(language, "läsnä", "närvarande", "present")
            case .absent: return pick(language, "poissa", "frånvarande", "absent")
            case .substitute:
                return pick(language, "sijainen", "ersättare", "substitute") + (a.substitute.map { " \($0)" } ?? "")
            }
        }
        func action(_ a: RecordedMinutes.NewAction) -> String { "\(a.what) | \(a.owner) | \(a.due)" }
        let decision = pick(language, "päätös", "beslut", "decision"), task = pick(language, "tehtävä", "uppgift", "action")
        let discussion = pick(language, "keskustelu", "diskussion", "discussion")
        /// An item's decision, and its discussion when there is one.
        func said(_ d: RecordedMinutes.Decision) -> String {
            d.discussion.isEmpty ? d.text : "\(d.text) (\(discussion): \(d.discussion))"
        }
        var lines = [pick(language, "\(key): muistio on jo kirjattu; korjattu versio muuttaisi:",
                          "\(key): anteckningarna är redan sparade; den rättade versionen skulle ändra:",
                          "\(key): minutes are already recorded; the corrected version would change:")]
        for change in changes {
            switch change {
            case let .attendance(person, from, to):
                lines.append("  ~ \(person): \(status(from)) → \(status(to))")
            case .decisionAdded(let d): lines.append("  + \(decision) \(d.itemNumber): \(said(d))")
            case .decisionRemoved(let d): lines.append("  - \(decision) \(d.itemNumber): \(said(d))")
            case let .decisionChanged(from, to):
                lines.append("  ~ \(decision) \(to.itemNumber): \(said(from)) → \(said(to))")
            case .actionAdded(let a): lines.append("  + \(task): \(action(a))")
            case .actionRemoved(let a): lines.append("  - \(task): \(action(a))")
            case let .actionDueChanged(a, from): lines.append("  ~ \(task): \(a.what): \(from) → \(a.due)")
            case .actionClosed(let id):
                lines.append("  ~ #\(id) " + pick(language, "merkitään tehdyksi", "markeras som klar", "is marked done"))
            case .actionReopened(let id):
                lines.append("  ~ #\(id) " + pick(language, "avataan uudelleen", "öppnas igen", "is open again"))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func blankMinutes(_ file: String, recorded: Bool, _ language: Language) -> String {
        let kept = recorded
            ? pick(language, "aiemmat kirjaukset ennallaan", "tidigare anteckningar oförändrade", "the earlier record is unchanged")
            : pick(language, "mitään ei tallennettu", "inget sparades", "nothing was stored")
        return "\(file): " + pick(language, "tiedostossa ei ole kirjauksia (ei läsnäolijoita, päätöksiä eikä tehtäviä); ",
                                  "filen har inga anteckningar (ingen närvarande, inga beslut eller uppgifter); ",
                                  "the file records nothing (nobody present, no decisions, no actions); ") + kept
    }

    static func noMinutesVersions(_ key: String, _ language: Language) -> String {
        pick(language, "\(key): muistiota ei ole korvattu; aiempia versioita ei ole",
             "\(key): anteckningarna har inte ersatts; inga tidigare versioner",
             "\(key): these minutes were never replaced; there are no earlier versions")
    }

    static func minutesVersion(_ version: MinutesVersion, _ language: Language) -> String {
        let m = version.minutes
        let present = m.attendance.filter { $0.status != .absent }.count
        return "\(version.number): " + pick(language,
            "kirjattu \(version.recordedAt), korvattu \(version.replacedAt): läsnä \(present), päätöksiä \(m.decisions.count), tehtäviä \(m.actions.count), valmiiksi merkittyjä \(m.closed.count)",
            "antecknat \(version.recordedAt), ersatt \(version.replacedAt): närvarande \(present), beslut \(m.decisions.count), uppgifter \(m.actions.count), avklarade \(m.closed.count)",
            "recorded \(version.recordedAt), replaced \(version.replacedAt): present \(present), decisions \(m.decisions.count), actions \(m.actions.count), closed \(m.closed.count)")
    }

    static func noMinutesVersion(_ key: String, _ number: Int, _ language: Language) -> String {
        pick(language, "\(key): versiota \(number) ei ole (katso vuosikello minutes versions \(key))",
             "\(key): det finns ingen version \(number) (se vuosikello minutes versions \(key))",
             "\(key): there is no version \(number) (see vuosikello minutes versions \(key))")
    }

    static func replaceToStore(_ language: Language) -> String {
        pick(language, "mitään ei tallennettu; lisää --replace, niin korjattu muistio korvaa aiemman",
             "inget sparades; lägg till --replace så ersätter de rättade anteckningarna de tidigare",
             "nothing was stored; add --replace to replace the earlier minutes with the corrected ones")
    }

    static func noOpenAction(_ id: String, _ language: Language) -> String {
        pick(language, "avointa tehtävää \(id) ei ole (katso vuosikello actions)",
             "det finns ingen öppen uppgift \(id) (se vuosikello actions)",
             "there is no open action \(id) (see vuosikello actions)")
    }

    static func closedAction(_ id: Int64, _ language: Language) -> String {
        pick(language, "tehtävä #\(id) merkitty tehdyksi", "uppgift #\(id) markerad som klar", "action #\(id) marked done")
    }

    static func unknownTask(_ key: String, suggestion: String?, _ language: Language) -> String {
        let hint = suggestion.map { s in pick(language, " Tarkoititko '\(s)'?", " Menade du '\(s)'?", " Did you mean '\(s)'?") } ?? ""
        return pick(language, "vuosikellon tehtävää '\(key)' ei ole suunnitelmassa (katso vuosikello tasks).",
                    "årshjulsuppgiften '\(key)' finns inte i planen (se vuosikello tasks).",
                    "there is no task '\(key)' in the plan (see vuosikello tasks).") + hint
    }

    static func taskDone(_ key: String, already: Bool, _ language: Language) -> String {
        already ? pick(language, "tehtävä \(key) oli jo merkitty tehdyksi", "uppgiften \(key) var redan klar",
                       "task \(key) was already marked done")
            : pick(language, "tehtävä \(key) merkitty tehdyksi", "uppgiften \(key) markerad som klar", "task \(key) marked done")
    }

    static func taskReopened(_ key: String, wasDone: Bool, _ language: Language) -> String {
        wasDone ? pick(language, "tehtävä \(key) on taas avoinna", "uppgiften \(key) är öppen igen", "task \(key) is open again")
            : pick(language, "tehtävää \(key) ei ollut merkitty tehdyksi", "uppgiften \(key) var inte markerad som klar",
                   "task \(key) was not marked done")
    }

    static func documentsWritten(_ report: DocumentPublisher.Report, _ language: Language) -> String {
        pick(language, "asiakirjat: kirjoitettu \(report.written), ennallaan \(report.unchanged), poistettu \(report.removed)",
             "dokument: skrivna \(report.written), oförändrade \(report.unchanged), borttagna \(report.removed)",
             "documents: \(report.written) written, \(report.unchanged) unchanged, \(report.removed) removed")
            + (report.reportsWritten + report.reportsUnchanged == 0 ? "" : "\n" + pick(
                language, "seurantaraportit: kirjoitettu \(report.reportsWritten), ennallaan \(report.reportsUnchanged)",
                "uppföljningsrapporter: skrivna \(report.reportsWritten), oförändrade \(report.reportsUnchanged)",
                "monitoring reports: \(report.reportsWritten) written, \(report.reportsUnchanged) unchanged"))
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

    static func siteHeldBack(_ keys: [String], _ language: Language) -> String {
        let list = keys.prefix(8).joined(separator: ", ") + (keys.count > 8 ? ", …" : "")
        return pick(language,
                    "sivustoa ei päivitetty: muutos peruisi kerralla \(keys.count) julkaistua kokousta (\(list)). Jos se on tarkoitus, vahvista komennolla vuosikello build; muuten korjaa sääntötiedosto",
                    "webbplatsen uppdaterades inte: ändringen skulle ställa in \(keys.count) publicerade möten på en gång (\(list)). Om det är meningen, bekräfta med vuosikello build; annars rätta regelfilen",
                    "the site was not rebuilt: the change would cancel \(keys.count) published meetings at once (\(list)). If that is meant, confirm it with vuosikello build; else fix the rule file")
    }

    static func siteAbandoned(_ seconds: Double, _ language: Language) -> String {
        pick(language, "sivuston päivitys keskeytettiin, koska se kesti yli \(Int(seconds)) s; edellinen versio on yhä käytössä, ja päivitystä yritetään uudelleen seuraavan muutoksen jälkeen",
             "uppdateringen av webbplatsen avbröts eftersom den tog över \(Int(seconds)) s; den tidigare versionen används fortfarande, och ett nytt försök görs efter nästa ändring",
             "the rebuild was abandoned after taking over \(Int(seconds)) s; the previous site is still served, and the next change tries again")
    }

    static func siteSlow(_ seconds: Double, _ language: Language) -> String {
        pick(language, "sivuston päivitys on kestänyt yli \(Int(seconds)) s; edellinen versio on yhä käytössä, ja päivitys keskeytetään ennen kuin se kirjoittaa mitään",
             "uppdateringen av webbplatsen har tagit över \(Int(seconds)) s; den tidigare versionen används fortfarande, och uppdateringen avbryts innan den skriver något",
             "rebuilding the site has taken over \(Int(seconds)) s; the previous one is still served, and the rebuild will be abandoned before it writes")
    }

    static func connectionsFull(_ maximum: Int, _ language: Language) -> String {
        pick(language, "avoimia yhteyksiä on enimmäismäärä (\(maximum), tiedostorajan alla); uudet yhteydet odottavat, kunnes joutilaat suljetaan (10 s)",
             "öppna anslutningar har nått maximum (\(maximum), under filgränsen); nya anslutningar väntar tills vilande stängs (10 s)",
             "open connections are at the maximum (\(maximum), below the file limit); new ones wait until idle ones close (10 s)")
    }

    static func siteKept(_ language: Language) -> String {
        pick(language, "sivustoa ei päivitetty; edellinen versio on yhä käytössä",
             "webbplatsen uppdaterades inte; den tidigare versionen används fortfarande",
             "the site was not rebuilt; the previous one is still served")
    }

    // MARK: Workspace accounts

    static func accountSaved(_ id: String, role: String, networks: [String], _ language: Language) -> String {
        let list = networks.isEmpty ? "" : " (" + networks.joined(separator: ", ") + ")"
        return pick(language, "tunnus \(id) tallennettu: \(role)\(list). Kirjautuminen: /workspace/signin",
                    "kontot \(id) sparat: \(role)\(list). Inloggning: /workspace/signin",
                    "account \(id) saved: \(role)\(list). Sign in at /workspace/signin")
    }

    static func accountRemoved(_ id: String, _ language: Language) -> String {
        pick(language, "tunnus \(id) poistettu; sen istunnot päättyivät", "kontot \(id) borttaget; dess sessioner avslutades",
             "account \(id) removed; its sessions ended")
    }

    static func noAccount(_ id: String, _ language: Language) -> String {
        pick(language, "virhe: tunnusta '\(id)' ei ole", "fel: kontot '\(id)' finns inte", "error: there is no account '\(id)'")
    }

    static func invalidAccountID(_ id: String, _ language: Language) -> String {
        pick(language, "virhe: tunnus '\(id)' ei käy: käytä kirjaimia, numeroita ja merkkejä - _ . (enintään 64)",
             "fel: kontot '\(id)' går inte: använd bokstäver, siffror och - _ . (högst 64)",
             "error: account name '\(id)' is not allowed: use letters, digits and - _ . (at most 64)")
    }

    static func networksNeeded(_ role: String, _ language: Language) -> String {
        pick(language, "virhe: roolille \(role) anna verkostot, joissa hän toimii: --network ID (voi toistaa)",
             "fel: ange nätverken för rollen \(role): --network ID (kan upprepas)",
             "error: a \(role) needs the networks they act on: --network ID (may be repeated)")
    }

    static func passwordTooShort(_ minimum: Int, _ language: Language) -> String {
        pick(language, "virhe: salasanassa pitää olla vähintään \(minimum) merkkiä; mitään ei tallennettu",
             "fel: lösenordet måste ha minst \(minimum) tecken; inget sparades",
             "error: the password needs at least \(minimum) characters; nothing was saved")
    }

    static func passwordsDiffer(_ language: Language) -> String {
        pick(language, "virhe: salasanat eivät täsmää; mitään ei tallennettu", "fel: lösenorden stämmer inte; inget sparades",
             "error: the passwords differ; nothing was saved")
    }

    static func passwordPrompt(again: Bool, _ language: Language) -> String {
        again ? pick(language, "Salasana uudelleen: ", "Lösenordet igen: ", "Password again: ")
            : pick(language, "Salasana: ", "Lösenord: ", "Password: ")
    }

    static func tokenIssued(_ person: String, _ language: Language) -> String {
        pick(language, "uusi tunniste henkilölle \(person) (aiempi lakkaa toimimasta). Yksityiset kalenterit:",
             "ny nyckel för \(person) (den tidigare slutar fungera). Privata kalendrar:",
             "new token for \(person) (any earlier one stops working). Private feeds:")
    }

    static func tokenRevoked(_ person: String, _ language: Language) -> String {
        pick(language, "henkilön \(person) tunniste ja vastauslinkit peruttu", "nyckeln och svarslänkarna för \(person) återkallade",
             "revoked the token and answer links of \(person)")
    }

    static func noToken(_ person: String, _ language: Language) -> String {
        pick(language, "henkilöllä \(person) ei ole tunnistetta (vastauslinkit peruttu)", "\(person) har ingen nyckel (svarslänkarna återkallade)",
             "\(person) has no token (answer links revoked)")
    }

    static func cannotWrite(_ path: String, _ reason: String, _ language: Language) -> String {
        pick(language, "tiedostoa \(path) ei voi kirjoittaa (\(reason)); työ keskeytettiin",
             "filen \(path) kan inte skrivas (\(reason)); arbetet avbröts",
             "cannot write \(path) (\(reason)); the work was stopped")
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

// MARK: Invitations

extension Messages {
    static func noSender(_ language: Language) -> String {
        language.pick("Kerro lähettäjän sähköpostiosoite: --mail-from tai VUOSIKELLO_MAIL_FROM (esim. vuosikello@perhekeskus.fi).",
                      "Ange avsändarens adress: --mail-from eller VUOSIKELLO_MAIL_FROM.",
                      "Give the sender's address: --mail-from or VUOSIKELLO_MAIL_FROM (e.g. vuosikello@familycentre.example).")
    }

    static func noSendmail(_ program: String, _ language: Language) -> String {
        language.pick("Postiohjelmaa '\(program)' ei löydy. Asenna msmtp-mta, Postfix tai Exim, tai kerro ohjelma: --sendmail \"msmtp -C /etc/msmtprc\".",
                      "E-postprogrammet '\(program)' hittades inte. Installera msmtp-mta, Postfix eller Exim, eller ange programmet med --sendmail.",
                      "The mail program '\(program)' was not found. Install msmtp-mta, Postfix or Exim, or name it: --sendmail \"msmtp -C /etc/msmtprc\".")
    }

    static func requeued(_ count: Int, _ language: Language) -> String {
        language.pick("\(count) epävarmaa viestiä jonossa uudelleen.", "\(count) osäkra meddelanden köade igen.",
                      "\(count) uncertain messages queued again.")
    }

    static func invited(_ report: Invitations.Report, dryRun folder: String?, _ language: Language) -> String {
        if let folder {
            return language.pick("Kokeilu: \(report.written) kutsua kirjoitettu kansioon \(folder)/ (mitään ei lähetetty eikä tallennettu).",
                                 "Prov: \(report.written) kallelser skrivna i \(folder)/ (inget skickat eller sparat).",
                                 "Dry run: \(report.written) invitations written to \(folder)/ (nothing sent or stored).")
        }
        let waiting = report.waiting > 0
            ? language.pick(", \(report.waiting) odottaa uutta yritystä", ", \(report.waiting) väntar på nytt försök",
                            ", \(report.waiting) waiting to be tried again") : ""
        return language.pick("Kutsut: \(report.queued) uutta jonoon, \(report.sent) lähetetty\(waiting).",
                             "Kallelser: \(report.queued) nya i kön, \(report.sent) skickade\(waiting).",
                             "Invitations: \(report.queued) queued, \(report.sent) sent\(waiting).")
    }

    static func noAddress(_ person: String, meetings: Int, _ language: Language) -> String {
        language.pick("ilman sähköpostiosoitetta, ei kutsuttu: \(person) (\(meetings) kokousta)",
                      "utan e-postadress, inte kallad: \(person) (\(meetings) möten)",
                      "no e-mail address, not invited: \(person) (\(meetings) meetings)")
    }

    static func sendFailed(_ message: OutboxMessage, _ error: String, _ language: Language) -> String {
        language.pick("Viesti ei lähtenyt (\(message.meetingKey) → \(message.personID)): \(error). Yritetään uudelleen myöhemmin.",
                      "Meddelandet skickades inte (\(message.meetingKey) → \(message.personID)): \(error). Försöker igen senare.",
                      "Not sent (\(message.meetingKey) → \(message.personID)): \(error). It will be tried again later.")
    }

    static func abandoned(_ message: OutboxMessage, _ language: Language) -> String {
        language.pick("Luovuttu \(OutboxMessage.maxAttempts) yrityksen jälkeen: \(message.meetingKey) → \(message.personID): \(message.lastError ?? "")",
                      "Gav upp efter \(OutboxMessage.maxAttempts) försök: \(message.meetingKey) → \(message.personID): \(message.lastError ?? "")",
                      "Given up after \(OutboxMessage.maxAttempts) attempts: \(message.meetingKey) → \(message.personID): \(message.lastError ?? "")")
    }

    static func uncertain(_ messages: [OutboxMessage], _ language: Language) -> String {
        let list = messages.prefix(10).map { "\($0.meetingKey) → \($0.personID)" }.joined(separator: ", ")
        return language.pick(
            "\(messages.count) viestin lähetys keskeytyi kesken, eikä tiedetä, lähtikö se (\(list)). Tarkista postipalvelimen loki; lähetä uudelleen: vuosikello invite --resend-uncertain.",
            "\(messages.count) meddelanden avbröts under sändningen (\(list)). Kontrollera e-postloggen; skicka igen: vuosikello invite --resend-uncertain.",
            "\(messages.count) messages were interrupted while being handed over and may or may not have left (\(list)). Check the mail log; send again with: vuosikello invite --resend-uncertain.")
    }
}

// MARK: PDF

extension Messages {
    static func noLibreOffice(_ language: Language) -> String {
        language.pick("PDF tehdään LibreOfficella, jota ei löydy. Asenna se (Debian: sudo apt install libreoffice-writer-nogui) tai valitse --format docx.",
                      "PDF görs med LibreOffice, som inte hittades. Installera det (Debian: sudo apt install libreoffice-writer-nogui) eller välj --format docx.",
                      "PDF is made with LibreOffice, which was not found. Install it (Debian: sudo apt install libreoffice-writer-nogui) or choose --format docx.")
    }

    static func pdfFailed(_ reason: String, _ language: Language) -> String {
        language.pick("PDF:n teko epäonnistui: \(reason).", "PDF kunde inte göras: \(reason).", "The PDF could not be made: \(reason).")
    }
}

// MARK: Backups

extension Messages {
    static func noDatabase(_ path: String, _ language: Language) -> String {
        language.pick("Tietokantaa \(path) ei ole vielä: mitään varmuuskopioitavaa ei ole.",
                      "Databasen \(path) finns inte ännu: inget att säkerhetskopiera.",
                      "There is no database \(path) yet: nothing to back up.")
    }

    static func backedUp(_ file: String, bytes: Int, _ language: Language) -> String {
        let size = max(1, bytes / 1024)
        return language.pick("varmuuskopio kirjoitettu: \(file) (\(size) kt)", "säkerhetskopian skriven: \(file) (\(size) kB)",
                             "backup written: \(file) (\(size) kB)")
    }

    static func noBackup(_ file: String, _ language: Language) -> String {
        language.pick("Varmuuskopiota \(file) ei löydy; tietokanta ennallaan.", "Säkerhetskopian \(file) hittades inte; databasen oförändrad.",
                      "There is no backup \(file); the database is unchanged.")
    }

    static func notABackup(_ file: String, _ language: Language) -> String {
        language.pick("\(file) ei ole Vuosikellon tietokanta; tietokanta ennallaan.",
                      "\(file) är inte en Vuosikello-databas; databasen oförändrad.",
                      "\(file) is not a Vuosikello database; the database is unchanged.")
    }

    static func restoredBackup(_ file: String, kept: String, _ language: Language) -> String {
        language.pick("palautettu varmuuskopiosta \(file); edellinen sisältö tallessa: \(kept)",
                      "återställd från \(file); det tidigare innehållet sparat: \(kept)",
                      "restored from \(file); the content it replaced is kept in \(kept)")
    }

    static func newerDatabase(_ failure: NewerDatabase, _ language: Language) -> String {
        language.pick("\(failure.path) on tehty uudemmalla Vuosikellon versiolla; tämä versio ei lue sitä (mitään ei muutettu). Käytä uudempaa versiota tai palauta tällä versiolla tehty varmuuskopio.",
                      "\(failure.path) skrevs av en nyare version av Vuosikello; den här versionen läser den inte (inget ändrat). Använd den nyare versionen eller återställ en säkerhetskopia gjord med den här.",
                      "\(failure.path) was written by a newer Vuosikello; this version does not read it (nothing changed). Use the newer version, or restore a backup made with this one.")
    }
}

extension Messages {
    /// Said before the command line is read, so in the language the environment asks for.
    static func settingsUnreadable(path: String, reason: Settings.FileError.Reason) -> String {
        let language = ProcessInfo.processInfo.environment["VUOSIKELLO_LANG"].flatMap(Language.init(rawValue:)) ?? .fi
        switch reason {
        case .missing:
            return language.pick("Asetustiedostoa \(path) ei ole (VUOSIKELLO_CONFIG).",
                                 "Inställningsfilen \(path) finns inte (VUOSIKELLO_CONFIG).",
                                 "The settings file \(path) does not exist (VUOSIKELLO_CONFIG).")
        case .unreadable:
            return language.pick("Asetustiedostoa \(path) ei voi lukea: ei lukuoikeutta.",
                                 "Inställningsfilen \(path) kan inte läsas: ingen läsbehörighet.",
                                 "The settings file \(path) cannot be read: no permission.")
        case .malformed(let reason):
            return language.pick("Asetustiedostoa \(path) ei voi lukea: \(reason)",
                                 "Inställningsfilen \(path) kan inte läsas: \(reason)",
                                 "The settings file \(path) cannot be read: \(reason)")
        }
    }
}
