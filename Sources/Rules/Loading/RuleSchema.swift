/// Every rule file's shape, section by section: the one place that says which keys each
/// mapping takes. The parsers ask it for their key lists; `files` turns it into the JSON
/// Schemas that `vuosikello init` writes and `schema/` in the repository ships.
public enum RuleSchema {
    // MARK: Values used in many places

    static let date = RuleShape.phrase(examples: ["2026-09-14"])
    static let monthDay = RuleShape.phrase(examples: ["03-01", "12-22"])
    static let dateOrMonthDay = RuleShape.phrase(examples: ["12-22", "2026-12-22"])
    static let time = RuleShape.either([.phrase(examples: ["09:00", "13:30"]), .integer(min: 0, max: 1440)])
    static let times = RuleShape.list(time, single: true)
    static let duration = RuleShape.either([.phrase(examples: ["2h", "90min", "2 tuntia"]), .integer(min: 0, max: 1440)])
    static let days = RuleShape.either([.phrase(examples: ["14d", "3 weeks", "2 viikkoa", "14 päivää"]),
                                        .integer(min: 0, max: 3660)])
    static let month = RuleShape.either([.phrase(examples: ["jan", "tammikuu", "syys"]), .integer(min: 1, max: 12)])
    static let months = RuleShape.list(month, single: true)
    static let weekdays = RuleShape.list(.phrase(examples: ["mon", "ma", "keskiviikko"]), single: true)
    static let years = RuleShape.either([.phrase(examples: ["every year", "joka vuosi", "parilliset", "every 2 years from 2026"]),
                                         .list(.integer(min: 1900, max: 2200), single: false), .integer(min: 1900, max: 2200)])
    static let oneSelector = RuleShape.either([.phrase(examples: ["first", "ensimmäinen", "viimeinen", "lähi", "toukokuu",
                                                                "joka toinen", "2"]),
                                               .integer(min: 1, max: 60)])
    static let selector = RuleShape.either([oneSelector, .list(oneSelector, single: false)])
    static let owner = RuleShape.list(.text, single: true)
    static let municipalities = RuleShape.either([.boolean, .word(["all"]), .list(.text, single: false)])
    static let localizedList = RuleShape.list(.localized, single: true)

    // MARK: calendar.yaml

    static let period = RuleShape.mapping([
        RuleField("from", .integer(min: 1900, max: 2200), required: true, "Ensimmäinen suunniteltava vuosi.", example: "2027"),
        RuleField("to", .integer(min: 1900, max: 2200), required: true, "Viimeinen suunniteltava vuosi.", example: "2028"),
    ])
    static let blackout = RuleShape.mapping([
        RuleField("name", .localized, "Esim. Joulun aika.", example: "Joulun aika"),
        RuleField("from", dateOrMonthDay, required: true, "KK-PP joka vuosi, tai VVVV-KK-PP kerran.", example: "12-22"),
        RuleField("to", dateOrMonthDay, required: true, "KK-PP joka vuosi, tai VVVV-KK-PP kerran.", example: "01-06"),
        RuleField("noDeadlines", .boolean, "Siirretäänkö myös määräajat pois näiltä päiviltä."),
    ])
    static let schoolHoliday = RuleShape.mapping([
        RuleField("name", .localized, example: "Syysloma"), RuleField("from", date, required: true, example: "2027-10-18"),
        RuleField("to", date, required: true, "Viimeinen päivä.", example: "2027-10-22"),
        RuleField("municipalities", municipalities, "Kunnat, joita loma koskee (oletus: kaikki).", example: "[juva]"),
    ])
    static let calendarImport = RuleShape.mapping([
        RuleField("file", .text, required: true, "iCalendar-tiedosto (.ics) sääntökansiossa."),
        RuleField("as", .word(["blackouts", "schoolHolidays", "estot", "kokouskiellot", "koululomat", "koulujen lomat",
                               "spärrar", "skollov", "school holidays"]), "Estot vai koulujen lomat."),
        RuleField("municipalities", municipalities, "Kunnat, joita tiedosto koskee.", example: "[juva]"),
    ])
    static let deadline = RuleShape.mapping([
        RuleField("task", .text, required: true, "invitation, agenda, minutes tai oma tunnus."),
        RuleField("title", .localized, "Oman määräajan nimi.", example: "Kutsu kuntiin"),
        RuleField("before", days, "Montako päivää tai viikkoa ennen kokousta."),
        RuleField("after", days, "Montako päivää tai viikkoa kokouksen jälkeen."),
        RuleField("owner", owner, "Rooli (koollekutsuja, sihteeri, …) tai henkilön tunnus."),
        RuleField("modes", .list(.words(MeetingMode.self), single: true), "Vain näin pidetyille kokouksille."),
    ])
    static let defaults = RuleShape.mapping([
        RuleField("duration", duration, "Kokouksen kesto, esim. 2h tai 2 tuntia."),
        RuleField("earliest", time, "Aikaisin alkamisaika."), RuleField("latest", time, "Myöhäisin päättymisaika."),
        RuleField("preferredTimes", times), RuleField("preferredWeekdays", weekdays),
        RuleField("minSpacing", days, "Vähimmäisväli saman verkoston kokousten välillä."),
        RuleField("deadlines", .list(deadline, single: false)),
    ])
    static let formerName = RuleShape.mapping([
        RuleField("name", .localized, required: true, "Aiempi nimi.", example: "Essote"),
        RuleField("until", date, required: true, "Viimeinen päivä nimellä.", example: "2022-12-31"),
    ])
    static let organisation = RuleShape.mapping([
        RuleField("name", .localized, required: true, "Nimi nyt.", example: "Eloisa"),
        RuleField("formerly", .list(formerName, single: true), "Aiemmat nimet ja niiden viimeinen päivä."),
        RuleField("from", date, "Ensimmäinen päivä (esim. yhdistymisessä syntynyt kunta).", example: "2023-01-01"),
        RuleField("until", date, "Viimeinen päivä.", example: "2026-12-31"),
        RuleField("mergedInto", .text, "Mihin yhdistyi until-päivän jälkeen."),
    ])
    static let monthCount = RuleShape.either([.integer(min: 0, max: 1200), .word(FeedWindow.unlimited)])
    static let feedWindow = RuleShape.mapping([
        RuleField("past", monthCount, "Montako kuukautta taaksepäin tilattava kalenteri ulottuu (oletus 12); vanhemmat arkistossa.",
                  example: "12"),
        RuleField("future", monthCount, "Montako kuukautta eteenpäin (oletus: kaikki).", example: "kaikki"),
    ])
    public static let calendar = RuleShape.mapping([
        RuleField("region", .localized, "Alueen nimi."),
        RuleField("timeZone", .text, "Aikavyöhyke, Europe/Helsinki."),
        RuleField("period", period, "Vuodet, jotka suunnitellaan oletuksena."),
        RuleField("noMeetingMonths", months, "Kuukaudet, joina kukaan ei kokoonnu."),
        RuleField("blackouts", .list(blackout, single: false), "Päivät, joina kukaan ei kokoonnu."),
        RuleField("municipalities", .keyed(.either([.localized, organisation])),
                  "Kunnat: tunnus ja nimi, tai nimi päivämäärineen (yhdistymiset, nimenmuutokset)."),
        RuleField("organisations", .keyed(organisation), "Organisaatiot, joiden nimi muuttuu tai jotka yhdistyvät."),
        RuleField("schoolHolidays", .list(schoolHoliday, single: false), "Koulujen lomat kunnittain."),
        RuleField("imports", .list(calendarImport, single: false), "Kalenteritiedostot, joista tulee estoja tai lomia."),
        RuleField("defaults", defaults, "Oletukset kaikille verkostoille."),
        RuleField("uidDomain", .text, "Tapahtumatunnusten (UID) verkkotunnus; ei muuteta julkaisun jälkeen."),
        RuleField("feeds", feedWindow, "Tilattavien kalenterien aikaikkuna kuukausina."),
    ])

    // MARK: people.yaml and places.yaml

    static let unavailable = RuleShape.mapping([
        RuleField("name", .localized, "Syy.", example: "Loma"), RuleField("from", date, required: true, example: "2027-06-14"),
        RuleField("to", date, required: true, "Viimeinen päivä.", example: "2027-06-30"),
    ])
    static let person = RuleShape.mapping([
        RuleField("title", .localized, "Tehtävänimike, näkyy kaikkialla.", example: "Perhekeskuskoordinaattori"),
        RuleField("name", .text, "Oma nimi: vain jäsenille (asiakirjat, jäsenten kalenterit, työtila).", example: "Liisa Lahti"),
        RuleField("organisation", .text),
        RuleField("email", .text, "Sähköposti: vain jäsenten kalentereissa."),
        RuleField("phone", .text),
        RuleField("maxMeetingsPerDay", .integer(min: 1, max: 10)),
        RuleField("unavailable", .list(unavailable, single: false), "Poissaolot (loma, koulutus)."),
        RuleField("busy", .list(.text, single: true), "Oman kalenterin vienti (.ics), jonka ajat ovat varattuja."),
        RuleField("busyCountsAsMeetings", .boolean),
    ])
    public static let people = RuleShape.mapping([RuleField("people", .keyed(person), required: true, "Ihmiset tunnuksittain.")])
    static let place = RuleShape.mapping([
        RuleField("name", .localized, "Tilan tai linkin nimi.", example: "Perhekeskuksen kokoustila"),
        RuleField("address", .text), RuleField("municipality", .text),
        RuleField("online", .text, "Etäkokouksen linkki (https://…)."),
        RuleField("holds", .integer(min: 1, max: 50), "Montako kokousta tilassa voi olla yhtä aikaa (oletus 1)."),
    ])
    public static let places = RuleShape.mapping([RuleField("places", .keyed(place), required: true, "Tilat ja linkit tunnuksittain.")])

    // MARK: networks/*.yaml

    static let member = RuleShape.mapping([
        RuleField("person", .text, required: true, "Henkilön tunnus (people.yaml)."),
        RuleField("role", .either([.words(Role.self), .list(.words(Role.self), single: false)]), "Rooli."),
        RuleField("roles", .list(.words(Role.self), single: true), "Roolit."),
        RuleField("attendance", .words(Attendance.self), "Joka kokous, joka toinen vai tarvittaessa."),
        RuleField("from", date, "Jäsen tästä päivästä.", example: "2027-08-01"),
        RuleField("until", date, "Jäsen tähän päivään.", example: "2029-12-31"),
        RuleField("substituteFor", .text, "Kenen varajäsen."),
    ])
    static let rotatingRule = RuleShape.mapping([
        RuleField("among", .list(.text, single: false), required: true), RuleField("by", .words(Rotation.Step.self)),
    ])
    static let rotatingKeys = rotatingRule.keys
    static let rotating = RuleShape.either([.list(.text, single: false), rotatingRule])
    static let rotation = RuleShape.mapping((Rotation.Subject.allCases.map(\.rawValue) + ["lead"]).map { RuleField($0, rotating) })
    static let window = RuleShape.mapping([
        RuleField("id", .text, required: true, "Ajankohdan tunnus, esim. tammi-helmi.", example: "tammi-helmi"),
        RuleField("title", .localized, example: "Tammi–helmikuu"), RuleField("months", months), RuleField("month", month),
        RuleField("from", monthDay, "Alkaen (KK-PP).", example: "01-15"), RuleField("to", monthDay, "Päättyen (KK-PP).", example: "02-28"),
        RuleField("count", .integer(min: 1, max: 31), "Montako kokousta ajankohdassa."),
        RuleField("mode", .words(MeetingMode.self)), RuleField("place", .text),
        RuleField("agenda", localizedList, "Ajankohdan kokouksen asiat."),
    ])
    static let series = RuleShape.mapping([
        RuleField("start", date, "Ensimmäinen kerta (tai around).", example: "2027-09-01"), RuleField("every", days),
        RuleField("sessions", localizedList, "Kertojen aiheet järjestyksessä."),
        RuleField("around", date, "Päivä, jonka ympärille kerrat sijoitetaan (esim. laskettu aika)."),
        RuleField("before", .integer(min: 0, max: 52), "Kertoja ennen around-päivää."),
        RuleField("after", .integer(min: 0, max: 52), "Kertoja around-päivän jälkeen."),
    ])
    static let cadenceFields = [
        RuleField("cadence", .phrase(examples: ["monthly", "kuukausittain", "4 kertaa vuodessa", "joka toinen viikko",
                                                "kahdesti kuukaudessa", "FREQ=WEEKLY;INTERVAL=3"]),
                  "Rytmi: kuukausittain, kahdesti kuukaudessa, 4 kertaa vuodessa, joka toinen viikko, RRULE."),
        RuleField("start", date, "Ensimmäinen mahdollinen päivä; toistuvan rytmin ensimmäinen kerta."),
        RuleField("end", date, "Viimeinen mahdollinen päivä."),
        RuleField("months", months, "Kuukaudet, joina kokoonnutaan."),
        RuleField("exceptMonths", months, "Kuukaudet, joina ei kokoonnuta."),
        RuleField("windows", .list(window, single: false), "Sovitut ajankohdat ja niiden asiat."),
        RuleField("series", series, "Kurssi: aloitus, teemakerrat, lopetus."),
    ]
    static let dates = RuleShape.list(.phrase(examples: ["2026-09-14", "2026-09-14 13:00"]), single: true)
    static let phase = RuleShape.mapping(cadenceFields + [RuleField("from", date, "Vaihe alkaa.", example: "2027-08-01"),
                                                          RuleField("until", date, "Vaihe päättyy.", example: "2027-06-30")])
    static let liveRule = RuleShape.mapping([
        RuleField("perYear", .integer(min: 0, max: 52), required: true, "Lähikokouksia vuodessa."),
        RuleField("prefer", .list(oneSelector, single: true)), RuleField("mode", .words(MeetingMode.self)),
    ])
    static let liveKeys = liveRule.keys
    static let live = RuleShape.either([.integer(min: 0, max: 52), liveRule])
    public static let meetings = RuleShape.mapping(cadenceFields + [
        RuleField("phases", .list(phase, single: false), "Rytmi, joka vaihtuu päivämäärästä."),
        RuleField("dates", dates, "Yksittäiset kokoukset: päivä ja halutessa kellonaika (2026-09-14 13:00)."),
        RuleField("duration", duration), RuleField("earliest", time), RuleField("latest", time),
        RuleField("preferredTimes", times), RuleField("preferredWeekdays", weekdays),
        RuleField("weekdays", weekdays, "Vain näinä viikonpäivinä."),
        RuleField("minSpacing", days), RuleField("mode", .words(MeetingMode.self), "lähi, etä tai hybridi."),
        RuleField("live", live, "Montako kokousta vuodessa pidetään lähikokouksena."),
        RuleField("place", .text, "Lähikokouksen tila (places.yaml)."),
        RuleField("online", .text, "Etäkokouksen linkki (places.yaml)."),
        RuleField("avoidSchoolHolidays", municipalities), RuleField("flexDays", .integer(min: 0, max: 60)),
    ])
    static let annualItem = RuleShape.mapping([
        RuleField("title", .localized, required: true, "Asia esityslistalla.", example: "Talousarvio"),
        RuleField("alternate", .localized),
        RuleField("years", years), RuleField("at", selector, "Mihin kokoukseen: ensimmäinen, viimeinen, kuukausi, …"),
        RuleField("proposal", .localized, "Päätösehdotus (pöytäkirjan pitävälle toimielimelle).",
                  example: "Johtoryhmä hyväksyy talousarvion esitetyssä muodossa."),
        RuleField("attachments", localizedList, "Asian liitteet esityslistalla.", example: "[Talousarvioluonnos 2027]"),
        RuleField("report", .words(ReportYear.self),
                  "Liitteeksi perhekeskustoiminnan seurantaraportti: edellinen vuosi tai kuluva vuosi.",
                  example: "edellinen vuosi"),
    ])
    static let task = RuleShape.mapping([
        RuleField("id", .text, required: true, "Tehtävän tunnus.", example: "kysely"),
        RuleField("title", .localized, required: true, "Tehtävä.", example: "Kävijäkysely"),
        RuleField("owner", owner), RuleField("from", monthDay, required: true, "Aloitus (KK-PP).", example: "09-01"),
        RuleField("due", monthDay, required: true),
        RuleField("years", years),
    ])
    static let report = RuleShape.mapping([
        RuleField("to", .text, required: true, "Verkosto, jolle raportoidaan tai jota ohjataan.", example: "johtoryhma"),
        RuleField("after", selector), RuleField("item", .localized), RuleField("years", years),
    ])
    static let templates = RuleShape.mapping([RuleField("agenda", .text), RuleField("minutes", .text)])
    public static let network = RuleShape.mapping([
        RuleField("id", .text, "Verkoston tunnus; sama kuin tiedoston nimi.", example: "johtoryhma"),
        RuleField("title", .localized, required: true, "Verkoston nimi.", example: "Lasten, nuorten ja perheiden johtoryhmä"),
        RuleField("description", .localized), RuleField("body", .words(Network.Body.self), "toimielin tai työryhmä."),
        RuleField("language", .words(Language.self), "Verkoston kieli: kutsut ja asiakirjat tällä kielellä (oletus suomi).",
                  example: "ruotsi"),
        RuleField("group", .localized, "Vuosikellon yhteinen kehä."), RuleField("quorum", .localized),
        RuleField("templates", templates), RuleField("municipality", .text), RuleField("cycleStart", month),
        RuleField("priority", .integer(min: -100, max: 100)), RuleField("color", .text),
        RuleField("members", .list(member, single: false), "Jäsenet ja roolit."),
        RuleField("rotation", rotation, "Vuorottelevat tehtävät."),
        RuleField("meetings", meetings, "Milloin ja miten kokoonnutaan."),
        RuleField("standingItems", localizedList, "Joka kokouksen vakioasiat."),
        RuleField("annualCycle", .list(annualItem, single: false), "Vuosikellon asiat."),
        RuleField("tasks", .list(task, single: false), "Tehtävät aloitus- ja määräpäivineen."),
        RuleField("deadlines", .list(deadline, single: false), "Määräajat ennen ja jälkeen kokouksen."),
        RuleField("reports", .list(report, single: false), "Raportointi toisille verkostoille (ylöspäin)."),
        RuleField("guidance", .list(report, single: false), "Ohjaus alemmille verkostoille (alaspäin): kuten reports."),
    ])
}
