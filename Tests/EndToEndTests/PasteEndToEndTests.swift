import Foundation
import Testing

/// Pasting with the terminal's bracketed paste (tmux paste-buffer -p), as a chair pasting from an email would.
@Suite(.serialized) struct PasteEndToEndTests {
    @Test func aMultiLinePasteArrivesIntactAndAOneLineFieldIsNotSavedByIt() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        // Deadline: a one-line field. The pasted line break must not save it.
        try tmux.send("e", "Down", "Down", "Down", "Enter")
        try tmux.waitFor("Edit Deadline")
        try tmux.send("C-u")
        try tmux.paste("March 2027\nthen review")
        try tmux.waitFor("March 2027 then review")
        #expect(actions(in: try tmux.json())[0]["deadline"] as? String == "March 2026")
        try tmux.send("Enter")
        try tmux.waitFor("saved")
        #expect(actions(in: try tmux.json(until: { actions(in: $0)[0]["deadline"] as? String != "March 2026" }))[0]["deadline"] as? String
            == "March 2027 then review")

        // Progress: a long field keeps the pasted lines.
        try tmux.send("e", "p")
        try tmux.waitFor("Edit Progress")
        try tmux.send("C-u")
        try tmux.paste("Line one £ é –\n介護 line two")
        try tmux.waitFor("介護 line two")
        try tmux.send("C-s")
        try tmux.waitFor("saved")
        let progress = actions(in: try tmux.json(until: { (actions(in: $0)[0]["progress"] as? String)?.hasSuffix("line two") == true }))[0]["progress"] as? String
        #expect(progress?.hasSuffix("Line one £ é –\n介護 line two") == true)
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
