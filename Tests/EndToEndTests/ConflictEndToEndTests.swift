import Foundation
import Testing

/// Someone else saves the plan while the board has it open: planboard must not write over them.
@Suite(.serialized) struct ConflictEndToEndTests {
    /// Rewrites the plan file as another program would, with a new title.
    private func changeElsewhere(_ tmux: TmuxSession, title: String) throws {
        var json = try tmux.json()
        json["title"] = title
        let data = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: tmux.file("plan.json"))
    }

    @Test func aChangeOnDiskIsNeverOverwrittenAndReloadShowsIt() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try changeElsewhere(tmux, title: "Changed by Sam")
        try tmux.send("r")
        try tmux.waitFor("plan.json changed on disk")
        #expect(try tmux.json()["title"] as? String == "Changed by Sam", "their version is untouched")
        #expect(actions(in: try tmux.json())[0]["rag"] as? String == "amber")
        #expect(try tmux.screen().contains("plan.json NOT SAVED"), "the header says the change is not saved")

        try tmux.send("r")
        try tmux.waitFor("Reloaded plan.json from disk")
        try tmux.waitFor("Changed by Sam")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.json()["title"] as? String == "Changed by Sam")
    }

    @Test func writingMineOverTheirsIsAnExplicitChoice() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try changeElsewhere(tmux, title: "Changed by Sam")
        try tmux.send("g")
        try tmux.waitFor("plan.json changed on disk")
        try tmux.send("w")
        try tmux.waitFor("saved")
        let written = try tmux.json(until: { $0["title"] as? String != "Changed by Sam" })
        #expect(written["title"] as? String == "Strathmerrin Carers Delivery Plan")
        #expect(actions(in: written)[0]["rag"] as? String == "green")
        try tmux.send("Enter", "q")
        #expect(try tmux.waitForExit() == 0)
    }
}
