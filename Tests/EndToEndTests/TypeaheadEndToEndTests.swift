import Foundation
import Testing

/// Keys at speed on the real binary: a reason typed after a refused `y` must not run as
/// commands, the end-meeting question shows at the trial's sizes, and a key with a resize at
/// once ends with a screen drawn for the new size.
@Suite(.serialized) struct TypeaheadEndToEndTests {
    @Test func aSentenceTypedAfterARefusedYInTheRegisterChangesNothing() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try tmux.send("Z")
        try tmux.waitFor("Risk register · 3 risks")
        let before = try Data(contentsOf: tmux.file("plan.json"))
        // The trial: y, and the reason at once; u would undo, d would ask for a review date.
        try tmux.typeAtSpeed(["y", "updated with IJB risk policy"])
        let screen = try tmux.waitFor("the keys typed after it were ignored")
        #expect(!screen.contains("review date for R1"), "d did not open the review-date question:\n\(screen)")
        // Give any key that slipped through time to act, then look again.
        Thread.sleep(forTimeInterval: 1)
        let after = try tmux.screen()
        #expect(after.contains("Risk register · 3 risks"), "still in the register:\n\(after)")
        #expect(!after.contains("Review date"), "no question opened:\n\(after)")
        #expect(try Data(contentsOf: tmux.file("plan.json")) == before, "the plan file did not change")
        try tmux.send("Escape")
        try tmux.waitFor("r a g x rate")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try Data(contentsOf: tmux.file("plan.json")) == before, "nothing was saved on the way out")
    }

    @Test(arguments: [(120, 36), (60, 20)])
    func theEndMeetingQuestionShowsAboveItsKeys(width: Int, height: Int) throws {
        let tmux = try TmuxSession()
        try tmux.start(width: width, height: height)
        try tmux.waitFor("Strathmerrin")
        try tmux.startMeeting(attendees: "Ann Lee")
        try tmux.waitFor("● Meeting")
        try tmux.send("m")
        try tmux.waitFor("marked discussed (1 of")
        try tmux.send("M")
        let screen = try tmux.waitFor("End the meeting? 1 of 26 actions discussed.")
        let rows = screen.components(separatedBy: "\n")
        let question = try #require(rows.firstIndex { $0.hasPrefix(" End the meeting? 1 of 26") })
        #expect(rows[question + 1].contains("y end the meeting  n keep it running"), "the keys are right under it:\n\(screen)")
        #expect(screen.contains("┌ End the meeting?"), "the dialog is drawn too:\n\(screen)")
        try tmux.send("n")
        try tmux.waitFor("● Meeting")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func aKeyAndAResizeAtOnceEndWithTheScreenForTheNewSize() throws {
        let tmux = try TmuxSession()
        try tmux.start(width: 60, height: 20)
        try tmux.waitFor("Strathmerrin")
        try tmux.typeAtSpeed(["Z"])
        try tmux.resize(width: 120, height: 36)
        // Only the 120-column key line holds all of these; at 60 columns some are in the footer.
        let screen = try tmux.waitFor("b bands  u undo  Ctrl-R redo  ? help  Esc board")
        let rows = screen.components(separatedBy: "\n")
        let top = try #require(rows.first { $0.hasPrefix("┌ Risk register") }, "\(screen)")
        #expect(top.count == 120 && top.hasSuffix("┐"), "the register spans the new width:\n\(screen)")
        #expect(rows.filter { $0.hasPrefix("│") && $0.hasSuffix("│") && $0.count == 120 }.count >= 20,
                "every row drawn for 120 columns:\n\(screen)")
        #expect(!rows.contains { $0.count == 60 && $0.hasSuffix("┐") }, "nothing left of the 60-column frame:\n\(screen)")

        // Ctrl-L repaints the whole screen: what a stray write scribbled over is gone.
        try tmux.send("C-l")
        try tmux.waitFor("b bands  u undo  Ctrl-R redo  ? help  Esc board")
        try tmux.send("Escape")
        try tmux.waitFor("r a g x rate")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
