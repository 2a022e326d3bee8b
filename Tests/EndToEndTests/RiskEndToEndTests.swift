import Foundation
import Testing

/// In a meeting on the real binary: `Z`, change R1's residual level with a reason, complete a
/// milestone, record an indicator's value typed at speed, end the meeting; then the plan file and
/// `planboard minutes` carry all three (the whole framework reviewed in one meeting).
@Suite(.serialized) struct RiskEndToEndTests {
    @Test func aRiskLevelChangedInAMeetingIsInTheFileAndTheMinutes() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        try tmux.typeAtSpeed(["M", "Enter", "Ann Lee, Raj Patel", "Enter", "Enter", "Enter", "Enter", "Enter", "Enter"])
        try tmux.waitFor("● Meeting: Strathmerrin Carers Partnership")

        try tmux.send("Z")
        try tmux.waitFor("Risk register · 3 risks")
        try tmux.send("L")
        try tmux.waitFor("Change which level of R1?")
        try tmux.send("r")
        try tmux.waitFor("R1 residual level, L x I (e.g. 2x3):")
        try tmux.send("C-u")
        try tmux.send("9x3", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Likelihood 9 is out of range")
        try tmux.send("C-u")
        try tmux.send("L2 I3", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("R1 residual risk L3 × I3 = 9 High → L2 × I3 = 6 Moderate · y: why?")
        try tmux.send("y")
        try tmux.waitFor("Why R1 residual risk")
        try tmux.send("Bid agreed in principle", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Reason noted for R1 residual risk")
        try tmux.send("Escape")
        try tmux.waitFor("←↓↑→ move")

        try tmux.send("#")
        try tmux.send("3.1", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("▶3.1 2/3")  // R1 is Moderate now: no ! on 3.1
        try tmux.send("t")
        try tmux.waitFor("Milestones of 3.1 · 2/3 done")
        try tmux.send("j", "j", "Space")
        try tmux.waitFor("Milestones of 3.1 · 3/3 done")
        try tmux.send("Escape")
        try tmux.waitFor("←↓↑→ move")

        // The indicators in the same meeting, keys sent without pauses as a chair types them.
        try tmux.typeAtSpeed(["I", "v", "4", "9", "8", "Enter", "Enter", "Enter"])
        try tmux.waitFor("PI1 Q3 2026/27 value 498 recorded (target 510, near target)")
        try tmux.send("Escape")
        try tmux.waitFor("r a g x rate")
        try tmux.send("M")
        try tmux.waitFor("End the meeting?")
        try tmux.send("y")
        try tmux.waitFor("Meeting ended")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let json = try tmux.json()
        let meeting = try #require((json["meetings"] as? [[String: Any]])?.last)
        let id = try #require(meeting["id"] as? String)
        let r1 = try #require((json["risks"] as? [[String: Any]])?.first)
        let residual = try #require(r1["residual"] as? [String: Any])
        #expect(residual["likelihood"] as? Int == 2 && residual["impact"] as? Int == 3)
        let change = try #require((r1["history"] as? [[String: Any]])?.last)
        #expect(change["field"] as? String == "residual")
        #expect(change["from"] as? String == "L3 × I3 = 9 High")
        #expect(change["to"] as? String == "L2 × I3 = 6 Moderate")
        #expect(change["reason"] as? String == "Bid agreed in principle")
        #expect(change["meeting"] as? String == id)
        let milestone = try #require((actions(in: json, outcome: 2).first?["milestones"] as? [[String: Any]])?.last)
        #expect(milestone["doneIn"] as? String == id)
        let pi1 = try #require((json["indicators"] as? [[String: Any]])?.first)
        let q3 = try #require((pi1["periods"] as? [[String: Any]])?.first { $0["period"] as? String == "Q3 2026/27" })
        #expect(q3["actual"] as? Double == 498 && q3["meeting"] as? String == id)

        let minutes = try tmux.runPlanboard(["minutes", tmux.file("plan.json").path])
        #expect(minutes.contains("**R1 Short Breaks Fund not renewed after March 2027:** residual risk L3 × I3 = 9 High → L2 × I3 = 6 Moderate. Reason: Bid agreed in principle"), "\(minutes)")
        #expect(minutes.contains("‘Evaluation report to the partnership’ completed"), "\(minutes)")
        #expect(minutes.contains("**PI1 Adult carers with a carer support plan:** Q3 2026/27 value 498 recorded (target 510, near target)"))
    }
}
