import Foundation

enum TimeZoneCheck {
    static func exists(_ identifier: String) -> Bool { TimeZone(identifier: identifier) != nil }
}
