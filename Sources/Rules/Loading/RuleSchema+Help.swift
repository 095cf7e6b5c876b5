extension RuleSchema {
    /// What a key means and an example value, by key name, for fields that do not say it
    /// themselves: shown by editors on hover and listed in docs/rules.md. Finnish first.
    static let help: [String: (String, String)] = [
        "address": ("Osoite, näkyy kokouksen tiedoissa.", "Mikonkatu 1, Mikkeli"),
        "after": ("Minkä kokouksen jälkeen.", "viimeinen"),
        "agenda": ("Asiat tai esityslistan pohja.", "Tietoa päättäjille"),
        "alternate": ("Nimi vuosina, joihin years ei päde (vuorotteleva pari).", "Perheiden kysely"),
        "among": ("Henkilöt vuorojärjestyksessä.", "[jasen-1, jasen-2]"),
        "around": ("Päivä, jonka ympärille kerrat sijoitetaan.", "2027-03-15"),
        "as": ("Estot vai koulujen lomat.", "koululomat"),
        "avoidSchoolHolidays": ("Vältetäänkö koulujen lomia: true, tai kuntien luettelo.", "true"),
        "before": ("Montako ennen (kertoja tai päiviä).", "1 viikko"),
        "body": ("toimielin (pöytäkirja) tai työryhmä (muistio).", "toimielin"),
        "busy": ("Oman kalenterin vienti (.ics): varatut ajat.", "imports/koordinaattori.ics"),
        "busyCountsAsMeetings": ("Lasketaanko varatut ajat kokouksiksi päivärajaan.", "false"),
        "by": ("Vaihtuuko vuoro kokouksittain vai vuosittain.", "kokous"),
        "cadence": ("Rytmi.", "kuukausittain"),
        "chair": ("Puheenjohtaja vuorotellen.", "[jasen-1, jasen-2]"),
        "color": ("Väri vuosikellossa (nimi tai #rrggbb).", "teal"),
        "convener": ("Koollekutsuja vuorotellen.", "[jasen-1, jasen-2]"),
        "count": ("Montako kokousta ajankohdassa.", "1"),
        "cycleStart": ("Kuukausi, josta verkoston vuosi alkaa (lukuvuosi: elokuu).", "elokuu"),
        "dates": ("Yksittäiset kokoukset.", "[2027-09-14 13:00, 2027-10-05]"),
        "deadlines": ("Määräajat ennen ja jälkeen kokouksen.", "{task: agenda, before: 1 viikko, owner: koollekutsuja}"),
        "defaults": ("Oletukset kaikille verkostoille.", "{duration: 2 tuntia}"),
        "description": ("Kuvaus, näkyy kalenterin kuvauksena.", "Alueen lasten, nuorten ja perheiden palveluiden johtoryhmä"),
        "due": ("Määräpäivä (KK-PP).", "10-31"),
        "duration": ("Kokouksen kesto.", "2 tuntia"),
        "earliest": ("Aikaisin alkamisaika.", "\"08:30\""),
        "email": ("Sähköposti: vain jäsenten kalentereissa.", "etunimi.sukunimi@esimerkki.fi"),
        "end": ("Viimeinen mahdollinen päivä.", "2027-10-15"),
        "every": ("Väli kertojen välillä.", "1 viikko"),
        "exceptMonths": ("Kuukaudet, joina ei kokoonnuta.", "[heinäkuu]"),
        "file": ("Tiedosto sääntökansiossa.", "imports/koululomat.ics"),
        "flexDays": ("Montako päivää päivämäärään sidottu kokous saa siirtyä.", "3"),
        "formerly": ("Aiemmat nimet.", "[{name: Essote, until: 2022-12-31}]"),
        "from": ("Alkaen (päivä).", "2027-01-01"),
        "group": ("Vuosikellon yhteinen kehä.", "Kuntien työryhmät"),
        "guidance": ("Ohjaus alemmille verkostoille.", "{to: lape-juva, after: ensimmäinen}"),
        "holds": ("Montako kokousta tilassa voi olla yhtä aikaa.", "2"),
        "host": ("Isäntä vuorotellen.", "[jasen-1, jasen-2]"),
        "id": ("Tunnus: pienet kirjaimet, numerot, väliviivat.", "johtoryhma"),
        "imports": ("Kalenteritiedostot.", "{file: imports/koululomat.ics, as: koululomat}"),
        "item": ("Asian otsikko vastaanottajan esityslistalla.", "Vuosikatsaus"),
        "latest": ("Myöhäisin päättymisaika.", "\"16:00\""),
        "lead": ("Vetovastuu vuorotellen.", "[ryhma-a, ryhma-b]"),
        "live": ("Lähikokouksia vuodessa.", "2"),
        "maxMeetingsPerDay": ("Enintään näin monta kokousta päivässä.", "1"),
        "members": ("Jäsenet ja roolit.", "{person: koordinaattori, roles: [koollekutsuja, sihteeri]}"),
        "mergedInto": ("Mihin yhdistyi.", "mikkeli"),
        "minSpacing": ("Vähimmäisväli saman verkoston kokousten välillä.", "14 päivää"),
        "minutes": ("Oma pöytäkirjapohja (templates-kansiossa).", "oma-poytakirja"),
        "mode": ("lähi, etä tai hybridi.", "etä"),
        "modes": ("Vain näin pidetyille kokouksille.", "[lähi, hybridi]"),
        "month": ("Kuukausi.", "toukokuu"),
        "months": ("Kuukaudet.", "[syyskuu, lokakuu]"),
        "municipalities": ("Kunnat.", "juva: Juva"),
        "municipality": ("Kunnan tunnus (calendar.yaml).", "juva"),
        "name": ("Nimi.", "Perhekeskuksen kokoustila"),
        "noDeadlines": ("Siirretäänkö myös määräajat pois.", "true"),
        "noMeetingMonths": ("Kuukaudet, joina kukaan ei kokoonnu.", "[heinäkuu]"),
        "online": ("Etäkokouksen linkki tai sen tunnus (places.yaml).", "teams"),
        "organisation": ("Organisaatio (nimi tai organisations-tunnus).", "Eloisa"),
        "organisations": ("Organisaatiot, joiden nimi muuttuu.", "eloisa: {name: Eloisa}"),
        "owner": ("Rooli tai henkilön tunnus.", "koollekutsuja"),
        "people": ("Ihmiset tunnuksittain.", "koordinaattori: {title: Perhekeskuskoordinaattori}"),
        "perYear": ("Lähikokouksia vuodessa.", "2"),
        "period": ("Suunniteltavat vuodet.", "{from: 2027, to: 2028}"),
        "person": ("Henkilön tunnus (people.yaml).", "koordinaattori"),
        "phases": ("Rytmi, joka vaihtuu päivämäärästä.", "[{until: 2027-06-30, cadence: kahdesti kuukaudessa}]"),
        "phone": ("Puhelin: vain jäsenille.", "\"+358 40 123 4567\""),
        "place": ("Tilan tunnus (places.yaml).", "kokoustila"),
        "places": ("Tilat ja linkit tunnuksittain.", "teams: {name: Teams, online: https://…}"),
        "prefer": ("Mitkä kokoukset mieluiten lähikokouksiksi.", "[tammikuu, elokuu]"),
        "preferredTimes": ("Mieluisimmat alkamisajat.", "[\"09:00\", \"13:00\"]"),
        "preferredWeekdays": ("Mieluisimmat viikonpäivät.", "[ti, ke, to]"),
        "priority": ("Järjestys suunnittelussa: suurempi ensin.", "10"),
        "quorum": ("Päätösvaltaisuus, näkyy pöytäkirjassa.", "Kokous on päätösvaltainen, kun puolet jäsenistä on läsnä."),
        "region": ("Alueen nimi.", "Etelä-Savo"),
        "reports": ("Raportointi toisille verkostoille.", "{to: johtoryhma, after: viimeinen}"),
        "role": ("Rooli.", "puheenjohtaja"),
        "roles": ("Roolit.", "[koollekutsuja, sihteeri]"),
        "rotation": ("Vuorottelevat tehtävät.", "{secretary: [jasen-1, jasen-2]}"),
        "schoolHolidays": ("Koulujen lomat.", "{name: Syysloma, from: 2027-10-18, to: 2027-10-22}"),
        "secretary": ("Sihteeri vuorotellen.", "[jasen-1, jasen-2]"),
        "series": ("Kurssi.", "{start: 2027-09-01, sessions: [Aloitus, Teema, Päätös]}"),
        "sessions": ("Kertojen aiheet.", "[Aloitus, Teema 1, Päätös]"),
        "standingItems": ("Joka kokouksen vakioasiat.", "[Ajankohtaiset asiat]"),
        "start": ("Ensimmäinen mahdollinen päivä.", "2027-01-12"),
        "substituteFor": ("Kenen varajäsen.", "jasen-kunta-a"),
        "task": ("invitation, agenda, minutes tai oma tunnus.", "agenda"),
        "tasks": ("Tehtävät.", "{id: kysely, title: Kävijäkysely, from: 09-01, due: 10-31}"),
        "templates": ("Omat asiakirjapohjat.", "{agenda: oma-esityslista}"),
        "timeZone": ("Aikavyöhyke.", "Europe/Helsinki"),
        "title": ("Otsikko tai nimike.", "Lasten, nuorten ja perheiden johtoryhmä"),
        "to": ("Mihin asti, tai vastaanottava verkosto.", "johtoryhma"),
        "uidDomain": ("Tapahtumatunnusten verkkotunnus; ei muuteta julkaisun jälkeen.", "etela-savo.vuosikello"),
        "unavailable": ("Poissaolot.", "{name: Loma, from: 2027-06-14, to: 2027-06-30}"),
        "until": ("Viimeinen päivä.", "2027-12-31"),
        "weekdays": ("Vain näinä viikonpäivinä.", "[ti, to]"),
        "windows": ("Sovitut ajankohdat ja niiden asiat.", "[{id: tammi-helmi, months: [tammikuu, helmikuu]}]"),
        "years": ("Minä vuosina.", "joka vuosi"),
        "at": ("Mihin kokoukseen.", "viimeinen"),
        "annualCycle": ("Vuosikellon asiat.", "{title: Talousarvio, at: viimeinen}"),
        "attendance": ("Joka kokous, joka toinen vai tarvittaessa.", "joka toinen"),
        "blackouts": ("Tauot.", "{name: Joulun aika, from: 12-22, to: 01-06}"),
        "meetings": ("Milloin ja miten kokoonnutaan.", "{cadence: kuukausittain, mode: etä}"),
        "feeds": ("Tilattavien kalenterien aikaikkuna kuukausina; vanhemmat vuosiarkistossa.", "{past: 12, future: kaikki}"),
        "past": ("Montako kuukautta taaksepäin (oletus 12).", "12"),
        "future": ("Montako kuukautta eteenpäin (oletus: kaikki).", "kaikki"),
    ]
}

extension RuleSchema {
    /// Every key of every rule file with what it means and an example, as Markdown tables:
    /// the table of keys in docs/rules.md (`vuosikello schema --reference` prints it; a
    /// test keeps the manual equal to it).
    public static var reference: String {
        var out = ""
        for (title, shape) in [("calendar.yaml", calendar), ("people.yaml", people), ("places.yaml", places),
                               ("networks/*.yaml", network)] {
            out += "\n### \(title)\n\n| avain (key) | mitä | esimerkki |\n|---|---|---|\n"
            var seen = Set<String>()
            for (path, field) in fields(of: shape, at: "") where seen.insert(path).inserted {
                let (meaning, example) = field.described
                out += "| `\(path)` | \(meaning) | \(example.isEmpty ? "" : "`\(field.key): \(example)`") |\n"
            }
        }
        return out
    }

    /// The fields of a shape, depth first, each with its path (`members[].role`, `people.ID.title`).
    private static func fields(of shape: RuleShape, at path: String) -> [(String, RuleField)] {
        switch shape {
        case .mapping(let fields):
            return fields.flatMap { field -> [(String, RuleField)] in
                let here = path.isEmpty ? field.key : "\(path).\(field.key)"
                return [(here, field)] + Self.fields(of: field.shape, at: here)
            }
        case .list(let item, _): return fields(of: item, at: path + "[]")
        case .keyed(let value): return fields(of: value, at: path + ".ID")
        case .either(let shapes): return shapes.flatMap { fields(of: $0, at: path) }
        default: return []
        }
    }
}
