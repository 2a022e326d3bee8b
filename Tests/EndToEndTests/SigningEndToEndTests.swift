import Foundation
import Testing

/// A new user with no git name is told once that changes are signed with the login name and how
/// to sign as themselves; `--name` and `PLANBOARD_NAME` sign the history with the name given.
@Suite(.serialized) struct SigningEndToEndTests {
    @Test func theLoginNameIsSaidOnceAndNameSignsTheChanges() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Created plan.json from the built-in example plan")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        // The scratch folder is not in a git work tree and git has no name anywhere it reads
        // (a HOME of our own, no system config): only the login name is known.
        try tmux.start(["plan.json"], environment: Self.gitWithoutName(tmux))
        let screen = try tmux.waitFor("start planboard with --name \"Your Name\" to sign as you.")
        #expect(screen.contains("Changes are signed as "))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        try tmux.start(["--name", "Jane Smith", "plan.json"])
        try tmux.waitFor("Strathmerrin")
        try tmux.send("Down", "g")
        try tmux.waitFor("1.2 RAG Red → Green")
        let signed = actions(in: try tmux.json(until: { actions(in: $0)[1]["rag"] as? String == "green" }))[1]
        #expect((signed["history"] as? [[String: Any]])?.last?["who"] as? String == "Jane Smith")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        try tmux.start(["plan.json"], environment: Self.gitWithoutName(tmux).merging(["PLANBOARD_NAME": "Jo Baird"]) { $1 })
        try tmux.waitFor("Strathmerrin")
        try tmux.send("Down", "r")
        try tmux.waitFor("1.2 RAG Green → Red")
        let again = actions(in: try tmux.json(until: { actions(in: $0)[1]["rag"] as? String == "red" }))[1]
        #expect((again["history"] as? [[String: Any]])?.last?["who"] as? String == "Jo Baird")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// Outside a git copy, git's global name signs, as it signs commits, and nothing is said.
    @Test func gitsGlobalNameSignsOutsideAGitCopy() throws {
        let tmux = try TmuxSession()
        var environment = Self.gitWithoutName(tmux)
        let home = try #require(environment["HOME"])
        try "[user]\n\tname = Sam Patel\n".write(toFile: home + "/.gitconfig", atomically: true, encoding: .utf8)
        environment["PLANBOARD_NAME"] = nil
        try tmux.start(["plan.json"], environment: environment)
        try tmux.waitFor("Created plan.json from the built-in example plan")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        try tmux.start(["plan.json"], environment: environment)
        let screen = try tmux.waitFor("Strathmerrin")
        try tmux.send("Down", "g")
        try tmux.waitFor("1.2 RAG Red → Green")
        #expect(!screen.contains("Changes are signed as"))
        let signed = actions(in: try tmux.json(until: { actions(in: $0)[1]["rag"] as? String == "green" }))[1]
        #expect((signed["history"] as? [[String: Any]])?.last?["who"] as? String == "Sam Patel")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// An environment in which git reads no config with a name: a HOME of its own (empty), no
    /// XDG config, no system config.
    static func gitWithoutName(_ tmux: TmuxSession) -> [String: String] {
        let home = tmux.folder.appendingPathComponent("home").path
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        return ["HOME": home, "XDG_CONFIG_HOME": home + "/.config", "GIT_CONFIG_NOSYSTEM": "1"]
    }
}
