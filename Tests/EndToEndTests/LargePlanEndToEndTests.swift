import Foundation
import Testing

/// A large plan's first screen is drawn from a preview while the whole file is read on another
/// core: keys typed meanwhile wait for the whole plan, and a file broken past the preview is
/// refused, with nothing changed, exactly as before.
@Suite(.serialized) struct LargePlanEndToEndTests {
    /// Imports a plan of 3,000 actions in six outcomes (about 1.5 MB: well past the size that
    /// gets a preview) into the session's `plan.json`.
    func importLargePlan(_ tmux: TmuxSession) throws {
        var csv = "Outcome,Ref,Action,Lead,Deadline,RAG\n"
        for i in 0..<3_000 {
            csv += "\(i / 500 + 1): Outcome \(i / 500 + 1),\(i / 500 + 1).\(i % 500 + 1),"
                + "Action number \(i) with enough words to wrap on its card,JB,March 2027,Amber\n"
        }
        try csv.write(to: tmux.file("plan.csv"), atomically: true, encoding: .utf8)
        _ = try tmux.runPlanboard(["import", tmux.file("plan.csv").path, "-o", tmux.file("plan.json").path])
        let size = try #require(try FileManager.default.attributesOfItem(atPath: tmux.file("plan.json").path)[.size] as? Int)
        #expect(size > 1_000_000)
    }

    @Test func keysTypedWhileALargePlanIsReadWaitForItAndAreKeptInOrder() throws {
        let tmux = try TmuxSession()
        try importLargePlan(tmux)
        try tmux.start()
        // Typed at once, before the first screen: down, Green, down, Red.
        try tmux.typeAtSpeed(["j", "g", "j", "r"])
        try tmux.waitFor("1.3 RAG Amber → Red")
        try tmux.waitFor("of 3000")
        try tmux.waitFor("saved")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let all = actions(in: try tmux.json())
        #expect(all.count == 3_000)
        #expect(all.prefix(4).map { $0["rag"] as? String } == ["amber", "green", "red", "amber"])
    }

    @Test func aLargePlanBrokenPastItsFirstScreenIsRefusedAndLeftAsItWas() throws {
        let tmux = try TmuxSession()
        try importLargePlan(tmux)
        // A key given twice in the very last action: far past anything the first screen shows.
        var text = try String(contentsOf: tmux.file("plan.json"), encoding: .utf8)
        let last = try #require(text.range(of: "\"ref\" : \"6.500\""))
        text.replaceSubrange(last, with: "\"ref\" : \"6.500\",\n          \"ref\" : \"6.501\"")
        try text.write(to: tmux.file("plan.json"), atomically: true, encoding: .utf8)
        let broken = try Data(contentsOf: tmux.file("plan.json"))

        try tmux.start()
        // Rate, remove and quit at once, while the file is still being read.
        try tmux.typeAtSpeed(["g", "d", "j", "r", "q"])
        #expect(try tmux.waitForExit() == 1)
        let screen = try tmux.screen()
        #expect(screen.contains("the field \"ref\" appears twice"), "\(screen)")
        #expect(screen.contains("plan.json"))
        #expect(try Data(contentsOf: tmux.file("plan.json")) == broken, "the file is left exactly as it was")
        #expect(!FileManager.default.fileExists(atPath: tmux.file("plan.json.bak").path))
    }
}
