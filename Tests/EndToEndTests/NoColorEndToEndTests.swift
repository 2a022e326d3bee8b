import Foundation
import Testing

/// NO_COLOR (no-color.org) turns colour off; the RAG letters still say what colour would.
@Suite(.serialized) struct NoColorEndToEndTests {
    /// True when `screen` sets a foreground or background colour (SGR 30–37, 40–47, 90–97, 38;5, 48;5).
    func hasColour(_ screen: String) -> Bool {
        screen.range(of: #"\x{1B}\[[0-9;]*(3[0-8]|4[0-8]|9[0-7])[;m]"#, options: .regularExpression) != nil
    }

    @Test func theBoardHasColourByDefault() throws {
        let tmux = try TmuxSession()
        try tmux.start()
        try tmux.waitFor("Strathmerrin")
        let styled = try tmux.styledScreen()
        #expect(hasColour(styled))
    }

    @Test func noColorTurnsColourOffButKeepsTheLetters() throws {
        let tmux = try TmuxSession()
        try tmux.start(environment: ["NO_COLOR": "1"])
        let screen = try tmux.waitFor("Strathmerrin")
        #expect(!hasColour(try tmux.styledScreen()))
        #expect(screen.contains(" A ●") || screen.contains(" R ●") || screen.contains(" G ●"))
    }
}
