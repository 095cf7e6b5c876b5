import Rules

/// The calendar as meetings are placed on it: who is expected where and when, who is
/// invited (on demand), which rooms are taken, and which days each network meets on.
/// Every booking points at the meeting that made it, so a blocker can name it.
struct PlacementBoard {
    struct Booking {
        let start: Int
        let end: Int
        /// Index into `booked`.
        let ref: Int
    }

    let people: PeopleIndex
    /// Rooms by place id.
    let rooms: [String: Int]
    /// How many meetings each room holds at once, by room.
    let holds: [Int]
    private(set) var booked: [BookedMeeting] = []
    private var bookings: [Int: [Booking]] = [:]
    private var invitations: [Int: [Booking]] = [:]
    private var roomBookings: [Int: [Booking]] = [:]
    private var networkDays: [[(day: Int, ref: Int)]]

    init(people: PeopleIndex, places: [String: Place], networkCount: Int) {
        self.people = people
        let ids = places.keys.sorted()
        rooms = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        holds = ids.map { max(places[$0]?.holds ?? 1, 1) }
        networkDays = Array(repeating: [], count: networkCount)
    }

    static func slot(_ person: Int, _ day: Day) -> Int { person &* 1_000_003 &+ day.ordinal }

    /// Puts a meeting on the board; returns its reference.
    @discardableResult
    mutating func reserve(_ meeting: BookedMeeting, network: Int?, people expected: [Int], invited: [Int] = [],
                          room: Int?) -> Int {
        let ref = booked.count
        booked.append(meeting)
        let booking = Booking(start: meeting.start.minutes, end: meeting.end.minutes, ref: ref)
        for p in expected { bookings[Self.slot(p, meeting.day), default: []].append(booking) }
        for p in invited { invitations[Self.slot(p, meeting.day), default: []].append(booking) }
        if let room { roomBookings[Self.slot(room, meeting.day), default: []].append(booking) }
        if let network {
            // In place: a copy taken out and put back would copy the whole list on every booking.
            let at = insertionIndex(networkDays[network], meeting.day.ordinal)
            networkDays[network].insert((meeting.day.ordinal, ref), at: at)
        }
        return ref
    }

    /// Puts a meeting of a plan on the board as it stands (one that has happened, or one
    /// of a finished plan that a move is checked against); a cancelled one takes no time.
    mutating func reserve(_ m: Meeting, network: Int?) -> Int? {
        guard !m.isCancelled else { return nil }
        let booked = BookedMeeting(key: m.key, networkID: m.networkID, title: m.title, day: m.day, start: m.start,
                                   end: m.end)
        let people = self.people
        return reserve(booked, network: network, people: m.expected.compactMap { people.index[$0] },
                       invited: m.attendees.filter(\.optional).compactMap { people.index[$0.personID] },
                       room: m.placeID.flatMap { rooms[$0] })
    }

    func bookings(_ person: Int, _ day: Day) -> [Booking] { bookings[Self.slot(person, day)] ?? [] }

    func invitations(_ person: Int, _ day: Day) -> [Booking] { invitations[Self.slot(person, day)] ?? [] }

    func roomBookings(_ room: Int, _ day: Day) -> [Booking] { roomBookings[Self.slot(room, day)] ?? [] }

    func busy(_ person: Int, _ day: Day) -> [PeopleIndex.Busy] { people.busy[Self.slot(person, day)] ?? [] }

    func networkDays(_ network: Int) -> [Int] { networkDays[network].map(\.day) }

    /// The network's meeting nearest to `ordinal`, leaving out `ignoring`.
    func nearest(to ordinal: Int, network: Int, ignoring: Int?) -> (day: Int, ref: Int)? {
        let days = networkDays[network]
        guard !days.isEmpty else { return nil }
        let i = insertionIndex(days, ordinal)
        var best: (day: Int, ref: Int)?
        var j = i
        while j < days.count, days[j].ref == ignoring { j += 1 }
        if j < days.count { best = days[j] }
        var k = i - 1
        while k >= 0, days[k].ref == ignoring { k -= 1 }
        if k >= 0, best == nil || ordinal - days[k].day < best!.day - ordinal { best = days[k] }
        return best
    }

    private func insertionIndex(_ days: [(day: Int, ref: Int)], _ value: Int) -> Int {
        var lo = 0, hi = days.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if days[mid].day < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
