import Foundation
import Testing

/// Capturing a meeting's changes on the real binary in tmux: add, type, move, remove, undo.
@Suite(.serialized) struct EditingEndToEndTests {
    @Test func addTypeMoveRemoveAndUndoLeaveTheFileRight() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")

        // A new action at the end of outcome 1 (after 1.8 comes 1.9); its text opens at once.
        try tmux.send("n")
        try tmux.waitFor("Edit Action · 1.9")
        try tmux.send("Carers' café pilot in two localities", literal: true)
        try tmux.send("C-s")
        try tmux.waitFor("1.9 Action changed")

        // A multi-line progress note with £, é, – and a CJK word.
        try tmux.send("e")
        try tmux.waitFor("choose a field")
        try tmux.send("p")
        try tmux.waitFor("Edit Progress")
        try tmux.send("Café venue booked – £40 a session", literal: true)
        try tmux.send("Enter")
        try tmux.send("介護 leaflet printed", literal: true)
        let editing = try tmux.waitFor("介護 leaflet printed")
        #expect(editing.contains("Café venue booked – £40 a session"))
        try tmux.send("C-s")
        try tmux.waitFor("1.9 Progress / achievements to date changed")

        // Moved to outcome 2, then removed with a reason.
        try tmux.send("L")
        try tmux.waitFor("1.9 moved to 2 ")
        let moved = actions(in: try tmux.json(until: { actions(in: $0, outcome: 1).last?["ref"] as? String == "1.9" }), outcome: 1)
        #expect(moved.last?["ref"] as? String == "1.9")
        try tmux.send("d")
        try tmux.waitFor("Removed 1.9 · y: why?")
        try tmux.send("y")
        try tmux.waitFor("Why was 1.9 removed?")
        try tmux.send("now in the young carers work stream", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Reason noted for the removal of 1.9: “now in the young carers work stream”")
        let removed = actions(in: try tmux.json(until: { ((actions(in: $0, outcome: 1).last?["removal"] as? [String: Any])?["reason"] as? String)?.isEmpty == false }), outcome: 1).last
        #expect((removed?["removal"] as? [String: Any])?["reason"] as? String == "now in the young carers work stream")

        // Undo the removal and the move: 1.9 is back at the end of outcome 1 with its progress.
        try tmux.send("u")
        try tmux.waitFor("Undone: Removed 1.9")
        try tmux.send("u")
        let screen = try tmux.waitFor("Undone: 1.9 moved to")
        #expect(screen.contains("1.9"))
        #expect(screen.contains("Carers' café pilot"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let first = actions(in: try tmux.json(), outcome: 0)
        let added = try #require(first.last)
        #expect(added["ref"] as? String == "1.9")
        #expect(added["text"] as? String == "Carers' café pilot in two localities")
        #expect(added["progress"] as? String == "Café venue booked – £40 a session\n介護 leaflet printed")
        #expect(added["removal"] == nil)
        let fields = (added["history"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
        #expect(fields == ["created", "text", "progress"])
        #expect(!actions(in: try tmux.json(), outcome: 1).contains { $0["ref"] as? String == "1.9" })
    }

    @Test func ctrlEEditsTheFieldInTheUsersEditorAndTheBoardComesBack() throws {
        let tmux = try TmuxSession()
        let script = tmux.file("fake-editor.sh")
        try "#!/bin/sh\nprintf 'Added in the editor – ok\\n' >> \"$1\"\n".write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        // Run through sh rather than executed: a script written a moment ago may still be open for
        // writing in a child another parallel test just forked, and exec would fail with ETXTBSY.
        try tmux.start(environment: ["VISUAL": "sh " + script.path])
        try tmux.waitFor("Strathmerrin")
        try tmux.send("e", "p")
        try tmux.waitFor("Edit Progress")
        try tmux.send("C-e")
        try tmux.waitFor("Text from the editor")
        let screen = try tmux.waitFor("Added in the editor – ok")
        #expect(screen.contains("Strathmerrin"), "the board is drawn again in full")
        try tmux.send("C-s")
        try tmux.waitFor("1.1 Progress / achievements to date changed")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let progress = actions(in: try tmux.json(), outcome: 0).first?["progress"] as? String
        #expect(progress?.hasPrefix("Oct 2026: 164 staff trained") == true)
        #expect(progress?.hasSuffix("uptake slower than hoped.\nAdded in the editor – ok") == true)
    }

    @Test func ctrlEWithNoEditorAndNoNanoSaysHowToSetOneAndKeepsTheBoard() throws {
        let tmux = try TmuxSession()
        // A PATH with no nano (nor vi) in it, and no editor set.
        try tmux.start(environment: ["VISUAL": "", "EDITOR": "", "PATH": tmux.folder.path])
        try tmux.waitFor("Strathmerrin")
        try tmux.send("e", "p")
        try tmux.waitFor("Edit Progress")
        try tmux.send("C-e")
        let screen = try tmux.waitFor("No editor is set and nano is not installed")
        #expect(screen.contains("export EDITOR=nano"))
        #expect(screen.contains("Edit Progress"), "still editing on the board, never in vi")
        // The pane's shell has no PATH left to run `sleep` after the app, so the test ends here.
    }
}

/// The actions of one outcome of a plan JSON, in order.
func actions(in json: [String: Any], outcome: Int) -> [[String: Any]] {
    let outcomes = json["outcomes"] as? [[String: Any]] ?? []
    return outcomes.indices.contains(outcome) ? outcomes[outcome]["actions"] as? [[String: Any]] ?? [] : []
}
