import Testing
@testable import Publishing
@testable import Rules

/// The notices after an act, word for word: what a coordinator reads after a click.
@Suite("Workspace notices")
struct WorkspaceWordsTests {
    @Test("A meeting act or a saved rule file says whether the calendars show it yet, in every language; an unknown act says nothing")
    func meetingActs() {
        let fi = WorkspaceWords(language: .fi), sv = WorkspaceWords(language: .sv), en = WorkspaceWords(language: .en)
        #expect(fi.done("moved") == "Kokous siirretty. Kalenterit on päivitetty.")
        #expect(fi.done("cancelled") == "Kokous peruttu. Kalenterit on päivitetty.")
        #expect(sv.done("restored") == "Mötet återställt. Kalendrarna är uppdaterade.")
        #expect(en.done("cancelled") == "Meeting cancelled. The calendars are updated.")
        #expect(fi.done("restored-later")?.hasPrefix("Kokous palautettu. Kalentereita ei voitu vielä päivittää") == true)
        #expect(sv.done("moved-later")?.hasPrefix("Mötet flyttat. Kalendrarna kunde inte uppdateras ännu") == true)
        #expect(en.done("cancelled-later")?.hasPrefix("Meeting cancelled. The calendars could not be updated yet") == true)
        #expect(fi.done("minutes-later") == nil && fi.done("later") == nil && fi.done("-later") == nil)
        #expect(fi.done("closed") == "Tehtävä merkitty tehdyksi.")
        // A rule file saved is published like a meeting act, or said to wait.
        #expect(fi.done("saved") == "Tiedosto tallennettu. Kalenterit on päivitetty.")
        #expect(en.done("saved-later")?.hasPrefix("File saved. The calendars could not be updated yet") == true)
    }
}
