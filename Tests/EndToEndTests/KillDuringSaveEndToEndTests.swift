import Foundation
import Testing

/// The reliability promise under the worst stop: `kill -9` while saves are under way never
/// leaves the plan half-written, and the temporary files such kills leave behind are cleared by
/// the next start.
@Suite(.serialized) struct KillDuringSaveEndToEndTests {
    /// Whether process `pid` still runs.
    func isRunning(_ pid: Int32) -> Bool { kill(pid, 0) == 0 }

    @Test func killedMidSaveTheFileIsAlwaysAWholePlan() throws {
        let tmux = try TmuxSession()
        // 3,000 actions, so that a save takes long enough for kills to land inside it.
        var csv = "Outcome,Ref,Action,Lead,Deadline,RAG\n"
        for i in 0..<3_000 {
            csv += "\(i / 500 + 1): Outcome \(i / 500 + 1),\(i / 500 + 1).\(i % 500 + 1),"
                + "Action number \(i) with enough words to wrap on its card,JB,March 2027,Amber\n"
        }
        try csv.write(to: tmux.file("plan.csv"), atomically: true, encoding: .utf8)
        _ = try tmux.runPlanboard(["import", tmux.file("plan.csv").path, "-o", tmux.file("plan.json").path])
        #expect((try tmux.json()["outcomes"] as? [[String: Any]])?.count == 6)

        for run in 0..<24 {
            try tmux.start()
            try tmux.waitFor("Action number 0")
            let pid = try #require(try tmux.appPID())
            try tmux.typeAtSpeed((0..<12).flatMap { _ in ["r", "g"] })
            // Kill at a different moment each run: at once, or while later saves are under way.
            Thread.sleep(forTimeInterval: Double(run % 6) * 0.03)
            kill(pid, SIGKILL)
            let deadline = Date().addingTimeInterval(10)
            while isRunning(pid), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }

            // Whatever the moment, the file is one whole plan: the old one or a newer one.
            let json = try tmux.json()
            let outcomes = try #require(json["outcomes"] as? [[String: Any]], "run \(run): not a plan")
            #expect(outcomes.reduce(0) { $0 + (($1["actions"] as? [Any])?.count ?? 0) } == 3_000, "run \(run)")
            let summary = try tmux.runPlanboard(["summary", tmux.file("plan.json").path])
            #expect(summary.contains("3000") || summary.contains("3,000"), "run \(run): \(summary.prefix(200))")
        }

        // The next start clears what the killed saves left behind.
        try tmux.start()
        try tmux.waitFor("Action number 0")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: tmux.folder.path)
            .filter { $0.hasPrefix(".plan.json.") && $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
