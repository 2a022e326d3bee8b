import Foundation
import Testing

/// Two officers with their own clones of one shared plan, editing apart on the real board, then
/// syncing both ways through a local bare repository: every change from both is in both clones.
@Suite(.serialized) struct SyncEndToEndTests {
    /// The CSV the clones' plan is imported from (in this repository, so a fresh clone has it).
    static let sheet = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ImportSheets/carers-delivery-plan.csv").path

    /// Runs a shell script in `folder` with planboard first on PATH and no personal git settings;
    /// returns the exit status and what it printed.
    @discardableResult
    func shell(_ script: String, in folder: URL) throws -> (status: Int32, output: String) {
        let outputPath = folder.path + "/.shell-output-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        let bin = TmuxSession.binary.deletingLastPathComponent().path
        let full = "export PATH='\(bin)':\"$PATH\" HOME='\(folder.path)' GIT_CONFIG_NOSYSTEM=1; cd '\(folder.path)' && " + script
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let words: [String] = ["/bin/sh", "-c", full]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ) == 0 else { return (127, "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return ((status >> 8) & 0xff, (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
    }

    /// Opens `plan` on the board, runs `keys`, and quits once the change is saved.
    func edit(_ tmux: TmuxSession, _ plan: String, _ keys: (TmuxSession) throws -> Void) throws {
        try tmux.start([plan], environment: ["HOME": tmux.folder.path, "GIT_CONFIG_NOSYSTEM": "1"])
        try tmux.waitFor("Carer")
        try keys(tmux)
        try tmux.waitFor("saved")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func twoClonesEditedApartEndWithEveryChangeFromBoth() throws {
        let tmux = try TmuxSession()
        let root = tmux.folder
        let setup = try shell("""
            git init -q --bare -b main shared.git && git clone -q shared.git ann && cd ann &&
            git config user.name 'Ann Officer' && git config user.email ann@example.org &&
            planboard import '\(Self.sheet)' -o plan.json && planboard share init plan.json &&
            git add . && git commit -q -m start && git push -q origin main && cd .. &&
            git clone -q shared.git sam && cd sam &&
            git config user.name 'Sam Chair' && git config user.email sam@example.org && planboard share init plan.json
            """, in: root)
        try #require(setup.status == 0, "\(setup.output)")
        #expect(setup.output.contains("merge=planboard"))

        // Apart: Ann rates the first action Red and adds one; Sam rates the second Green and adds one.
        try edit(tmux, "ann/plan.json") { t in
            try t.send("r"); try t.waitFor("saved")
            try t.send("n"); try t.send("Ann's new action", literal: true); try t.send("C-s")
        }
        try edit(tmux, "sam/plan.json") { t in
            try t.send("Down", "g"); try t.waitFor("saved")
            try t.send("n"); try t.send("Sam's new action", literal: true); try t.send("C-s")
        }

        let annFirst = try shell("planboard sync ann/plan.json", in: root)
        #expect(annFirst.status == 0, "\(annFirst.output)")
        #expect(annFirst.output.contains("Committed here: "), "\(annFirst.output)")
        #expect(annFirst.output.contains("Red"), "the commit message summarises the change: \(annFirst.output)")
        let sam = try shell("planboard sync sam/plan.json", in: root)
        #expect(sam.status == 0, "\(sam.output)")
        #expect(sam.output.contains("from Ann Officer"), "\(sam.output)")
        let annAgain = try shell("planboard sync ann/plan.json", in: root)
        #expect(annAgain.status == 0, "\(annAgain.output)")
        #expect(annAgain.output.contains("from Sam Chair"), "\(annAgain.output)")

        let annPlan = try Data(contentsOf: root.appendingPathComponent("ann/plan.json"))
        let samPlan = try Data(contentsOf: root.appendingPathComponent("sam/plan.json"))
        #expect(annPlan == samPlan, "both clones hold the same plan")
        let json = try JSONSerialization.jsonObject(with: annPlan) as! [String: Any]
        let all = actions(in: json)
        #expect(all[0]["rag"] as? String == "red")
        #expect(all[1]["rag"] as? String == "green")
        let added = all.filter { ($0["text"] as? String)?.hasSuffix("new action") == true }
        #expect(added.count == 2, "both new actions are kept")
        #expect(Set(added.compactMap { $0["id"] as? String }).count == 2, "with different ids")
        #expect(Set(all.compactMap { $0["ref"] as? String }).count == all.count, "and no ref taken twice")
        let who = all.flatMap { ($0["history"] as? [[String: Any]] ?? []).compactMap { $0["who"] as? String } }
        #expect(Set(who) == ["Ann Officer", "Sam Chair"], "history says who did what: \(Set(who))")
        #expect(json["conflicts"] == nil)
        let log = try shell("cd ann && git log --format=%s", in: root)
        #expect(log.output.contains("Red"), "\(log.output)")

        // From the board: Sam rates the third action Amber and presses Y to sync.
        try tmux.start(["sam/plan.json"], environment: ["HOME": root.path, "GIT_CONFIG_NOSYSTEM": "1",
                                                        "PATH": TmuxSession.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"])
        try tmux.waitFor("Carer")
        try tmux.send("Down", "Down", "a"); try tmux.waitFor("saved")
        try tmux.send("Y")
        try tmux.waitFor("Sent your changes")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let annLast = try shell("planboard sync ann/plan.json", in: root)
        #expect(annLast.output.contains("from Sam Chair"), "\(annLast.output)")
        let last = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("ann/plan.json"))) as! [String: Any]
        #expect(actions(in: last)[2]["rag"] as? String == "amber")
    }

    @Test func syncOnTheCommandLineRefusesWhileTheBoardHasThePlanOpen() throws {
        let tmux = try TmuxSession()
        let root = tmux.folder
        let setup = try shell("""
            git init -q -b main solo && cd solo && git config user.name Solo && git config user.email s@example.org &&
            planboard import '\(Self.sheet)' -o plan.json >/dev/null && git add plan.json && git commit -q -m start
            """, in: root)
        try #require(setup.status == 0, "\(setup.output)")
        try tmux.start(["solo/plan.json"], environment: ["HOME": root.path, "GIT_CONFIG_NOSYSTEM": "1"])
        try tmux.waitFor("Carer")
        try tmux.send("r"); try tmux.waitFor("saved")
        let refused = try shell("planboard sync solo/plan.json", in: root)
        #expect(refused.status == 1, "\(refused.output)")
        #expect(refused.output.contains("open in planboard"), "\(refused.output)")
        #expect(refused.output.contains("Press Y on the board"), "\(refused.output)")
        #expect(try shell("cd solo && git log --oneline | wc -l", in: root).output.trimmingCharacters(in: .whitespacesAndNewlines) == "1",
                "nothing was committed")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let after = try shell("planboard sync solo/plan.json", in: root)
        #expect(after.status == 0, "\(after.output)")
        #expect(after.output.contains("Red"), "\(after.output)")
    }

    @Test func withNoSharedCopyTheCommitStaysHereAndSaysSo() throws {
        let tmux = try TmuxSession()
        let root = tmux.folder
        let result = try shell("""
            git init -q -b main solo && cd solo && git config user.name Solo && git config user.email s@example.org &&
            planboard import '\(Self.sheet)' -o plan.json >/dev/null && cd .. && planboard sync solo/plan.json
            """, in: root)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("committed here only"), "\(result.output)")
        #expect(try shell("cd solo && git log --oneline", in: root).output.contains("plan added"))
        let outside = try shell("cp solo/plan.json loose.json && planboard sync loose.json", in: root)
        #expect(outside.status == 2)
        #expect(outside.output.contains("not in a git copy"))
    }

    @Test func aMergeTheDriverDidNotDoIsCalledOffNotCommitted() throws {
        let tmux = try TmuxSession()
        let root = tmux.folder
        // Sam's copy never ran share init: git falls back to a text merge of the plan.
        let setup = try shell("""
            git init -q --bare shared.git && git clone -q shared.git ann 2>/dev/null && cd ann &&
            git config user.name 'Ann Officer' && git config user.email ann@example.org &&
            planboard import '\(Self.sheet)' -o plan.json && planboard share init plan.json &&
            git add . && git commit -q -m start && git push -q origin HEAD && cd .. &&
            git clone -q shared.git sam && cd sam &&
            git config user.name 'Sam Chair' && git config user.email sam@example.org &&
            cd ../ann && sed -i 's/^\\(  "title" : \\)".*"/\\1"Ann title"/' plan.json &&
            git commit -q -am ann && git push -q origin HEAD && cd ../sam &&
            sed -i 's/^\\(  "title" : \\)".*"/\\1"Sam title"/' plan.json && git commit -q -am sam
            """, in: root)
        try #require(setup.status == 0, "\(setup.output)")

        let sync = try shell("planboard sync sam/plan.json", in: root)

        #expect(sync.status != 0)
        #expect(sync.output.contains("called off"), "\(sync.output)")
        let plan = try String(contentsOf: root.appendingPathComponent("sam/plan.json"), encoding: .utf8)
        #expect(!plan.contains("<<<<<<<"))
        #expect(plan.contains("Sam title"))
        let state = try shell("cd sam && git status --porcelain && git log --oneline | wc -l", in: root)
        #expect(!state.output.contains("UU"), "no merge left half done: \(state.output)")
    }

    @Test func aSharedCopyThatNeverAnswersLeavesTheBoardWorkingAndIsGivenUp() throws {
        let tmux = try TmuxSession()
        let root = tmux.folder
        // git's ext transport runs a command as the remote: `sleep 30` is a server that never answers.
        let setup = try shell("""
            git init -q -b main hang && cd hang && git config user.name 'Ann Officer' && git config user.email ann@example.org &&
            planboard import '\(Self.sheet)' -o plan.json >/dev/null && planboard share init plan.json >/dev/null &&
            git add . && git commit -q -m start && git config protocol.ext.allow always &&
            git remote add origin 'ext::sleep 30'
            """, in: root)
        try #require(setup.status == 0, "\(setup.output)")
        try tmux.start(["hang/plan.json"], environment: ["HOME": root.path, "GIT_CONFIG_NOSYSTEM": "1", "PLANBOARD_GIT_TIMEOUT": "3",
                                                         "PATH": TmuxSession.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"])
        try tmux.waitFor("Carer")
        try tmux.send("r"); try tmux.waitFor("saved")
        try tmux.send("Y")
        try tmux.waitFor("syncing…")
        // Only a board that is handling keys while git hangs can answer this one.
        try tmux.send("Down", "a")
        // The refusal's own words: "changes wait until it reports" is already on screen from Y.
        try tmux.waitFor("Nothing was changed.")
        let given = try tmux.waitFor("Could not reach the shared copy", timeout: 20)
        #expect(!given.contains("syncing…"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("hang/plan.json"))) as! [String: Any]
        #expect(actions(in: plan)[0]["rag"] as? String == "red")
        #expect(actions(in: plan)[1]["rag"] as? String != "amber", "the change typed during the sync was refused")
        let log = try shell("cd hang && git log --format=%s | head -1", in: root)
        #expect(log.output.contains("Red"), "the commit stays here: \(log.output)")
    }
}
