/// What a person does in a network.
public enum Role: String, Sendable, CaseIterable, Codable {
    case chair
    case viceChair = "vice-chair"
    case secretary
    case convener
    case contactPerson = "contact-person"
    case member
    case substitute

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.chair, .fi): return "puheenjohtaja"
        case (.chair, .sv): return "ordförande"
        case (.chair, .en): return "chair"
        case (.viceChair, .fi): return "varapuheenjohtaja"
        case (.viceChair, .sv): return "vice ordförande"
        case (.viceChair, .en): return "vice-chair"
        case (.secretary, .fi): return "sihteeri"
        case (.secretary, .sv): return "sekreterare"
        case (.secretary, .en): return "secretary"
        case (.convener, .fi): return "koollekutsuja"
        case (.convener, .sv): return "sammankallare"
        case (.convener, .en): return "convener"
        case (.contactPerson, .fi): return "yhteyshenkilö"
        case (.contactPerson, .sv): return "kontaktperson"
        case (.contactPerson, .en): return "contact person"
        case (.member, .fi): return "jäsen"
        case (.member, .sv): return "medlem"
        case (.member, .en): return "member"
        case (.substitute, .fi): return "varajäsen"
        case (.substitute, .sv): return "ersättare"
        case (.substitute, .en): return "substitute"
        }
    }
}
