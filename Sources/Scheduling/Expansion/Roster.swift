import Rules

/// Who holds which role at a given meeting, and who is expected there: members active
/// on the day, rotations applied, on-demand members invited but not blocking.
struct Roster: Sendable {
    let network: Network
    let originYear: Int
    /// Whether any membership has dated terms; if not, the roster is the same every day.
    let hasTerms: Bool

    /// After how many meetings, and how many cycles, the roster repeats.
    let meetingPeriod: Int
    let cyclePeriod: Int

    init(network: Network, originYear: Int) {
        self.network = network
        self.originYear = originYear
        self.hasTerms = network.members.contains { $0.hasTerm }
        func lcm(_ values: [Int]) -> Int {
            values.reduce(1) { a, b in
                var (x, y) = (a, b)
                while y != 0 { (x, y) = (y, x % y) }
                return a / x * b
            }
        }
        var byMeeting = network.rotations.filter { $0.by == .meeting }.map(\.among.count)
        if network.members.contains(where: { $0.attendance == .everyOther }) { byMeeting.append(2) }
        meetingPeriod = lcm(byMeeting.filter { $0 > 0 })
        cyclePeriod = lcm(network.rotations.filter { $0.by == .year }.map(\.among.count).filter { $0 > 0 })
    }

    /// Meetings with the same key have the same assignment; nil when dated terms make
    /// it depend on the day.
    func memoKey(ordinal: Int, cycleYear: Int) -> Int? {
        guard !hasTerms else { return nil }
        let m = (ordinal % meetingPeriod + meetingPeriod) % meetingPeriod
        let c = ((cycleYear - originYear) % cyclePeriod + cyclePeriod) % cyclePeriod
        return m * cyclePeriod + c
    }

    struct Assignment: Hashable, Sendable {
        var conveners: [String]
        var chairs: [String]
        var secretaries: [String]
        var host: String?
        var placeID: String?
        var attendees: [Attendee]

        var blocking: [String] { attendees.filter { !$0.optional }.map(\.personID) }
        var optional: [String] { attendees.filter(\.optional).map(\.personID) }

        /// Whoever does work owned by `owner` at this meeting: a named person, or every
        /// holder of the role (a chair's work falls to the convener when there is no chair,
        /// a secretary's likewise).
        func people(_ owner: Owner) -> [String] {
            switch owner {
            case .person(let id): return [id]
            case .role(.convener): return conveners
            case .role(.chair): return chairs.isEmpty ? conveners : chairs
            case .role(.secretary): return secretaries.isEmpty ? conveners : secretaries
            case .role(let role): return attendees.filter { $0.roles.contains(role) }.map(\.personID)
            }
        }

        /// The people of several owners, each once, in order.
        func people(_ owners: [Owner]) -> [String] {
            // Nearly always one owner of a few people: that list as it is, with no set and
            // no new array, when no one in it repeats (a national plan has 200 000 deadlines).
            if owners.count == 1 {
                let list = people(owners[0])
                if list.count < 8, !list.indices.contains(where: { list[..<$0].contains(list[$0]) }) { return list }
            }
            var seen = Set<String>()
            return owners.flatMap { people($0) }.filter { seen.insert($0).inserted }
        }
    }

    func assignment(ordinal: Int, cycleYear: Int, on day: Day) -> Assignment {
        let active = network.members.filter { $0.isActive(on: day) }
        func holders(_ role: Role) -> [String] { active.filter { $0.roles.contains(role) }.map(\.personID) }
        var a = Assignment(conveners: holders(.convener), chairs: holders(.chair), secretaries: holders(.secretary),
                           host: nil, placeID: nil, attendees: [])
        var rotated: [(String, Role?)] = []
        for rotation in network.rotations {
            let pick = rotation.pick(meetingOrdinal: ordinal, cycleOrdinal: cycleYear - originYear)
            switch rotation.subject {
            case .convener: a.conveners = [pick]; rotated.append((pick, .convener))
            case .chair: a.chairs = [pick]; rotated.append((pick, .chair))
            case .secretary: a.secretaries = [pick]; rotated.append((pick, .secretary))
            case .host: a.host = pick; rotated.append((pick, nil))
            case .place: a.placeID = pick
            }
        }
        var byPerson: [String: Attendee] = [:]
        var order: [String] = []
        func add(_ id: String, _ roles: [Role], optional: Bool) {
            if var existing = byPerson[id] {
                existing.roles += roles.filter { !existing.roles.contains($0) }
                existing.optional = existing.optional && optional
                byPerson[id] = existing
            } else {
                byPerson[id] = Attendee(personID: id, roles: roles, optional: optional)
                order.append(id)
            }
        }
        let rotatedRoles = Set(rotated.compactMap(\.1))
        let duties = Set(a.conveners + a.chairs + a.secretaries + [a.host].compactMap { $0 })
        for member in active {
            // A role handed on by rotation is not also held by the member list.
            let roles = member.roles.filter { !rotatedRoles.contains($0) }
            let optional: Bool
            switch member.attendance {
            case .every: optional = roles == [.substitute]
            case .everyOther: optional = ordinal % 2 != 0
            case .onDemand: optional = true
            }
            add(member.personID, roles.isEmpty ? [.member] : roles, optional: optional && !duties.contains(member.personID))
        }
        for (person, role) in rotated { add(person, role.map { [$0] } ?? [], optional: false) }
        for (ids, role) in [(a.conveners, Role.convener), (a.chairs, .chair), (a.secretaries, .secretary)] {
            for id in ids { add(id, [role], optional: false) }
        }
        a.attendees = order.map { byPerson[$0]! }
        return a
    }
}
