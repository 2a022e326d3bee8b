import Foundation
import Testing

/// Someone else saves the plan while the board has it open and the board has changes of its own:
/// `m` in the changed-on-disk dialog keeps both, in the file.
@Suite(.serialized) struct DiskMergeEndToEndTests {
    @Test func mergeKeepsTheirChangeAndMineInTheFile() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        var json = try tmux.json()
        json["title"] = "Retitled by Sam"
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: tmux.file("plan.json"))
        try tmux.send("r")
        let dialog = try tmux.waitFor("plan.json changed on disk")
        #expect(dialog.contains("m  merge"), "merge is offered first: \(dialog)")
        try tmux.send("m")
        try tmux.waitFor("Merged with the version on disk")
        let written = try tmux.json(until: { actions(in: $0)[0]["rag"] as? String == "red" })
        #expect(written["title"] as? String == "Retitled by Sam", "their change is kept")
        #expect(actions(in: written)[0]["rag"] as? String == "red", "and mine")
        try tmux.send("u")
        try tmux.waitFor("cannot be undone here")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let last = try tmux.json()
        #expect(last["title"] as? String == "Retitled by Sam")
        #expect(actions(in: last)[0]["rag"] as? String == "red")
    }
}
