import Rendering
import Rules
import Scheduling
import Storage

/// The workspace's words, Finnish first, each with its Swedish and English: the one
/// place they are chosen. Templates get them as `t.<name>`.
struct WorkspaceWords {
    let language: Language

    private func pick(_ fi: String, _ sv: String, _ en: String) -> String { language.pick(fi, sv, en) }

    /// Every fixed word a template may show.
    var table: [String: String] {
        [
            "workspace": pick("Työtila", "Arbetsyta", "Workspace"),
            "proposal": pick("Päätösehdotus", "Beslutsförslag", "Proposed decision"),
            "saveProposal": pick("Tallenna ehdotus", "Spara förslaget", "Save the proposal"),
            "answerTitle": pick("Vastaa kokouskutsuun", "Svara på kallelsen", "Answer the invitation"),
            "answerLegend": pick("Tuletko kokoukseen?", "Kommer du till mötet?", "Are you coming?"),
            "answerSubstitute": pick("Sijaisen nimi (jos lähetät sijaisen)", "Ersättarens namn (om du skickar en ersättare)",
                                     "The substitute's name (if you send one)"),
            "answerSend": pick("Lähetä vastaus", "Skicka svaret", "Send the answer"),
            "answerChoose": pick("Valitse yksi vaihtoehdoista.", "Välj ett av alternativen.", "Choose one of the answers."),
            "answerRefused": pick("Linkki ei ole voimassa: kokous on jo pidetty, peruttu tai linkki on vanhentunut. Kysy koollekutsujalta.",
                                  "Länken gäller inte: mötet har hållits, ställts in eller länken har gått ut. Fråga sammankallaren.",
                                  "This link is not valid: the meeting has been held or cancelled, or the link has expired. Ask the convener."),
            "answers": pick("Vastaukset kutsuun", "Svar på kallelsen", "Answers to the invitation"),
            "noAnswer": pick("ei vastannut", "inget svar", "no answer"),
            "invitationsNav": pick("Kutsut", "Kallelser", "Invitations"),
            "invitationsHelp": pick("Kutsut lähtevät sähköpostina kaikille kokousten osallistujille, joilla on osoite: uudet ja muuttuneet kokoukset, esityslista liitteenä kun sen määräpäivä on tullut, ja peruutukset. Jokainen versio lähtee kerran.",
                                    "Kallelserna skickas per e-post till alla deltagare med adress: nya och ändrade möten, föredragningslistan bifogad när dess dag har kommit, och inställda möten. Varje version skickas en gång.",
                                    "Invitations go by e-mail to every attendee with an address: new and changed meetings, the agenda attached once its day has come, and cancellations. Each version is sent once."),
            "outbox": pick("Lähtevät viestit", "Utgående meddelanden", "Outbox"),
            "outboxProblems": pick("Vaativat huomiota", "Kräver uppmärksamhet", "Needing attention"),
            "mailNotConfigured": pick("Sähköpostia ei ole määritetty: käynnistä palvelin valinnoilla --sendmail ja --mail-from.",
                                      "E-post är inte konfigurerad: starta servern med --sendmail och --mail-from.",
                                      "Mail is not configured: start the server with --sendmail and --mail-from."),
            "error": pick("Virhe", "Fel", "Error"),
            "sendInvitations": pick("Lähetä kutsut", "Skicka kallelser", "Send the invitations"),
            "invitations": pick("Kutsut sähköpostilla", "Kallelser per e-post", "Invitations by e-mail"),
            "skip": pick("Siirry sisältöön", "Hoppa till innehållet", "Skip to content"),
            "signIn": pick("Kirjaudu sisään", "Logga in", "Sign in"),
            "signOut": pick("Kirjaudu ulos", "Logga ut", "Sign out"),
            "account": pick("Käyttäjätunnus", "Användarnamn", "User name"),
            "password": pick("Salasana", "Lösenord", "Password"),
            "signedInAs": pick("Kirjautunut", "Inloggad", "Signed in as"),
            "languages": pick("Kieli", "Språk", "Language"),
            "plan": pick("Kokoukset", "Möten", "Meetings"),
            "audit": pick("Muutoshistoria", "Ändringshistorik", "Audit log"),
            "publicPage": pick("Julkinen sivu", "Offentlig sida", "Public page"),
            "filters": pick("Rajaa", "Filtrera", "Filter"),
            "search": pick("Haku", "Sök", "Search"),
            "searchHelp": pick("Avain, otsikko, verkosto tai asialistan kohta", "Nyckel, rubrik, nätverk eller ärende",
                               "Key, title, network or agenda item"),
            "network": pick("Verkosto", "Nätverk", "Network"),
            "person": pick("Henkilö", "Person", "Person"),
            "mode": pick("Muoto", "Form", "Mode"),
            "status": pick("Tila", "Status", "Status"),
            "year": pick("Vuosi", "År", "Year"),
            "mine": pick("Vain omat kokoukseni", "Bara mina möten", "Only my meetings"),
            "any": pick("Kaikki", "Alla", "All"),
            "apply": pick("Näytä", "Visa", "Show"),
            "clear": pick("Tyhjennä", "Rensa", "Clear"),
            "date": pick("Päivä", "Dag", "Date"),
            "time": pick("Aika", "Tid", "Time"),
            "meeting": pick("Kokous", "Möte", "Meeting"),
            "key": pick("Tunniste", "Nyckel", "Key"),
            "place": pick("Paikka", "Plats", "Place"),
            "roles": pick("Roolit", "Roller", "Roles"),
            "attendees": pick("Osallistujat", "Deltagare", "Attendees"),
            "optional": pick("vapaaehtoinen", "frivillig", "optional"),
            "agenda": pick("Asialista", "Föredragningslista", "Agenda"),
            "documents": pick("Asiakirjat", "Dokument", "Documents"),
            "agendaDraft": pick("Esityslistaluonnos", "Utkast till föredragningslista", "Agenda draft"),
            "minutesTemplate": pick("Pöytäkirjapohja", "Protokollmall", "Minutes template"),
            "history": pick("Historia", "Historik", "History"),
            "noHistory": pick("Ei muutoksia.", "Inga ändringar.", "No changes."),
            "move": pick("Siirrä", "Flytta", "Move"),
            "moveHeading": pick("Siirrä kokous", "Flytta mötet", "Move the meeting"),
            "proposals": pick("Vapaat ajat lähellä (yhdellä painalluksella)", "Lediga tider i närheten (med ett klick)",
                              "Free times nearby (one click)"),
            "noProposals": pick("Lähellä ei ole vapaita aikoja.", "Det finns inga lediga tider i närheten.",
                                "There are no free times nearby."),
            "otherTime": pick("Muu aika", "Annan tid", "Another time"),
            "newDate": pick("Uusi päivä", "Ny dag", "New date"),
            "newTime": pick("Alkaa klo", "Börjar kl.", "Starts at"),
            "cancel": pick("Peru kokous", "Ställ in mötet", "Cancel the meeting"),
            "reason": pick("Syy (näkyy muutoshistoriassa)", "Orsak (syns i ändringshistoriken)", "Reason (shown in the audit log)"),
            "restore": pick("Palauta suunniteltuun aikaan", "Återställ till den planerade tiden", "Restore to the planned time"),
            "restoreHelp": pick("Kumoaa siirron tai peruutuksen.", "Ångrar flyttningen eller inställningen.",
                                "Undoes the move or cancellation."),
            "pastNote": pick("Kokous on jo pidetty: se on historiaa eikä sitä voi muuttaa täällä.",
                             "Mötet har redan hållits: det är historia och kan inte ändras här.",
                             "The meeting has been held: it is history and cannot be changed here."),
            "readOnlyNote": pick("Voit katsoa tätä kokousta; muutokset tekee verkoston puheenjohtaja, sihteeri tai koordinaattori.",
                                 "Du kan se mötet; ändringar görs av nätverkets ordförande, sekreterare eller koordinatorn.",
                                 "You can view this meeting; changes are made by the network's chair, secretary or the coordinator."),
            "when": pick("Milloin", "När", "When"),
            "who": pick("Kuka", "Vem", "Who"),
            "what": pick("Mitä", "Vad", "What"),
            "target": pick("Kohde", "Mål", "Target"),
            "before": pick("Ennen", "Före", "Before"),
            "after": pick("Jälkeen", "Efter", "After"),
            "noMeetings": pick("Rajauksella ei löydy kokouksia.", "Inga möten med det här filtret.",
                               "No meetings match the filter."),
            "found": pick("kokousta", "möten", "meetings"),
            "back": pick("Takaisin kokouksiin", "Tillbaka till mötena", "Back to the meetings"),
            "open": pick("Avaa", "Öppna", "Open"),
            "online": pick("Etäyhteys", "Distansanslutning", "Online"),
            "minutes": pick("Pöytäkirja", "Protokoll", "Minutes"),
            "recordMinutes": pick("Kirjaa pöytäkirja", "För protokoll", "Record the minutes"),
            "correctMinutes": pick("Korjaa pöytäkirjaa", "Korrigera protokollet", "Correct the minutes"),
            "minutesRecorded": pick("Pöytäkirja on kirjattu.", "Protokollet är fört.", "The minutes are recorded."),
            "attendanceHeading": pick("Läsnäolo", "Närvaro", "Attendance"),
            "present": pick("läsnä", "närvarande", "present"),
            "absent": pick("poissa", "frånvarande", "absent"),
            "substitute": pick("sijainen", "ersättare", "substitute"),
            "substituteName": pick("Sijaisen nimi", "Ersättarens namn", "Substitute's name"),
            "decisions": pick("Käsitellyt asiat", "Behandlade ärenden", "Items discussed and decided"),
            "discussion": pick("Keskustelu", "Diskussion", "Discussion"),
            "decision": pick("Päätös", "Beslut", "Decision"),
            "newActions": pick("Uudet tehtävät", "Nya uppgifter", "New actions"),
            "actionWhat": pick("Tehtävä", "Uppgift", "Action"),
            "owner": pick("Vastuuhenkilö", "Ansvarig", "Owner"),
            "due": pick("Määräpäivä", "Förfallodag", "Due"),
            "item": pick("Asiakohta", "Ärende", "Agenda item"),
            "chooseOwner": pick("– valitse –", "– välj –", "– choose –"),
            "closeOpen": pick("Aiemmat avoimet tehtävät: merkitse tehdyiksi", "Tidigare öppna uppgifter: markera som klara",
                              "Earlier open actions: mark as done"),
            "save": pick("Tallenna", "Spara", "Save"),
            "extraItems": pick("Lisäasiat tähän kokoukseen", "Extra ärenden till det här mötet", "Extra items for this meeting"),
            "extraHelp": pick("Asia tulee vain tämän kokouksen esityslistalle, ei sääntöihin.",
                              "Ärendet kommer bara på det här mötets föredragningslista, inte i reglerna.",
                              "The item goes on this meeting's agenda only, not into the rules."),
            "newItem": pick("Uusi asia", "Nytt ärende", "New item"),
            "addItem": pick("Lisää esityslistalle", "Lägg till på föredragningslistan", "Add to the agenda"),
            "removeItem": pick("Poista", "Ta bort", "Remove"),
            "accounts": pick("Tunnukset", "Konton", "Accounts"),
            "addAccount": pick("Lisää tai muuta tunnus", "Lägg till eller ändra ett konto", "Add or change an account"),
            "accountHelp": pick("Koordinaattori voi kaiken; puheenjohtaja, sihteeri ja koollekutsuja toimivat vain valituissa verkostoissa. Sama tunnus uudelleen muuttaa sitä.",
                                "Koordinatorn får allt; ordförande, sekreterare och sammankallare agerar bara i de valda nätverken. Samma namn igen ändrar kontot.",
                                "A coordinator may do everything; a chair, secretary or convener acts on the chosen networks only. The same name again changes the account."),
            "role": pick("Rooli", "Roll", "Role"),
            "passwordAgain": pick("Salasana uudelleen", "Lösenordet igen", "Password again"),
            "passwordHelp": pick("Vähintään 10 merkkiä.", "Minst 10 tecken.", "At least 10 characters."),
            "removeAccount": pick("Poista tunnus", "Ta bort kontot", "Remove the account"),
            "monthView": pick("Kuukausi", "Månad", "Month"),
            "previousMonth": pick("Edellinen kuukausi", "Föregående månad", "Previous month"),
            "nextMonth": pick("Seuraava kuukausi", "Nästa månad", "Next month"),
            "rules": pick("Säännöt", "Regler", "Rules"),
            "rulesHelp": pick("Sääntötiedostot ovat kalenterin ainoa lähde. Muutos tarkistetaan koko kansion kanssa ja sen vaikutukset näytetään ennen tallennusta.",
                              "Regelfilerna är kalenderns enda källa. En ändring kontrolleras med hela mappen och dess följder visas innan den sparas.",
                              "The rule files are the calendar's only source. An edit is checked with the whole folder and its effects are shown before it is saved."),
            "edit": pick("Muokkaa", "Redigera", "Edit"),
            "fileText": pick("Tiedoston teksti", "Filens text", "The file's text"),
            "checkPreview": pick("Tarkista ja näytä muutokset", "Kontrollera och visa ändringarna", "Check and show the changes"),
            "confirmSave": pick("Tallenna nämä muutokset", "Spara de här ändringarna", "Save these changes"),
            "problemsHeading": pick("Virheet: tiedostoa ei tallennettu", "Fel: filen sparades inte", "Problems: the file was not saved"),
            "previewHeading": pick("Mitä muutos tekee", "Vad ändringen gör", "What the edit changes"),
            "versions": pick("Aiemmat versiot", "Tidigare versioner", "Earlier versions"),
            "noVersions": pick("Ei aiempia versioita.", "Inga tidigare versioner.", "No earlier versions."),
            "openVersion": pick("Avaa muokattavaksi", "Öppna för redigering", "Open in the editor"),
            "versionOpened": pick("Aiempi versio on avattu muokattavaksi; se tallentuu vasta, kun tarkistat ja vahvistat sen.",
                                  "En tidigare version är öppnad; den sparas först när du kontrollerar och bekräftar den.",
                                  "An earlier version is open in the editor; it is saved only once you check and confirm it."),
            "numbered": pick("Teksti rivinumeroin", "Texten med radnummer", "The text with line numbers"),
            "newNetwork": pick("Uusi verkosto", "Nytt nätverk", "New network"),
            "networkID": pick("Tunniste (pienet kirjaimet, numerot, väliviiva)", "Nyckel (små bokstäver, siffror, bindestreck)",
                              "Id (lower-case letters, digits, hyphens)"),
            "networkTitle": pick("Nimi", "Namn", "Title"),
            "cadence": pick("Kokouksia vuodessa", "Möten per år", "Meetings a year"),
            "convener": pick("Koollekutsuja", "Sammankallare", "Convener"),
            "membersField": pick("Jäsenet", "Medlemmar", "Members"),
            "create": pick("Luo ja näytä muutokset", "Skapa och visa ändringarna", "Create and show the changes"),
            "changedMeanwhile": pick("Tiedostoa on muutettu sillä välin (toisessa ikkunassa tai editorissa). Avaa se uudelleen; mitään ei tallennettu.",
                                     "Filen har ändrats under tiden. Öppna den igen; inget sparades.",
                                     "The file was changed meanwhile (in another window or editor). Open it again; nothing was saved."),
            "line": pick("rivi", "rad", "line"),
            "column": pick("sarake", "kolumn", "column"),
            "myPage": pick("Oma sivu", "Min sida", "My page"),
            "personalFeed": pick("Oma kalenteri", "Egen kalender", "Personal calendar"),
            "upcoming": pick("Tulevat kokoukset", "Kommande möten", "Coming meetings"),
            "deadlines": pick("Määräajat", "Tidsfrister", "Deadlines"),
            "noDeadlines": pick("Ei tulevia määräaikoja.", "Inga kommande tidsfrister.", "No coming deadlines."),
            "networks": pick("Verkostot", "Nätverk", "Networks"),
            "members": pick("Jäsenet ja roolit", "Medlemmar och roller", "Members and roles"),
            "allMeetings": pick("Kaikki kokoukset", "Alla möten", "All meetings"),
            "feeds": pick("Kalenterit", "Kalendrar", "Calendars"),
            "publicFeed": pick("Julkinen kalenteri", "Offentlig kalender", "Public calendar"),
            "wheel": pick("Vuosikello", "Årshjul", "Annual wheel"),
            "report": pick("Seurantaraportti", "Uppföljningsrapport", "Monitoring report"),
            "reportFiles": pick("Raportti tiedostona (ilman henkilöitä)", "Rapporten som fil (utan personer)",
                                "The report as a file (without people)"),
            "tasksToMark": pick("Merkitse vuosikellon tehtävät", "Markera årshjulets uppgifter", "Mark the year's tasks"),
            "markDone": pick("Merkitse tehdyksi", "Markera som klar", "Mark done"),
            "reopenTask": pick("Avaa uudelleen", "Öppna igen", "Reopen"),
            "privateLink": pick("Yksityinen kalenterilinkki", "Privat kalenderlänk", "Private calendar link"),
            "privateHelp": pick("Linkillä näkee omat ja verkostojen kokoukset nimineen: älä jaa sitä. Linkki näytetään vain kerran; uusi linkki mitätöi vanhan.",
                                "Länken visar dina och nätverkens möten med namn: dela den inte. Länken visas bara en gång; en ny länk gör den gamla ogiltig.",
                                "The link shows your and your networks' meetings with names: do not share it. It is shown only once; a new link revokes the old one."),
            "tokenSince": pick("Linkki annettu", "Länken utfärdad", "Link issued"),
            "noToken": pick("Linkkiä ei ole annettu.", "Ingen länk har utfärdats.", "No link has been issued."),
            "issueToken": pick("Anna uusi linkki", "Utfärda ny länk", "Issue a new link"),
            "revokeToken": pick("Mitätöi linkki", "Återkalla länken", "Revoke the link"),
            "copy": pick("Kopioi", "Kopiera", "Copy"),
            "copied": pick("Kopioitu", "Kopierat", "Copied"),
            "showClosed": pick("Näytä myös tehdyt", "Visa även klara", "Show closed ones too"),
            "fixBelow": pick("Korjaa alla merkityt kohdat; mitään ei tallennettu.", "Rätta de markerade fälten nedan; inget sparades.",
                             "Correct the fields marked below; nothing was saved."),
            "actions": pick("Avoimet tehtävät", "Öppna uppgifter", "Open actions"),
            "noActions": pick("Ei avoimia tehtäviä.", "Inga öppna uppgifter.", "No open actions."),
            "closeAction": pick("Merkitse tehdyksi", "Markera som klar", "Mark done"),
            "reopenAction": pick("Avaa uudelleen", "Öppna igen", "Reopen"),
            "closedActions": pick("Tehdyt tehtävät", "Klara uppgifter", "Closed actions"),
            "recordedAt": pick("Kirjattu kokouksessa", "Fört vid mötet", "Recorded at"),
            "overdue": pick("myöhässä", "försenad", "overdue"),
        ]
    }

    func status(_ status: MeetingStatus) -> String {
        switch status {
        case .planned: return pick("suunniteltu", "planerat", "planned")
        case .moved: return pick("siirretty", "flyttat", "moved")
        case .cancelled: return pick("peruttu", "inställt", "cancelled")
        }
    }

    func role(_ role: Account.Role) -> String {
        switch role {
        case .coordinator: return pick("koordinaattori", "koordinator", "coordinator")
        case .chair: return pick("puheenjohtaja", "ordförande", "chair")
        case .secretary: return pick("sihteeri", "sekreterare", "secretary")
        case .convener: return pick("koollekutsuja", "sammankallare", "convener")
        }
    }

    func action(_ action: AuditEntry.Action) -> String {
        switch action {
        case .moved: return pick("siirsi", "flyttade", "moved")
        case .cancelled: return pick("perui", "ställde in", "cancelled")
        case .restored: return pick("palautti", "återställde", "restored")
        case .accountAdded: return pick("lisäsi tunnuksen", "lade till konto", "added an account")
        case .accountChanged: return pick("muutti tunnusta", "ändrade konto", "changed an account")
        case .accountRemoved: return pick("poisti tunnuksen", "tog bort konto", "removed an account")
        case .tokenIssued: return pick("antoi kalenterilinkin", "utfärdade kalenderlänk", "issued a feed link")
        case .tokenRevoked: return pick("mitätöi kalenterilinkin", "återkallade kalenderlänk", "revoked a feed link")
        case .agendaItemAdded: return pick("lisäsi asian esityslistalle", "lade till ett ärende", "added an agenda item")
        case .agendaItemRemoved: return pick("poisti asian esityslistalta", "tog bort ett ärende", "removed an agenda item")
        case .ruleFileSaved: return pick("tallensi sääntötiedoston", "sparade en regelfil", "saved a rule file")
        case .minutesRecorded: return pick("kirjasi pöytäkirjan", "förde protokoll", "recorded the minutes")
        case .actionClosed: return pick("merkitsi tehtävän tehdyksi", "markerade uppgiften klar", "closed an action")
        case .actionReopened: return pick("avasi tehtävän uudelleen", "öppnade uppgiften igen", "reopened an action")
        case .answered: return pick("vastasi kutsuun", "svarade på kallelsen", "answered the invitation")
        case .answerLinksRevoked: return pick("mitätöi vastauslinkit", "återkallade svarslänkarna", "revoked the answer links")
        case .invitationsQueued: return pick("lähetti kutsut", "skickade kallelserna", "sent the invitations")
        case .proposalWritten: return pick("kirjoitti päätösehdotuksen", "skrev ett beslutsförslag", "wrote a proposed decision")
        case .taskDone: return pick("merkitsi vuosikellon tehtävän tehdyksi", "markerade årshjulsuppgiften klar", "marked a task done")
        case .taskReopened: return pick("avasi vuosikellon tehtävän uudelleen", "öppnade årshjulsuppgiften igen", "reopened a task")
        }
    }

    /// The audit log's short state words (`planned`, `cancelled`) in this language.
    func state(_ text: String?) -> String {
        guard let text else { return "–" }
        return text.replacingOccurrences(of: "cancelled", with: status(.cancelled))
            .replacingOccurrences(of: "planned", with: status(.planned))
    }

    /// After an act: what was done, for the notice on the page it returns to.
    func reply(_ reply: AnswerRecord.Reply) -> String { InvitationWords(language: language).reply(reply) }

    /// The answers so far against a formal body's quorum, when they do not make it.
    func quorumWarning(_ count: QuorumCount) -> String? {
        if count.reached { return nil }
        let situation = pick("Vastauksia: \(count.coming) tulee, \(count.notComing) ei pääse, \(count.unanswered) ei ole vastannut.",
                             "Svar: \(count.coming) kommer, \(count.notComing) kommer inte, \(count.unanswered) har inte svarat.",
                             "Answers: \(count.coming) coming, \(count.notComing) not coming, \(count.unanswered) not yet answered.")
        if count.impossible {
            return situation + " " + pick("Kokous ei voi olla päätösvaltainen: tarvitaan yli puolet jäsenistä (\(count.needed)/\(count.members)). Harkitse siirtoa.",
                                          "Mötet kan inte bli beslutfört: mer än hälften av ledamöterna behövs (\(count.needed)/\(count.members)). Överväg att flytta det.",
                                          "The meeting cannot have a quorum: more than half of the members are needed (\(count.needed)/\(count.members)). Consider moving it.")
        }
        return situation + " " + pick("Päätösvaltaisuuteen tarvitaan yli puolet jäsenistä (\(count.needed)/\(count.members)); vahvistettuja on vasta \(count.coming).",
                                      "För beslutförhet behövs mer än hälften av ledamöterna (\(count.needed)/\(count.members)); bekräftade är bara \(count.coming).",
                                      "A quorum needs more than half of the members (\(count.needed)/\(count.members)); only \(count.coming) have said they are coming.")
    }

    var mailNotConfigured: String { table["mailNotConfigured"]! }

    func outboxState(_ state: OutboxMessage.State) -> String {
        switch state {
        case .pending: return pick("jonossa", "i kön", "queued")
        case .sending: return pick("lähtemässä", "skickas", "sending")
        case .sent: return pick("lähetetty", "skickade", "sent")
        case .failed: return pick("odottaa uutta yritystä", "väntar på nytt försök", "waiting to be tried again")
        case .uncertain: return pick("epävarma (lähetys keskeytyi)", "osäker (avbröts)", "uncertain (interrupted)")
        case .abandoned: return pick("luovuttu", "uppgivna", "given up")
        case .superseded: return pick("korvattu uudemmalla", "ersatt av en nyare", "replaced by a newer one")
        }
    }

    func invitationsSent(queued: Int, sent: Int, failed: Int) -> String {
        pick("Kutsut: \(queued) uutta jonoon, \(sent) lähetetty, \(failed) epäonnistui.",
             "Kallelser: \(queued) nya i kön, \(sent) skickade, \(failed) misslyckades.",
             "Invitations: \(queued) queued, \(sent) sent, \(failed) failed.")
    }

    func answerSaved(_ reply: String) -> String {
        pick("Kiitos! Vastauksesi on tallennettu: \(reply).", "Tack! Ditt svar har sparats: \(reply).",
             "Thank you! Your answer is saved: \(reply).")
    }

    func done(_ act: String) -> String? {
        // A meeting's move, cancellation or restore, or a rule file saved; then whether the
        // calendars show it yet.
        let later = act.hasSuffix("-later")
        if let calendarAct = calendarAct(later ? String(act.dropLast("-later".count)) : act) {
            return calendarAct + " " + (later ? calendarsLater
                : pick("Kalenterit on päivitetty.", "Kalendrarna är uppdaterade.", "The calendars are updated."))
        }
        switch act {
        case "minutes": return pick("Pöytäkirja kirjattu. Tehtävät näkyvät seuraavalla esityslistalla.",
                                    "Protokollet fört. Uppgifterna syns på nästa föredragningslista.",
                                    "Minutes recorded. The actions appear on the next agenda.")
        case "closed": return pick("Tehtävä merkitty tehdyksi.", "Uppgiften markerad som klar.", "Action marked done.")
        case "taskDone": return pick("Vuosikellon tehtävä merkitty tehdyksi.", "Årshjulsuppgiften markerad som klar.",
                                     "Task marked done.")
        case "taskReopened": return pick("Vuosikellon tehtävä on taas avoinna.", "Årshjulsuppgiften är öppen igen.",
                                         "Task open again.")
        case "account": return pick("Tunnus tallennettu.", "Kontot sparat.", "Account saved.")
        case "accountRemoved": return pick("Tunnus poistettu.", "Kontot borttaget.", "Account removed.")
        case "proposal": return pick("Päätösehdotus tallennettu.", "Beslutsförslaget sparat.", "Proposed decision saved.")
        case "itemAdded": return pick("Asia lisätty esityslistalle.", "Ärendet tillagt.", "Item added to the agenda.")
        case "itemRemoved": return pick("Asia poistettu esityslistalta.", "Ärendet borttaget.", "Item removed from the agenda.")
        case "issued": return pick("Uusi linkki annettu; vanha ei enää toimi.", "Ny länk utfärdad; den gamla fungerar inte längre.",
                                   "New link issued; the old one no longer works.")
        case "revoked": return pick("Linkki mitätöity.", "Länken återkallad.", "Link revoked.")
        case "reopened": return pick("Tehtävä avattu uudelleen.", "Uppgiften öppnad igen.", "Action reopened.")
        default: return nil
        }
    }

    /// The acts whose change the calendars show once it is published.
    private func calendarAct(_ act: String) -> String? {
        switch act {
        case "saved": return pick("Tiedosto tallennettu.", "Filen sparad.", "File saved.")
        case "moved": return pick("Kokous siirretty.", "Mötet flyttat.", "Meeting moved.")
        case "cancelled": return pick("Kokous peruttu.", "Mötet inställt.", "Meeting cancelled.")
        case "restored": return pick("Kokous palautettu.", "Mötet återställt.", "Meeting restored.")
        default: return nil
        }
    }

    /// Why an act's change is not yet in the calendars (`SiteWatcher.unpublished`).
    private var calendarsLater: String {
        pick("Kalentereita ei voitu vielä päivittää, koska sääntötiedostoja muokataan tai niissä on virhe. "
                + "Ne päivittyvät, kun säännöt ovat taas kunnossa.",
             "Kalendrarna kunde inte uppdateras ännu, eftersom regelfilerna redigeras eller har ett fel. "
                + "De uppdateras när reglerna är i ordning igen.",
             "The calendars could not be updated yet, as the rule files are being edited or have an error. "
                + "They will be updated once the rules are in order again.")
    }

    var wrongPassword: String {
        pick("Käyttäjätunnus tai salasana on väärin.", "Fel användarnamn eller lösenord.", "Wrong user name or password.")
    }
    var throttled: String {
        pick("Liian monta epäonnistunutta yritystä. Odota minuutti ja yritä uudelleen.",
             "För många misslyckade försök. Vänta en minut och försök igen.",
             "Too many failed attempts. Wait a minute and try again.")
    }
    var forbidden: String {
        pick("Sinulla ei ole oikeutta tähän. Verkoston kokouksia muuttavat sen puheenjohtaja, sihteeri ja koollekutsuja sekä koordinaattori.",
             "Du har inte behörighet till detta. Nätverkets möten ändras av dess ordförande, sekreterare och sammankallare samt koordinatorn.",
             "You may not do this. A network's meetings are changed by its chair, secretary and convener and by the coordinator.")
    }
    var coordinatorsOnly: String {
        pick("Vain koordinaattori näkee tämän sivun.", "Bara koordinatorn ser den här sidan.", "Only the coordinator sees this page.")
    }
    var formExpired: String {
        pick("Lomake on vanhentunut tai se ei tullut tästä palvelusta. Lataa sivu uudelleen ja yritä uudelleen.",
             "Formuläret har gått ut eller kom inte från den här tjänsten. Ladda om sidan och försök igen.",
             "The form has expired or did not come from this service. Reload the page and try again.")
    }
    var notFound: String { pick("Sivua ei löydy.", "Sidan hittades inte.", "Page not found.") }
    var invalidDate: String { pick("Anna päivä muodossa VVVV-KK-PP.", "Ange dagen som ÅÅÅÅ-MM-DD.", "Give the date as YYYY-MM-DD.") }
    var invalidTime: String { pick("Anna kellonaika muodossa TT:MM.", "Ange tiden som TT:MM.", "Give the time as HH:MM.") }
    func refused(_ blockers: [String]) -> String {
        pick("Aika ei käy: ", "Tiden går inte: ", "That time is not allowed: ") + blockers.joined(separator: "; ") + "."
    }
    func alreadyHeld(_ day: Day) -> String {
        pick("Kokous on jo pidetty (\(day.finnish)); historiaa ei muuteta.",
             "Mötet har redan hållits (\(day.finnish)); historien ändras inte.",
             "The meeting was held on \(day.finnish); history is not changed.")
    }
    func minutesProblem(_ problem: MinutesForm.Problem) -> String {
        switch problem {
        case .noOwner: return pick("Valitse tehtävälle vastuuhenkilö.", "Välj en ansvarig för uppgiften.", "Choose who owns the action.")
        case .unknownOwner(let id): return pick("Henkilöä \(id) ei ole.", "Personen \(id) finns inte.", "There is no person \(id).")
        case .badDue(let text):
            return pick("Määräpäivä '\(text)' ei ole päivä (VVVV-KK-PP).", "Förfallodagen '\(text)' är ingen dag (ÅÅÅÅ-MM-DD).",
                        "Due date '\(text)' is not a date (YYYY-MM-DD).")
        case .noWhat: return pick("Kirjoita, mitä pitää tehdä.", "Skriv vad som ska göras.", "Write what is to be done.")
        case .blank:
            return pick("Lomakkeessa ei ole kirjauksia (ketään ei ole merkitty läsnä olevaksi, ei päätöksiä eikä tehtäviä); mitään ei tallennettu.",
                        "Formuläret innehåller inga anteckningar (ingen närvarande, inga beslut eller uppgifter); inget sparades.",
                        "The form records nothing (nobody present, no decision, no action); nothing was saved.")
        }
    }

    func badNetwork(_ field: String) -> String {
        switch field {
        case "id": return pick("Anna tunniste: pienet kirjaimet, numerot ja väliviiva, alkaen kirjaimella; ei jo käytössä oleva.",
                               "Ange en nyckel: små bokstäver, siffror och bindestreck, som börjar med en bokstav; inte redan använd.",
                               "Give an id: lower-case letters, digits and hyphens, starting with a letter; not one already used.")
        case "title": return pick("Anna verkoston nimi.", "Ange nätverkets namn.", "Give the network's title.")
        default: return pick("Valitse koollekutsuja.", "Välj en sammankallare.", "Choose a convener.")
        }
    }

    func accountProblem(_ field: String) -> String {
        switch field {
        case "id": return pick("Käytä kirjaimia, numeroita ja merkkejä - _ . (enintään 64).",
                               "Använd bokstäver, siffror och - _ . (högst 64).", "Use letters, digits and - _ . (at most 64).")
        case "networks": return pick("Valitse verkostot, joissa hän toimii.", "Välj nätverken där personen agerar.",
                                     "Choose the networks they act on.")
        case "password": return pick("Salasanassa pitää olla vähintään 10 merkkiä.", "Lösenordet måste ha minst 10 tecken.",
                                     "The password needs at least 10 characters.")
        default: return pick("Salasanat eivät täsmää.", "Lösenorden stämmer inte.", "The passwords differ.")
        }
    }

    func count(_ n: Int) -> String { "\(n) " + (table["found"] ?? "") }
}
