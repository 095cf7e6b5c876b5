/// What kind of thing a rule refers to by id.
public enum ReferenceKind: String, Hashable, Sendable {
    case person, place, network, municipality, organisation, window, task

    /// The word for the kind, as the subject of a sentence ("tuntematon henkilö 'x'").
    func name(_ language: Language) -> String {
        switch (self, language) {
        case (.person, .fi): return "henkilö"
        case (.person, .sv): return "personen"
        case (.person, .en): return "person"
        case (.place, .fi): return "paikka"
        case (.place, .sv): return "platsen"
        case (.place, .en): return "place"
        case (.network, .fi): return "verkosto"
        case (.network, .sv): return "nätverket"
        case (.network, .en): return "network"
        case (.municipality, .fi): return "kunta"
        case (.municipality, .sv): return "kommunen"
        case (.municipality, .en): return "municipality"
        case (.organisation, .fi): return "kunta tai organisaatio"
        case (.organisation, .sv): return "kommunen eller organisationen"
        case (.organisation, .en): return "municipality or organisation"
        case (.window, .fi): return "ajankohta (window)"
        case (.window, .sv): return "perioden (window)"
        case (.window, .en): return "window"
        case (.task, .fi): return "tehtävä"
        case (.task, .sv): return "uppgiften"
        case (.task, .en): return "task"
        }
    }
}

extension ReferenceKind {
    /// "Unknown person", with the adjective agreeing in Swedish (okänd person, okänt nätverk).
    func unknown(_ language: Language) -> String {
        switch (self, language) {
        case (_, .fi): return "tuntematon " + name(.fi)
        case (.person, .sv): return "okänd person"
        case (.place, .sv): return "okänd plats"
        case (.network, .sv): return "okänt nätverk"
        case (.municipality, .sv): return "okänd kommun"
        case (.organisation, .sv): return "okänd kommun eller organisation"
        case (.window, .sv): return "okänd period (window)"
        case (.task, .sv): return "okänd uppgift"
        case (_, .en): return "unknown " + name(.en)
        }
    }
}

/// The kind of value a key expects, named in words a coordinator knows.
public enum ValueKind: String, Hashable, Sendable {
    case text, wholeNumber, list, mapping, yesNo, listOrText, monthsOrAll

    func name(_ language: Language) -> String {
        switch (self, language) {
        case (.text, .fi): return "tekstiä"
        case (.text, .sv): return "text"
        case (.text, .en): return "text"
        case (.wholeNumber, .fi): return "kokonaisluku"
        case (.wholeNumber, .sv): return "ett heltal"
        case (.wholeNumber, .en): return "a whole number"
        case (.list, .fi): return "luettelo (rivit alkavat '- ')"
        case (.list, .sv): return "en lista (rader som börjar med '- ')"
        case (.list, .en): return "a list (lines starting with '- ')"
        case (.mapping, .fi): return "avain: arvo -rivejä"
        case (.mapping, .sv): return "rader av formen nyckel: värde"
        case (.mapping, .en): return "key: value lines"
        case (.yesNo, .fi): return "true tai false"
        case (.yesNo, .sv): return "true eller false"
        case (.yesNo, .en): return "true or false"
        case (.monthsOrAll, .fi): return "kuukausien määrä (esim. 12) tai kaikki"
        case (.monthsOrAll, .sv): return "ett antal månader (t.ex. 12) eller alla"
        case (.monthsOrAll, .en): return "a number of months (e.g. 12) or all"
        case (.listOrText, .fi): return "tekstiä tai luettelo"
        case (.listOrText, .sv): return "text eller en lista"
        case (.listOrText, .en): return "text or a list"
        }
    }
}

/// Every message the rule loader can give. Kept structured so that tests can match on
/// the problem, and the text is produced in the user's language.
public enum DiagnosticMessage: Hashable, Sendable {
    case folderNotFound(String)
    case noNetworkFiles(String)
    case unreadableFile(String)
    case yamlSyntax(String)
    case duplicateKey(String)
    case emptyFile
    case unknownKey(String, suggestion: String?)
    case missingKey(String)
    case expected(ValueKind, found: String)
    case invalidDate(String)
    case nonexistentDate(String)
    case invalidMonthDay(String)
    case invalidTime(String)
    case invalidDuration(String)
    case invalidMonth(String)
    case invalidWeekday(String)
    case invalidChoice(String, choices: Choices, suggestion: String?)
    case invalidCadence(String)
    case invalidRecurrence(String)
    case invalidYears(String)
    case invalidSelector(String)
    case numberOutOfRange(Int, min: Int, max: Int?)
    case invalidURL(String)
    case invalidEmail(String)
    case mergerCircle(String)
    case invalidTimeZone(String)
    case invalidID(String)
    case reservedID(String)
    case unknownReference(ReferenceKind, String, suggestion: String?)
    case duplicateID(ReferenceKind, String, first: SourceLocation)
    case idDiffersFromFileName(String, fileName: String)
    case onlyOneOf([String])
    case monthsNotConsecutive
    case noCadence
    case needsStart(String)
    case periodReversed(from: String, to: String)
    case windowInNoMeetingMonths(String)
    case windowTooSmall(String, count: Int, spacingDays: Int, days: Int)
    case dayTooShort(earliest: String, latest: String, minutes: Int)
    case phasesOutOfOrder
    case reportingCycle([String])
    case reportToSelf(String)
    case tooManyLiveMeetings(live: Int, total: Int)
    case spacingTooLong(minSpacing: Int, gap: Int)
    case sessionCount(given: Int, expected: Int)
    case placeHasNoLink(String)
    case placeIsOnlineOnly(String)
    case emptyRotation
    case substituteWithoutRole
    case importNotFound(String)
    case icsNotCalendar
    case icsUnbalanced(end: String)
    case icsUnclosed(String)
    case icsEventWithoutStart
    case icsBadLine(String)
    case icsBadDate(String)
    case icsUnknownTimeZone(String)
    case missingFile(String)
    case tooManyOpenFiles
    case referencesNotChecked(ReferenceKind, count: Int, file: String)
    case icsEndsBeforeStart
    case fileTooLarge(bytes: Int, limit: Int)
    case tooManyItems(limit: Int)
    case recurrenceTooFrequent(String)
    case tooManyMeetings(count: Int, limit: Int)
    case tooManyOccurrences(count: Int, limit: Int)
    case invalidColor(String, suggestion: String?)
    case noMembers
    case noConvener
    case liveWithoutPlace
    case remoteWithoutLink

    static func warningWord(_ language: Language) -> String {
        switch language {
        case .fi: return "varoitus"
        case .sv: return "varning"
        case .en: return "warning"
        }
    }

    private static func quoted(_ s: String) -> String { "'\(s)'" }

    private static func didYouMean(_ suggestion: String?, _ language: Language) -> String {
        guard let s = suggestion else { return "" }
        switch language {
        case .fi: return " Tarkoititko \(quoted(s))?"
        case .sv: return " Menade du \(quoted(s))?"
        case .en: return " Did you mean \(quoted(s))?"
        }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    public func text(_ language: Language) -> String {
        let q = DiagnosticMessage.quoted
        let pick = language.pick
        switch self {
        case .folderNotFound(let path):
            return pick("kansiota \(q(path)) ei löydy",
                        "mappen \(q(path)) finns inte",
                        "the folder \(q(path)) does not exist")
        case .noNetworkFiles(let path):
            return pick("kansiossa \(q(path)) ei ole yhtään verkoston sääntötiedostoa (networks/*.yaml)",
                        "mappen \(q(path)) innehåller inga regelfiler för nätverk (networks/*.yaml)",
                        "the folder \(q(path)) has no network rule files (networks/*.yaml)")
        case .unreadableFile(let reason):
            return pick("tiedostoa ei voi lukea: \(reason)",
                        "filen kan inte läsas: \(reason)",
                        "the file cannot be read: \(reason)")
        case .yamlSyntax(let problem):
            return pick("tiedosto ei ole kelvollista YAML-muotoa; tarkista sisennykset ja kaksoispisteet",
                        "filen är inte giltig YAML; kontrollera indrag och kolon",
                        "the file is not valid YAML; check the indentation and colons") + " [YAML: \(problem)]"
        case .duplicateKey(let key):
            return pick("avain \(q(key)) on kirjoitettu kahdesti samalle tasolle",
                        "nyckeln \(q(key)) förekommer två gånger på samma nivå",
                        "the key \(q(key)) is written twice at the same level")
        case .emptyFile:
            return pick("tiedosto on tyhjä", "filen är tom", "the file is empty")
        case let .unknownKey(key, suggestion):
            return pick("tuntematon avain \(q(key)).", "okänd nyckel \(q(key)).", "unknown key \(q(key)).")
                + DiagnosticMessage.didYouMean(suggestion, language)
        case .missingKey(let key):
            return pick("avain \(q(key)) puuttuu", "nyckeln \(q(key)) saknas", "the key \(q(key)) is missing")
        case let .expected(kind, found):
            return pick("tähän kuuluu \(kind.name(language)), mutta löytyi \(q(found))",
                        "här ska stå \(kind.name(language)), men det står \(q(found))",
                        "expected \(kind.name(language)) here, found \(q(found))")
        case .invalidDate(let s):
            return pick("\(q(s)) ei ole päivämäärä; kirjoita muodossa 2026-03-12",
                        "\(q(s)) är inget datum; skriv det som 2026-03-12",
                        "\(q(s)) is not a date; write it as 2026-03-12")
        case .nonexistentDate(let s):
            return pick("päivämäärää \(s) ei ole olemassa", "datumet \(s) finns inte", "the date \(s) does not exist")
        case .invalidMonthDay(let s):
            return pick("\(q(s)) ei ole kelvollinen kuukausi-päivä; kirjoita muodossa 03-15 (kuukausi-päivä)",
                        "\(q(s)) är ingen giltig månad-dag; skriv som 03-15 (månad-dag)",
                        "\(q(s)) is not a valid month-day; write it as 03-15 (month-day)")
        case .invalidTime(let s):
            return pick("\(q(s)) ei ole kellonaika; kirjoita muodossa \"13:00\"",
                        "\(q(s)) är ingen tid; skriv som \"13:00\"",
                        "\(q(s)) is not a time of day; write it as \"13:00\"")
        case .invalidDuration(let s):
            return pick("\(q(s)) ei ole kesto; kirjoita esim. 90min, 2h, 3 weeks tai 14d",
                        "\(q(s)) är ingen längd; skriv t.ex. 90min, 2h, 3 weeks eller 14d",
                        "\(q(s)) is not a duration; write e.g. 90min, 2h, 3 weeks or 14d")
        case .invalidMonth(let s):
            return pick("\(q(s)) ei ole kuukausi; käytä numeroa 1–12 tai nimeä (jan, feb, … tai tammi, helmi, …)",
                        "\(q(s)) är ingen månad; använd 1–12 eller ett namn (jan, feb, …)",
                        "\(q(s)) is not a month; use 1–12 or a name (jan, feb, …)")
        case .invalidWeekday(let s):
            return pick("\(q(s)) ei ole viikonpäivä; käytä mon, tue, wed, thu, fri (tai ma, ti, ke, to, pe)",
                        "\(q(s)) är ingen veckodag; använd mon, tue, wed, thu, fri",
                        "\(q(s)) is not a weekday; use mon, tue, wed, thu, fri")
        case let .invalidChoice(value, choices, suggestion):
            let list = choices.words(language).joined(separator: ", ")
            return pick("\(q(value)) ei käy tähän; vaihtoehdot ovat \(list) (tai englanniksi \(choices.en.joined(separator: ", "))).",
                        "\(q(value)) passar inte här; alternativen är \(list) (eller på engelska \(choices.en.joined(separator: ", "))).",
                        "\(q(value)) is not allowed here; the choices are \(list) (or in Finnish \(choices.fi.joined(separator: ", "))).")
                + DiagnosticMessage.didYouMean(suggestion, language)
        case .invalidCadence(let s):
            return pick("rytmiä \(q(s)) ei tunnisteta; käytä esim. \"kuukausittain\", \"kahdesti kuukaudessa\", \"joka toinen viikko\", \"3 viikon välein\", \"4 kertaa vuodessa\" tai RRULE-sääntöä (FREQ=…)",
                        "rytmen \(q(s)) känns inte igen; använd t.ex. \"månatligen\", \"två gånger i månaden\", \"varannan vecka\", \"var 3:e vecka\", \"4 gånger om året\" eller en RRULE (FREQ=…)",
                        "the cadence \(q(s)) is not recognised; use e.g. \"monthly\", \"twice a month\", \"every 3 weeks\", \"4 per year\" or an RRULE (FREQ=…)")
        case .invalidRecurrence(let s):
            return pick("toistosääntö \(q(s)) ei ole kelvollinen RRULE (RFC 5545), esim. FREQ=WEEKLY;INTERVAL=3;BYDAY=TU",
                        "upprepningsregeln \(q(s)) är ingen giltig RRULE (RFC 5545), t.ex. FREQ=WEEKLY;INTERVAL=3;BYDAY=TU",
                        "the recurrence \(q(s)) is not a valid RRULE (RFC 5545), e.g. FREQ=WEEKLY;INTERVAL=3;BYDAY=TU")
        case .invalidYears(let s):
            return pick("vuosisääntöä \(q(s)) ei tunnisteta; käytä \"joka vuosi\", \"parilliset\", \"parittomat\", \"every 2 years from 2026\" tai vuosien luetteloa",
                        "årsregeln \(q(s)) känns inte igen; använd \"varje år\", \"jämna år\", \"udda år\", \"every 2 years from 2026\" eller en lista av år",
                        "the years rule \(q(s)) is not recognised; use \"every year\", \"even\", \"odd\", \"every 2 years from 2026\" or a list of years")
        case .invalidSelector(let s):
            return pick("\(q(s)) ei osoita kokousta; käytä ensimmäinen, viimeinen, lähi, kaikki (first, last, live, all), kuukautta, järjestysnumeroa tai ajankohdan (window) tunnusta",
                        "\(q(s)) pekar inte ut ett möte; använd första, sista, närmöte, alla (first, last, live, all), en månad, ett ordningsnummer eller en periods (window) id",
                        "\(q(s)) does not pick a meeting; use first, last, live, all, a month, a number or a window id")
        case let .numberOutOfRange(value, min, max):
            if let max {
                return pick("luvun \(value) pitää olla välillä \(min)–\(max)",
                            "talet \(value) ska vara mellan \(min) och \(max)",
                            "the number \(value) must be between \(min) and \(max)")
            }
            return pick("luvun \(value) pitää olla vähintään \(min)",
                        "talet \(value) ska vara minst \(min)",
                        "the number \(value) must be at least \(min)")
        case .invalidURL(let s):
            return pick("\(q(s)) ei ole verkko-osoite (https://…)",
                        "\(q(s)) är ingen webbadress (https://…)",
                        "\(q(s)) is not a web address (https://…)")
        case .mergerCircle(let id):
            return pick("'\(id)': yhdistymiset (mergedInto) kiertävät kehää; yhdistymisketjun on päätyttävä johonkin, joka jatkuu",
                        "'\(id)': sammanslagningarna (mergedInto) går i cirkel",
                        "'\(id)': the mergers (mergedInto) go round in a circle; a chain of mergers must end in one that goes on")
        case .invalidEmail(let s):
            return pick("\(q(s)) ei ole sähköpostiosoite (nimi@esimerkki.fi)",
                        "\(q(s)) är ingen e-postadress (namn@exempel.fi)",
                        "\(q(s)) is not an e-mail address (name@example.fi)")
        case .invalidTimeZone(let s):
            return pick("aikavyöhykettä \(q(s)) ei tunneta; käytä esim. Europe/Helsinki",
                        "tidszonen \(q(s)) är okänd; använd t.ex. Europe/Helsinki",
                        "unknown time zone \(q(s)); use e.g. Europe/Helsinki")
        case .invalidID(let s):
            return pick("tunnus \(q(s)) ei kelpaa; käytä pieniä kirjaimia, numeroita ja väliviivoja (esim. ero-mikkeli)",
                        "id:t \(q(s)) duger inte; använd små bokstäver, siffror och bindestreck (t.ex. ero-mikkeli)",
                        "the id \(q(s)) is not valid; use lower-case letters, digits and hyphens (e.g. ero-mikkeli)")
        case .reservedID(let s):
            return pick("verkoston tunnus \(q(s)) on varattu julkaisujen omille nimille (all, public, people, fi, sv, en); valitse toinen",
                        "nätverkets id \(q(s)) är reserverat för publiceringens egna namn (all, public, people, fi, sv, en); välj ett annat",
                        "the network id \(q(s)) is reserved for the outputs' own names (all, public, people, fi, sv, en); choose another")
        case let .unknownReference(kind, id, suggestion):
            return "\(kind.unknown(language)) \(q(id))."
                + DiagnosticMessage.didYouMean(suggestion, language)
        case let .duplicateID(kind, id, first):
            return pick("\(kind.name(language)) \(q(id)) on määritelty jo kohdassa \(first)",
                        "\(kind.name(language)) \(q(id)) är redan definierad på \(first)",
                        "the \(kind.name(language)) \(q(id)) is already defined at \(first)")
        case let .idDiffersFromFileName(id, fileName):
            return pick("tunnus \(q(id)) poikkeaa tiedoston nimestä \(q(fileName)); syötteen nimi on tunnus",
                        "id:t \(q(id)) skiljer sig från filnamnet \(q(fileName)); flödets namn är id:t",
                        "the id \(q(id)) differs from the file name \(q(fileName)); the feed is named by the id")
        case .onlyOneOf(let keys):
            let list = keys.map(q).joined(separator: ", ")
            return pick("anna vain yksi näistä: \(list)",
                        "ange bara en av dessa: \(list)",
                        "give only one of: \(list)")
        case .monthsNotConsecutive:
            return pick("ajankohdan kuukausien pitää olla peräkkäisiä (esim. [nov, dec] tai [dec, jan])",
                        "periodens månader måste följa på varandra (t.ex. [nov, dec] eller [dec, jan])",
                        "a window's months must be consecutive (e.g. [nov, dec] or [dec, jan])")
        case .noCadence:
            return pick("kokouksille ei ole annettu rytmiä: lisää 'cadence', 'windows', 'phases' tai 'series'",
                        "mötena saknar rytm: lägg till 'cadence', 'windows', 'phases' eller 'series'",
                        "the meetings have no cadence: add 'cadence', 'windows', 'phases' or 'series'")
        case .needsStart(let cadence):
            return pick("rytmi \(q(cadence)) tarvitsee aloituspäivän: lisää esim. 'start: 2026-01-13'",
                        "rytmen \(q(cadence)) behöver en startdag: lägg till t.ex. 'start: 2026-01-13'",
                        "the cadence \(q(cadence)) needs a start day: add e.g. 'start: 2026-01-13'")
        case let .periodReversed(from, to):
            return pick("alku \(from) on lopun \(to) jälkeen",
                        "början \(from) ligger efter slutet \(to)",
                        "the start \(from) is after the end \(to)")
        case .windowInNoMeetingMonths(let id):
            return pick("ajankohta \(q(id)) osuu kokonaan kuukausille, joina ei kokoonnuta (noMeetingMonths)",
                        "perioden \(q(id)) ligger helt i månader utan möten (noMeetingMonths)",
                        "the window \(q(id)) lies entirely in months with no meetings (noMeetingMonths)")
        case let .windowTooSmall(id, count, spacing, days):
            return pick("ajankohtaan \(q(id)) ei mahdu \(count) kokousta vähintään \(spacing) päivän välein: siinä on vain \(days) päivää",
                        "perioden \(q(id)) rymmer inte \(count) möten med minst \(spacing) dagars mellanrum: den har bara \(days) dagar",
                        "the window \(q(id)) cannot hold \(count) meetings at least \(spacing) days apart: it has only \(days) days")
        case let .dayTooShort(earliest, latest, minutes):
            return pick("\(minutes) minuutin kokous ei mahdu välille \(earliest)–\(latest)",
                        "ett möte på \(minutes) minuter ryms inte mellan \(earliest) och \(latest)",
                        "a \(minutes)-minute meeting does not fit between \(earliest) and \(latest)")
        case .phasesOutOfOrder:
            return pick("vaiheiden (phases) päivämäärät menevät päällekkäin tai väärään järjestykseen",
                        "faserna (phases) överlappar eller står i fel ordning",
                        "the phases overlap or are out of order")
        case .reportingCycle(let ids):
            let chain = ids.joined(separator: " → ")
            return pick("raportointilinjat muodostavat kehän: \(chain)",
                        "rapporteringslinjerna bildar en cirkel: \(chain)",
                        "the reporting lines form a cycle: \(chain)")
        case .reportToSelf(let id):
            return pick("verkosto \(q(id)) ei voi raportoida itselleen",
                        "nätverket \(q(id)) kan inte rapportera till sig självt",
                        "the network \(q(id)) cannot report to itself")
        case let .sessionCount(given, expected):
            return pick("kertojen aiheita on \(given), mutta before + after on \(expected); anna yhtä monta aihetta tai jätä sessions pois",
                        "\(given) teman anges, men before + after är \(expected); ange lika många eller utelämna sessions",
                        "\(given) session themes are given, but before + after is \(expected); give as many, or leave sessions out")
        case let .spacingTooLong(minSpacing, gap):
            return pick("kokoukset tulevat \(gap) päivän välein, mutta saman verkoston kokousten väliksi vaaditaan vähintään \(minSpacing) päivää (minSpacing, oletus calendar.yaml:n defaults-kohdasta); laske verkoston meetings: minSpacing enintään \(gap) päivään, esim. minSpacing: \(max(gap - 1, 0))d",
                        "mötena kommer med \(gap) dagars mellanrum, men minst \(minSpacing) dagar krävs mellan nätverkets möten (minSpacing); sänk meetings: minSpacing till högst \(gap) dagar, t.ex. minSpacing: \(max(gap - 1, 0))d",
                        "the meetings come \(gap) days apart, but at least \(minSpacing) days are required between the network's meetings (minSpacing, by default from calendar.yaml's defaults); lower the network's meetings: minSpacing to at most \(gap) days, e.g. minSpacing: \(max(gap - 1, 0))d")
        case let .tooManyLiveMeetings(live, total):
            return pick("lähikokouksia on pyydetty \(live), mutta vuodessa on vain \(total) kokousta",
                        "\(live) närmöten begärs, men året har bara \(total) möten",
                        "\(live) live meetings are asked for, but a year has only \(total) meetings")
        case .placeHasNoLink(let id):
            return pick("paikalla \(q(id)) ei ole verkko-osoitetta (online), joten se ei käy etäkokouksen linkiksi",
                        "platsen \(q(id)) har ingen webbadress (online) och kan inte vara distansmötets länk",
                        "the place \(q(id)) has no online address, so it cannot be the link of a remote meeting")
        case .placeIsOnlineOnly(let id):
            return pick("\(q(id)) on etäkokouksen linkki eikä kokoustila; anna se kohdassa 'online'",
                        "\(q(id)) är en distanslänk och inget mötesrum; ange den under 'online'",
                        "\(q(id)) is an online link, not a room; give it under 'online'")
        case .emptyRotation:
            return pick("vuorottelulistassa (among) pitää olla vähintään yksi nimi",
                        "rotationslistan (among) måste ha minst ett namn",
                        "the rotation list (among) needs at least one entry")
        case .importNotFound(let path):
            return pick("tuotavaa kalenteria \(q(path)) ei löydy", "kalendern \(q(path)) som ska importeras finns inte",
                        "the calendar to import, \(q(path)), does not exist")
        case .icsNotCalendar:
            return pick("tiedosto ei ole iCalendar-kalenteri (BEGIN:VCALENDAR puuttuu)",
                        "filen är ingen iCalendar-kalender (BEGIN:VCALENDAR saknas)",
                        "the file is not an iCalendar calendar (BEGIN:VCALENDAR is missing)")
        case .icsUnbalanced(let end):
            return pick("END:\(end) ei sulje avointa osaa", "END:\(end) avslutar ingen öppen del",
                        "END:\(end) does not close an open part")
        case .icsUnclosed(let name):
            return pick("BEGIN:\(name) jää sulkematta", "BEGIN:\(name) avslutas aldrig", "BEGIN:\(name) is never closed")
        case .icsEventWithoutStart:
            return pick("tapahtumalta puuttuu alkuaika (DTSTART)", "händelsen saknar starttid (DTSTART)",
                        "the event has no start (DTSTART)")
        case .icsBadLine(let line):
            return pick("rivi ei ole kelvollinen iCalendar-rivi: \(q(line))", "raden är ingen giltig iCalendar-rad: \(q(line))",
                        "not a valid iCalendar line: \(q(line))")
        case .icsBadDate(let value):
            return pick("päivämäärää tai aikaa \(q(value)) ei ole olemassa", "datumet eller tiden \(q(value)) finns inte",
                        "the date or time \(q(value)) does not exist")
        case .tooManyOpenFiles:
            return pick("sääntökansiota ei voi lukea juuri nyt: ohjelmalla on liian monta tiedostoa tai yhteyttä auki (käyttöjärjestelmän raja)",
                        "regelmappen kan inte läsas just nu: programmet har för många filer eller anslutningar öppna (operativsystemets gräns)",
                        "the rules folder cannot be read just now: the program has too many files or connections open (the system's limit)")
        case .missingFile(let name):
            return pick("tiedosto \(name) puuttuu, mutta verkostot viittaavat siihen",
                        "filen \(name) saknas, men nätverken hänvisar till den",
                        "the file \(name) is missing, but the networks refer to it")
        case let .referencesNotChecked(kind, count, file):
            return pick("\(count) viittausta (\(kind.name(language))) jäi tarkistamatta; ne tarkistetaan, kun \(file) on kunnossa",
                        "\(count) hänvisningar (\(kind.name(language))) kontrollerades inte; de kontrolleras när \(file) är i ordning",
                        "\(count) references (\(kind.name(language))) were not checked; they will be once \(file) is in order")
        case .icsUnknownTimeZone(let zone):
            return pick("aikavyöhykettä \(q(zone)) ei tunneta eikä tiedostossa ole sille VTIMEZONE-osaa",
                        "tidszonen \(q(zone)) är okänd och filen har ingen VTIMEZONE-del för den",
                        "the time zone \(q(zone)) is unknown and the file has no VTIMEZONE for it")
        case .icsEndsBeforeStart:
            return pick("tapahtuma päättyy (DTEND) ennen kuin se alkaa (DTSTART)",
                        "händelsen slutar (DTEND) innan den börjar (DTSTART)",
                        "the event ends (DTEND) before it starts (DTSTART)")
        case let .fileTooLarge(bytes, limit):
            let size = { (n: Int) in n >= 1_000_000 ? "\(n / 1_000_000) Mt" : "\(max(1, n / 1000)) kt" }
            let sizeEn = { (n: Int) in n >= 1_000_000 ? "\(n / 1_000_000) MB" : "\(max(1, n / 1000)) kB" }
            return pick("tiedosto on liian suuri (\(size(bytes))); enintään \(size(limit)) luetaan",
                        "filen är för stor (\(sizeEn(bytes))); högst \(sizeEn(limit)) läses",
                        "the file is too large (\(sizeEn(bytes))); at most \(sizeEn(limit)) is read")
        case .tooManyItems(let limit):
            return pick("luettelossa on liian monta kohtaa; enintään \(limit)",
                        "listan har för många poster; högst \(limit)",
                        "the list has too many entries; at most \(limit)")
        case .recurrenceTooFrequent(let s):
            return pick("toistosääntö \(q(s)) toistuu tiheämmin kuin kerran päivässä; kokoukset toistuvat päivittäin, viikoittain, kuukausittain tai vuosittain (FREQ=DAILY, WEEKLY, MONTHLY tai YEARLY, ilman BYHOUR-, BYMINUTE- ja BYSECOND-osia)",
                        "upprepningsregeln \(q(s)) upprepas oftare än en gång om dagen; möten upprepas dagligen, veckovis, månadsvis eller årligen (FREQ=DAILY, WEEKLY, MONTHLY eller YEARLY, utan BYHOUR, BYMINUTE och BYSECOND)",
                        "the recurrence \(q(s)) repeats more than once a day; meetings repeat daily, weekly, monthly or yearly (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, without BYHOUR, BYMINUTE or BYSECOND)")
        case let .tooManyMeetings(count, limit):
            return pick("rytmistä tulisi \(count) kokousta vuodessa; enintään \(limit)",
                        "rytmen skulle ge \(count) möten om året; högst \(limit)",
                        "the cadence would give \(count) meetings a year; at most \(limit)")
        case let .tooManyOccurrences(count, limit):
            return pick("toistuva tapahtuma toistuu \(count) kertaa vuodessa; enintään \(limit) luetaan",
                        "den återkommande händelsen upprepas \(count) gånger om året; högst \(limit) läses",
                        "the recurring event repeats \(count) times a year; at most \(limit) are read")
        case let .invalidColor(value, suggestion):
            return pick("väriä \(q(value)) ei tunneta; käytä CSS-värin nimeä (esim. teal, tomato, royalblue).",
                        "färgen \(q(value)) är okänd; använd ett CSS-färgnamn (t.ex. teal, tomato, royalblue).",
                        "unknown colour \(q(value)); use a CSS colour name (e.g. teal, tomato, royalblue).")
                + DiagnosticMessage.didYouMean(suggestion, language)
        case .noMembers:
            return pick("verkostolla on kokouksia mutta ei jäseniä (members): kukaan ei saa kutsua eikä kalenteria",
                        "nätverket har möten men inga medlemmar (members): ingen får kallelse eller kalender",
                        "the network has meetings but no members: nobody gets an invitation or a calendar")
        case .noConvener:
            return pick("verkostolla ei ole koollekutsujaa (role: convener): kutsut ja esityslistat jäävät ilman vastuuhenkilöä",
                        "nätverket har ingen sammankallare (role: convener): kallelser och föredragningslistor saknar ansvarig",
                        "the network has no convener (role: convener): invitations and agendas have nobody responsible")
        case .liveWithoutPlace:
            return pick("lähi- tai hybridikokoukselle ei ole kokouspaikkaa: lisää 'place'",
                        "när- eller hybridmöten saknar mötesplats: lägg till 'place'",
                        "live or hybrid meetings have no room: add 'place'")
        case .remoteWithoutLink:
            return pick("etä- tai hybridikokoukselle ei ole verkkolinkkiä: lisää 'online' (tai 'mode: live')",
                        "distans- eller hybridmöten saknar länk: lägg till 'online' (eller 'mode: live')",
                        "remote or hybrid meetings have no link: add 'online' (or 'mode: live')")
        case .substituteWithoutRole:
            return pick("'substituteFor' sopii vain varajäsenelle (role: substitute)",
                        "'substituteFor' gäller bara ersättare (role: substitute)",
                        "'substituteFor' only applies to a substitute (role: substitute)")
        }
    }
}
