import Foundation
import Testing

/// `planboard import SHEET --into PLAN.json` on the real binary: refused while a board holds the
/// plan, then added once it is closed, updating the example's own indicator and adding a new one.
@Suite(.serialized) struct ImportIntoEndToEndTests {
    @Test func anIndicatorSheetIsAddedToAPlanOnceNoBoardHoldsIt() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Created plan.json from the built-in example plan")
        let plan = tmux.file("plan.json").path
        let sheet = tmux.file("indicators.csv").path
        try Data("""
            Ref,Indicator,Period,Actual,Target
            PI1,Adult carers with a carer support plan,Q3 2026/27,503,510
            NI135,Carers receiving a specific carer's service,2026/27,31.6%,33%

            """.utf8).write(to: URL(fileURLWithPath: sheet))
        let before = try Data(contentsOf: tmux.file("plan.json"))

        let refused = try tmux.runPlanboard(["import", sheet, "--into", plan])
        #expect(refused.contains("Nothing was written."), "\(refused)")
        #expect(try Data(contentsOf: tmux.file("plan.json")) == before)

        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let report = try tmux.runPlanboard(["import", sheet, "--into", plan])
        #expect(report.contains("Read as an indicator sheet, long (one row per indicator and period)."), "\(report)")
        #expect(report.contains("2 indicators read: 1 added, 1 updated"), "\(report)")
        #expect(FileManager.default.fileExists(atPath: plan + ".bak"))

        let indicators = try #require(try tmux.json()["indicators"] as? [[String: Any]])
        #expect(indicators.count == 6)
        let pi1 = try #require(indicators.first { $0["ref"] as? String == "PI1" })
        let q3 = (pi1["periods"] as? [[String: Any]])?.first { $0["period"] as? String == "Q3 2026/27" }
        #expect(q3?["actual"] as? Double == 503)
        #expect((pi1["history"] as? [[String: Any]])?.last?["to"] as? String == "Q3 2026/27: 503")
        let added = try #require(indicators.last)
        #expect(added["ref"] as? String == "NI135" && added["unit"] as? String == "percentage")

        let summary = try tmux.runPlanboard(["summary", plan, "--json"])
        #expect(summary.contains("\"name\" : \"Carers receiving a specific carer's service\""), "\(summary)")
    }
}
