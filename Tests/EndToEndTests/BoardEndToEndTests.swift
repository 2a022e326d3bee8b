import Foundation
import Testing

/// The paths a chair takes, on the real binary in tmux, checking the screen and the file on disk.
@Suite(.serialized) struct BoardEndToEndTests {
    @Test func firstRunCreatesThePlanFromTheExampleAndSaysSo() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        let screen = try tmux.waitFor("Created plan.json from the built-in example plan")
        #expect(screen.contains("Strathmerrin Carers Delivery Plan"))
        #expect(screen.contains("1 Identified and heard"))
        #expect(try tmux.json()["title"] as? String == "Strathmerrin Carers Delivery Plan")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func movingRatingUndoingRedoingAndQuittingLeaveTheFileRight() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        let before = actions(in: try tmux.json())[1]
        #expect(before["rag"] as? String == "red")

        try tmux.send("Down", "g")
        try tmux.waitFor("1.2 RAG Red → Green · y: why?")
        try tmux.waitFor("saved")
        var second = actions(in: try tmux.json(until: { actions(in: $0)[1]["rag"] as? String == "green" }))[1]
        #expect(second["rag"] as? String == "green")
        let change = (second["history"] as? [[String: Any]])?.last
        #expect(change?["field"] as? String == "rag")
        #expect(change?["from"] as? String == "Red")
        #expect(change?["to"] as? String == "Green")

        try tmux.send("u")
        try tmux.waitFor("Undone:")
        second = actions(in: try tmux.json(until: { actions(in: $0)[1]["rag"] as? String != "green" }))[1]
        #expect(second["rag"] as? String == "red")
        #expect((second["history"] as? [[String: Any]])?.count == (before["history"] as? [[String: Any]])?.count)

        try tmux.send("C-r")
        try tmux.waitFor("Redone:")
        #expect(actions(in: try tmux.json(until: { actions(in: $0)[1]["rag"] as? String == "green" }))[1]["rag"] as? String == "green")

        try tmux.send("Right", "s")
        try tmux.waitFor("Status of 2.2")
        try tmux.send("d")
        try tmux.waitFor("2.2 status On-going → Delayed")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(actions(in: try tmux.json())[9]["status"] as? String == "delayed", "2.2, beside 1.2, set to Delayed in the chooser")
    }

    @Test func theFirstChangeOfASessionKeepsTheFileAsItWasInABackup() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let original = try Data(contentsOf: tmux.file("plan.json"))

        let again = try TmuxSession()
        try FileManager.default.copyItem(at: tmux.file("plan.json"), to: again.file("plan.json"))
        try again.start()
        try again.waitFor("Strathmerrin")
        try again.send("x")
        try again.waitFor("RAG Amber → Not rated · y: why?")
        try again.waitFor("saved")
        try again.send("x", "a")
        try again.waitFor("RAG Not rated → Amber")
        try again.send("q")
        #expect(try again.waitForExit() == 0)
        #expect(try Data(contentsOf: again.file("plan.json.bak")) == original)
        #expect(try Data(contentsOf: again.file("plan.json")) != original)
    }

    @Test func theDetailPaneAndHelpOpenCloseAndSurviveResizing() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try tmux.send("Enter")
        try tmux.waitFor("Measure of success")
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("Action 1.1")
        try tmux.send("?")
        try tmux.waitFor("In the detail pane")
        try tmux.resize(width: 30, height: 8)
        try tmux.waitFor("Terminal too small")
        try tmux.resize(width: 120, height: 36)
        try tmux.waitFor("Keys · ")
        try tmux.waitFor("Scroll the pane")
        try tmux.send("Escape")
        try tmux.waitFor("Measure of success")
        try tmux.send("Escape")
        try tmux.resize(width: 70, height: 24)
        let narrow = try tmux.waitFor("Lane 1 of 4")
        #expect(!narrow.contains("Measure of success"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test(arguments: ["dumb", "no-such-terminal-type"]) func refusesATerminalItCannotDrawOn(term: String) throws {
        let tmux = try TmuxSession()
        try tmux.start(environment: ["TERM": term])
        #expect(try tmux.waitForExit() == 2)
        #expect(try tmux.screen().contains("planboard: the terminal type '\(term)'"))
        #expect(!FileManager.default.fileExists(atPath: tmux.file("plan.json").path), "nothing is created")
    }

    @Test func aSecondPlanboardOnTheSameFileSaysWhoHasIt() throws {
        let first = try TmuxSession()
        try first.start()
        try first.waitFor("Strathmerrin")
        let second = try TmuxSession()
        try second.start([first.file("plan.json").path])
        #expect(try second.waitForExit() == 1)
        let screen = try second.screen()
        #expect(screen.contains("is open in another planboard"))
        if let pid = try first.appPID() { #expect(screen.contains("\(pid)")) }
        try first.send("q")
        #expect(try first.waitForExit() == 0)
    }

    @Test func aMalformedPlanIsRefusedWithItsLineAndLeftAlone() throws {
        let tmux = try TmuxSession()
        let broken = "{\n  \"schemaVersion\": 1,\n  \"title\": \"Broken\",\n  \"outcomes\": [\n    {\"id\": \"o1\" \"title\": \"x\"}\n  ]\n}\n"
        try broken.write(to: tmux.file("plan.json"), atomically: true, encoding: .utf8)
        try tmux.start()
        #expect(try tmux.waitForExit() == 1)
        let screen = try tmux.screen()
        #expect(screen.contains("plan.json"))
        #expect(screen.contains("line 5"))
        #expect(try String(contentsOf: tmux.file("plan.json"), encoding: .utf8) == broken)
    }

    @Test(arguments: [SIGTERM, SIGHUP]) func aSignalSavesRestoresTheTerminalAndExits(signal: Int32) throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try tmux.send("r")
        try tmux.waitFor("saved")
        try tmux.send("Enter")
        let pid = try #require(try tmux.appPID())
        kill(pid, signal)
        #expect(try tmux.waitForExit() == 128 + Int(signal))
        #expect(actions(in: try tmux.json())[0]["rag"] as? String == "red")
        #expect(!(try tmux.screen()).contains("Strathmerrin"), "the board is gone: the terminal was restored")
    }

    @Test func aCLocaleStillShowsAccentedAndWideCharacters() throws {
        let tmux = try TmuxSession()
        let plan = """
        {"schemaVersion": 1, "title": "Café plan – 介護", "outcomes": [{"id": "o1", "number": "1", "title": "Naïve outcome",
          "actions": [{"id": "a1", "ref": "1.1", "text": "Résumé for carers 😀 in 漢字"}]}]}
        """
        try plan.write(to: tmux.file("plan.json"), atomically: true, encoding: .utf8)
        try tmux.start(environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try tmux.waitFor("Café plan – 介護")
        #expect(screen.contains("Résumé for carers 😀 in 漢字"))
        #expect(screen.contains("1 Naïve outcome"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
