import Rules

/// A rule that could not be met, or something the coordinator should look at,
/// explained with the network, the window and the constraint that blocked it.
public struct Problem: Hashable, Sendable {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    /// The constraint that decided the matter, for scripts and tests.
    public enum Constraint: String, Sendable, Hashable {
        case calendar, weekdays, spacing, people, rooms, override, annualCycle, reports, live, history, minutes
    }

    public var severity: Severity
    public var networkID: String?
    public var meetingKey: String?
    public var window: DatedPeriod?
    public var constraint: Constraint
    public var location: SourceLocation?
    public var message: ProblemMessage

    public init(_ severity: Severity, network: String?, meetingKey: String? = nil, window: DatedPeriod? = nil,
                constraint: Constraint, location: SourceLocation?, message: ProblemMessage) {
        self.severity = severity
        self.networkID = network
        self.meetingKey = meetingKey
        self.window = window
        self.constraint = constraint
        self.location = location
        self.message = message
    }

    /// `file:line:column: network, meeting, window: reason`.
    public func rendered(_ language: Language) -> String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        if severity == .warning {
            parts.append(["fi": "varoitus", "sv": "varning", "en": "warning"][language.rawValue]!)
        }
        parts.append(text(language))
        return parts.joined(separator: ": ")
    }

    public func text(_ language: Language) -> String {
        var subject = ""
        if let meetingKey {
            subject = meetingKey
            if let window {
                subject += " (\(window.from.finnish)–\(window.to.finnish))"
            }
            subject += ": "
        } else if let networkID {
            subject = networkID + ": "
        }
        return subject + message.text(language)
    }
}

/// One day-closing reason with how many days of a window it closed.
public struct ClosureCount: Hashable, Sendable {
    public var reason: ClosedReason
    public var days: Int
}

public enum ProblemMessage: Hashable, Sendable {
    case noOpenDay([ClosureCount])
    case noAllowedWeekday([Weekday])
    case spacing(days: Int, neighbours: [String])
    case peopleBusy(person: String, days: Int, examples: [String])
    case personUnavailable(person: String)
    case personBusyElsewhere(person: String)
    case dayLimit(person: String, limit: Int)
    case noTimeOfDay
    case unknownOverride
    case overrideConflict(other: String, person: String)
    case overrideOnClosedDay(ClosedReason, day: Day)
    case itemWithoutMeeting(item: LocalizedText, selector: String, cycle: String)
    case roomTaken(place: String, days: Int)
    /// A stored move that breaks hard rules: forced on purpose, or broken by later rules.
    case brokenMove([Blocker], forced: Bool)
    /// The meeting's window was over before it could be planned.
    case missed
    /// Only the past part of the window had room: the meeting came too late.
    case noRoomLeft(from: Day)
    /// A cycle whose rules want live meetings has fewer left than it needs.
    case tooFewLive(cycle: String, needed: Int, left: Int, mode: MeetingMode)
    /// A reporting line with no report in a cycle.
    case reportMissing(to: String, cycle: String)
    /// Minutes are recorded for a meeting that is still to come.
    case minutesBeforeMeeting(day: Day)

    // swiftlint:disable:next function_body_length
    public func text(_ language: Language) -> String {
        let pick = language.pick
        let unplaced = pick("kokousta ei voi sijoittaa", "mötet kan inte placeras", "the meeting cannot be placed")
        switch self {
        case .noOpenDay(let closures):
            let list = closures.map { Self.describe($0, language) }.joined(separator: ", ")
            return unplaced + pick(": ajankohdassa ei ole yhtään vapaata arkipäivää (\(list))",
                                   ": perioden har ingen ledig arbetsdag (\(list))",
                                   ": the window has no open working day (\(list))")
        case .noAllowedWeekday(let weekdays):
            let list = weekdays.map { $0.abbreviation(language) }.joined(separator: ", ")
            return unplaced + pick(": ajankohdan vapaista päivistä yksikään ei ole sallittu viikonpäivä (\(list))",
                                   ": ingen av periodens lediga dagar är en tillåten veckodag (\(list))",
                                   ": none of the window's open days is an allowed weekday (\(list))")
        case let .spacing(days, neighbours):
            let list = neighbours.joined(separator: ", ")
            return unplaced + pick(": vähimmäisväli \(days) päivää verkoston muihin kokouksiin (\(list)) ei jätä ajankohtaan vapaata päivää",
                                   ": minsta avståndet \(days) dagar till nätverkets andra möten (\(list)) lämnar ingen ledig dag",
                                   ": the minimum spacing of \(days) days from the network's other meetings (\(list)) leaves no open day")
        case let .peopleBusy(person, days, examples):
            let list = examples.joined(separator: ", ")
            return unplaced + pick(": \(person) on jo toisessa kokouksessa kaikkina \(days) mahdollisena päivänä (esim. \(list))",
                                   ": \(person) är redan på ett annat möte alla \(days) möjliga dagar (t.ex. \(list))",
                                   ": \(person) is already in another meeting on all \(days) possible days (e.g. \(list))")
        case .personUnavailable(let person):
            return unplaced + pick(": \(person) on poissa koko ajankohdan ajan",
                                   ": \(person) är borta under hela perioden",
                                   ": \(person) is away for the whole window")
        case .personBusyElsewhere(let person):
            return unplaced + pick(": \(person) on varattu omassa kalenterissaan kaikkina mahdollisina aikoina",
                                   ": \(person) är upptagen i sin egen kalender vid alla möjliga tider",
                                   ": \(person) is busy in their own calendar at every possible time")
        case let .dayLimit(person, limit):
            return unplaced + pick(": \(person) on jo kaikkina mahdollisina päivinä \(limit) kokouksessa (enimmäismäärä päivässä)",
                                   ": \(person) har redan \(limit) möten (högst per dag) alla möjliga dagar",
                                   ": \(person) already has \(limit) meeting(s) (the daily limit) on every possible day")
        case .noTimeOfDay:
            return unplaced + pick(": kokous ei mahdu sallittuihin kellonaikoihin",
                                   ": mötet ryms inte inom de tillåtna tiderna",
                                   ": the meeting does not fit the allowed times of day")
        case .unknownOverride:
            return pick("tallennettu siirto tai peruutus koskee kokousta, jota säännöt eivät enää tuota; se jätetään huomiotta (vuosikello restore poistaa sen)",
                        "en sparad flytt eller inställning gäller ett möte som reglerna inte längre ger; den ignoreras (vuosikello restore tar bort den)",
                        "a stored move or cancellation refers to a meeting the rules no longer produce; it is ignored (vuosikello restore removes it)")
        case let .overrideConflict(other, person):
            return pick("siirretty kokous on päällekkäin kokouksen \(other) kanssa (\(person))",
                        "det flyttade mötet överlappar \(other) (\(person))",
                        "the moved meeting overlaps \(other) (\(person))")
        case let .overrideOnClosedDay(reason, day):
            return pick("kokous on siirretty päivälle \(day.finnish), joka ei ole kokouspäivä (\(Self.describe(reason, language)))",
                        "mötet är flyttat till \(day.finnish), som inte är en mötesdag (\(Self.describe(reason, language)))",
                        "the meeting was moved to \(day.finnish), which is not a meeting day (\(Self.describe(reason, language)))")
        case let .roomTaken(place, days):
            return unplaced + pick(": tila \(place) on varattu kaikkina \(days) mahdollisena päivänä",
                                   ": lokalen \(place) är bokad alla \(days) möjliga dagar",
                                   ": the room \(place) is taken on all \(days) possible days")
        case let .brokenMove(blockers, forced):
            let list = blockers.map { Self.describe($0, language) }.joined(separator: "; ")
            return forced
                ? pick("siirretty sääntöjen vastaisesti (--force): \(list)",
                       "flyttat mot reglerna (--force): \(list)",
                       "moved against the rules (--force): \(list)")
                : pick("siirto ei enää täytä sääntöjä: \(list)", "flytten uppfyller inte längre reglerna: \(list)",
                       "the move no longer keeps the rules: \(list)")
        case .missed:
            return pick("ajankohta oli jo ohi, kun kokous tuli sääntöihin; kokousta ei pidetty eikä sitä sijoiteta menneisyyteen",
                        "perioden var redan förbi när mötet kom in i reglerna; mötet hölls inte och placeras inte i det förflutna",
                        "the window was over when the meeting entered the rules; it was not held and is not placed in the past")
        case .noRoomLeft(let from):
            return pick("kokous tuli sääntöihin vasta, kun ajankohdasta oli jäljellä \(from.finnish) alkaen; siihen ei mahdu kokousta, eikä sitä sijoiteta menneisyyteen",
                        "mötet kom in i reglerna först när bara perioden från \(from.finnish) återstod; där ryms inget möte, och det placeras inte i det förflutna",
                        "the meeting entered the rules when only the window from \(from.finnish) was left; it does not fit there and is not placed in the past")
        case let .tooFewLive(cycle, needed, left, mode):
            return pick("vuonna \(cycle) pitäisi olla \(needed) \(mode.name(.fi))kokousta, mutta jäljellä on \(left)",
                        "år \(cycle) ska ha \(needed) möten (\(mode.name(.sv))), men \(left) återstår",
                        "\(cycle) should have \(needed) \(mode.name(.en)) meeting(s), but \(left) remain")
        case let .reportMissing(to, cycle):
            return pick("raportti verkostolle \(to) jää vuonna \(cycle) antamatta: raportoivaa kokousta ei pidetä",
                        "rapporten till \(to) blir inte av år \(cycle): mötet som ska rapportera hålls inte",
                        "no report to \(to) in \(cycle): the meeting that reports is not held")
        case let .minutesBeforeMeeting(day):
            return pick("pöytäkirja tai muistio on kirjattu, vaikka kokous on vasta \(day.finnish)",
                        "protokollet är antecknat fast mötet hålls först \(day.finnish)",
                        "minutes are recorded although the meeting is only on \(day.finnish)")
        case let .itemWithoutMeeting(item, selector, cycle):
            return pick("vuosikellon asialle \"\(item.fi)\" ei löydy kokousta (\(selector)) vuonna \(cycle)",
                        "årshjulets punkt \"\(item.text(.sv))\" har inget möte (\(selector)) år \(cycle)",
                        "the annual-cycle item \"\(item.text(.en))\" has no meeting (\(selector)) in \(cycle)")
        }
    }

    public static func describe(_ reason: ClosedReason, _ language: Language) -> String {
        switch (reason, language) {
        case (.weekend, .fi): return "viikonloppu"
        case (.weekend, .sv): return "veckoslut"
        case (.weekend, .en): return "weekend"
        case (.holiday(let name), _): return name.text(language)
        case (.noMeetingMonth(let m), .fi): return "\(Month.name(m, .fi)), ei kokouksia"
        case (.noMeetingMonth(let m), .sv): return "\(Month.name(m, .sv)), inga möten"
        case (.noMeetingMonth(let m), .en): return "\(Month.name(m, .en)), no meetings"
        case (.blackout(let name), _): return name.text(language)
        case (.schoolHoliday(let name), _): return name.text(language)
        }
    }

    /// What a blocker says: "koordinaattori: Johtoryhmä 10.11. klo 13–15".
    public static func describe(_ blocker: Blocker, _ language: Language) -> String {
        let pick = language.pick
        func when(_ day: Day, _ start: TimeOfDay, _ end: TimeOfDay) -> String {
            "\(day.day).\(day.month). " + pick("klo ", "kl. ", "") + "\(hours(start))–\(hours(end))"
        }
        func meeting(_ m: BookedMeeting) -> String { "\(m.title.text(language)) \(when(m.day, m.start, m.end))" }
        switch blocker {
        case .closedDay(let reason):
            return pick("ei kokouspäivä (\(describe(reason, language)))", "ingen mötesdag (\(describe(reason, language)))",
                        "not a meeting day (\(describe(reason, language)))")
        case let .weekday(day, allowed):
            let list = allowed.map { $0.abbreviation(language) }.joined(separator: ", ")
            return pick("\(day.abbreviation(.fi)) ei käy: vain \(list)", "\(day.abbreviation(.sv)) går inte: bara \(list)",
                        "\(day.abbreviation(.en)) is not allowed: only \(list)")
        case let .hours(earliest, latest):
            return pick("sallittu aika on klo \(earliest.finnish)–\(latest.finnish)",
                        "tillåten tid är kl. \(earliest.finnish)–\(latest.finnish)",
                        "the allowed hours are \(earliest.finnish)–\(latest.finnish)")
        case .outsideWindow(let window):
            return pick("kokouksen ajankohdan \(window.from.finnish)–\(window.to.finnish) ulkopuolella",
                        "utanför mötets period \(window.from.finnish)–\(window.to.finnish)",
                        "outside the meeting's window \(window.from.finnish)–\(window.to.finnish)")
        case .past(let today):
            return pick("päivä on jo mennyt (tänään on \(today.finnish))", "dagen är redan förbi (i dag är det \(today.finnish))",
                        "the day is past (today is \(today.finnish))")
        case let .spacing(days, other):
            return pick("alle \(days) päivän päässä verkoston kokouksesta \(other.day.finnish)",
                        "mindre än \(days) dagar från nätverkets möte \(other.day.finnish)",
                        "less than \(days) days from the network's meeting on \(other.day.finnish)")
        case let .unavailable(person, period):
            let name = period.name.map { " (\($0.text(language)))" } ?? ""
            return "\(person): " + pick("poissa", "borta", "away") + " \(period.from.finnish)–\(period.to.finnish)\(name)"
        case let .busy(person, event):
            return "\(person): " + pick("omassa kalenterissa", "i egen kalender", "in their own calendar")
                + " \"\(event.summary)\" \(when(event.day, event.start, event.end))"
        case let .overlap(person, other):
            return "\(person): \(meeting(other))"
        case let .dayLimit(person, limit, meetings, busy):
            let taken = meetings.map(meeting) + busy.map { "\"\($0.summary)\" \(when($0.day, $0.start, $0.end))" }
            return "\(person): " + pick("jo \(limit) kokous(ta) päivässä", "redan \(limit) möte(n) den dagen",
                                        "already \(limit) meeting(s) that day") + " (\(taken.joined(separator: ", ")))"
        case let .roomTaken(place, other):
            return pick("\(place) on varattu", "\(place) är bokad", "\(place) is taken") + ": \(meeting(other))"
        }
    }

    /// `13` for 13.00, `9.30` for 9.30: how Finnish texts write a clock time in a range.
    static func hours(_ time: TimeOfDay) -> String {
        time.minute == 0 ? String(time.hour) : time.finnish
    }

    static func describe(_ count: ClosureCount, _ language: Language) -> String {
        let unit = ["fi": "pv", "sv": "d", "en": "d"][language.rawValue]!
        return "\(describe(count.reason, language)) \(count.days) \(unit)"
    }
}
