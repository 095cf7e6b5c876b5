/// How a meeting is held.
public enum MeetingMode: String, Sendable, CaseIterable, Codable {
    case live, remote, hybrid

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.live, .fi): return "lähi"
        case (.live, .sv): return "närmöte"
        case (.live, .en): return "in person"
        case (.remote, .fi): return "etä"
        case (.remote, .sv): return "distans"
        case (.remote, .en): return "online"
        case (.hybrid, .fi): return "hybridi"
        case (.hybrid, .sv): return "hybrid"
        case (.hybrid, .en): return "hybrid"
        }
    }

    public var needsRoom: Bool { self != .remote }
    public var needsLink: Bool { self != .live }
}
