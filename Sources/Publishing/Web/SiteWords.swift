import Rules

/// The front page's words. Finnish first; every string has its Swedish and English.
struct SiteWords {
    let language: Language

    private func pick(_ fi: String, _ sv: String, _ en: String) -> String { language.pick(fi, sv, en) }

    var heading: String { pick("Verkostojen kokouskalenterit", "Nätverkens möteskalendrar", "The networks' meeting calendars") }
    var intro: String {
        pick("Tilaa verkostosi kalenteri kerran: siirrot, peruutukset ja uudet kokoukset päivittyvät siihen itsestään. "
             + "Julkiset kalenterit eivät sisällä nimiä eikä sähköpostiosoitteita.",
             "Prenumerera på ditt nätverks kalender en gång: flyttade, inställda och nya möten uppdateras av sig själva. "
             + "De offentliga kalendrarna innehåller inga namn eller e-postadresser.",
             "Subscribe to your network's calendar once: moves, cancellations and new meetings then update by "
             + "themselves. Public calendars carry no names or e-mail addresses.")
    }
    /// Why the calendars shown are not the latest: a held-back change (no names: the page is public).
    func heldBack(_ count: Int) -> String {
        pick("Kalentereita ei ole päivitetty: viimeisin sääntömuutos peruisi \(count) kokousta kerralla, "
             + "ja se odottaa koordinaattorin vahvistusta.",
             "Kalendrarna har inte uppdaterats: den senaste regeländringen skulle ställa in \(count) möten på en gång "
             + "och väntar på koordinatorns bekräftelse.",
             "The calendars have not been updated: the latest rule change would cancel \(count) meetings at once "
             + "and awaits the coordinator's confirmation.")
    }
    var skip: String { pick("Siirry sisältöön", "Hoppa till innehållet", "Skip to content") }
    var languages: String { pick("Kieli", "Språk", "Language") }
    var networks: String { pick("Verkostot", "Nätverk", "Networks") }
    var next: String { pick("Seuraava kokous", "Nästa möte", "Next meeting") }
    var none: String { pick("ei tulevia kokouksia", "inga kommande möten", "no upcoming meetings") }
    var subscribe: String { pick("Tilaa kalenteri", "Prenumerera", "Subscribe") }
    var address: String { pick("Tilausosoite", "Prenumerationsadress", "Subscription address") }
    var copy: String { pick("Kopioi", "Kopiera", "Copy") }
    var copied: String { pick("Osoite kopioitu", "Adressen kopierad", "Address copied") }
    var open: String { pick("Avaa kalenterisovelluksessa", "Öppna i kalenderappen", "Open in calendar app") }
    var archive: String { pick("Arkisto (menneet vuodet kokonaan)", "Arkiv (tidigare år i sin helhet)", "Archive (past years in full)") }
    var all: String { pick("Kaikki verkostot", "Alla nätverk", "All networks") }
    var wheel: String { pick("Vuosikello", "Årshjul", "Annual wheel") }
    var wheelOf: String { pick("Verkoston vuosikello", "Nätverkets årshjul", "The network's annual wheel") }
    var wheelFull: String { pick("Avaa vuosikello kokonaan", "Öppna årshjulet i full storlek", "Open the wheel full size") }
    var upcoming: String { pick("tulevia kokouksia", "kommande möten", "upcoming meetings") }
    var howTo: String {
        pick("Outlook: Lisää kalenteri → Tilaa verkosta. Google-kalenteri: Muut kalenterit → URL-osoitteesta. "
             + "Apple-kalenteri ja Thunderbird: avaa webcal-linkki.",
             "Outlook: Lägg till kalender → Prenumerera från webben. Google Kalender: Andra kalendrar → Från webbadress. "
             + "Apple Kalender och Thunderbird: öppna webcal-länken.",
             "Outlook: Add calendar → Subscribe from web. Google Calendar: Other calendars → From URL. "
             + "Apple Calendar and Thunderbird: open the webcal link.")
    }
    var notFound: String { pick("Sivua ei löydy.", "Sidan hittades inte.", "Not found.") }

    func wheelAlt(_ region: String, _ year: Int) -> String {
        pick("\(region): vuosikello \(year). Kokoukset ja vuosikellon asiat ovat myös tekstinä alla olevassa luettelossa.",
             "\(region): årshjul \(year). Mötena och årets ärenden finns också som text i listan nedan.",
             "\(region): annual wheel \(year). The meetings and the annual cycle are also listed as text below.")
    }
}
