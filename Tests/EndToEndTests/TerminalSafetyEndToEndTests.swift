import Foundation
import Testing

/// A crafted plan or lock file, printed by the real binary on a real terminal (tmux), must be
/// shown as symbols: it must not set the title or clear the screen.
@Suite(.serialized) struct TerminalSafetyEndToEndTests {
    /// A plan whose title sets the terminal's title and whose outcome clears the screen.
    static let plan = """
        {"schemaVersion": 1, "title": "Evil \\u001b]0;PWNED\\u0007 plan",
         "outcomes": [{"id": "o1", "number": "1", "title": "Heard \\u001b[2J\\u001b[H",
                       "actions": [{"id": "a1", "ref": "1.1", "text": "Run a forum"}]}]}
        """

    @Test func aSummaryOnTheTerminalShowsTheEscapesInsteadOfObeyingThem() throws {
        let tmux = try TmuxSession()
        try Data(Self.plan.utf8).write(to: tmux.file("plan.json"))
        let titleBefore = try tmux.paneTitle()
        try tmux.start(["summary", "plan.json"])
        #expect(try tmux.waitForExit() == 0)
        let screen = try tmux.screen()
        #expect(screen.contains("Evil ␛]0;PWNED␇ plan: summary on"), "the title line is shown, not cleared")
        #expect(screen.contains("Heard ␛[2J␛[H"))
        #expect(try tmux.paneTitle() != "PWNED")
        #expect(!titleBefore.isEmpty)
    }

    @Test func theLockHolderMessageShowsTheEscapesInsteadOfObeyingThem() throws {
        let tmux = try TmuxSession()
        try Data(Self.plan.utf8).write(to: tmux.file("plan.json"))
        let lockPath = tmux.file(".plan.json.lock").path
        let crafted = "pid 4242\nuser sam\u{1B}]0;PWNED\u{07}\u{1B}[2J\nhost ward7\nsince 2026-11-23T14:02:00Z\n"
        try Data(crafted.utf8).write(to: URL(fileURLWithPath: lockPath))
        let fd = open(lockPath, O_RDWR | O_CLOEXEC)
        try #require(fd >= 0)
        defer { close(fd) }
        try #require(flock(fd, LOCK_EX | LOCK_NB) == 0, "the test holds the plan's lock as another planboard would")

        try tmux.start(["plan.json"])
        #expect(try tmux.waitForExit() == 1)
        let screen = try tmux.screen()
        #expect(screen.contains("user sam␛]0;PWNED␇␛[2J on host ward7"), "\(screen)")
        #expect(try tmux.paneTitle() != "PWNED")
    }
}
