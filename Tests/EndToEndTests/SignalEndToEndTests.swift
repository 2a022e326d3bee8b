import Foundation
import Testing

/// Signals on the real binary: nothing typed is lost, and a change that could not be saved is
/// never dropped silently.
@Suite(.serialized) struct SignalEndToEndTests {
    @Test func textBeingTypedIsKeptWhenTheAppIsStopped() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try tmux.send("e")
        try tmux.waitFor("choose a field")
        try tmux.send("p")
        try tmux.waitFor("Edit Progress")
        try tmux.send(" Venue booked.", literal: true)
        try tmux.waitFor("Venue booked.")
        let pid = try #require(try tmux.appPID())
        kill(pid, SIGTERM)

        #expect(try tmux.waitForExit() == 128 + Int(SIGTERM))
        #expect(try tmux.screen().contains("kept what you typed"))
        let progress = actions(in: try tmux.json())[0]["progress"] as? String
        #expect(progress?.hasSuffix("Venue booked.") == true)
    }

    @Test func aSignalAfterAFailedSaveSaysTheChangeIsUnsaved() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        // The first save of a session writes plan.json.bak; a folder in its place makes it fail
        // (as a full disk would) whoever runs the test, root included.
        try FileManager.default.createDirectory(at: tmux.file("plan.json.bak"), withIntermediateDirectories: false)

        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try tmux.send("r")
        try tmux.waitFor("Not saved")
        let pid = try #require(try tmux.appPID())
        kill(pid, SIGTERM)

        #expect(try tmux.waitForExit() == 128 + Int(SIGTERM))
        #expect(try tmux.screen().contains("stopped by a signal with the last change unsaved"))
    }
}
