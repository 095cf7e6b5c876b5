import Rules

/// A fingerprint of everything that decides where a meeting may go. When it is
/// unchanged, the meeting keeps its place from the previous plan.
enum Signature {
    static func of(_ o: Occurrence, setup: NetworkSetup, blocking: [String]) -> String {
        let r = setup.rules
        var parts: [String] = [o.key, o.window.from.iso, o.window.to.iso, o.mode.rawValue, String(r.durationMinutes),
                               r.earliest.description, r.latest.description, String(r.minSpacingDays)]
        parts.append(r.allowedWeekdays.map(\.englishKey).joined(separator: ","))
        parts.append(r.preferredWeekdays.map(\.englishKey).joined(separator: ","))
        parts.append(r.preferredTimes.map(\.description).joined(separator: ","))
        parts.append(blocking.sorted().joined(separator: ","))
        switch r.avoidSchoolHolidays {
        case nil: parts.append("-")
        case .all?: parts.append("all")
        case .only(let list)?: parts.append(list.sorted().joined(separator: ","))
        }
        return fnv1a(parts.joined(separator: "|"))
    }

    /// 64-bit FNV-1a, printed as 16 hex digits: stable across runs and platforms.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
