import Foundation
import Testing

/// The framework screens on the real binary at 60×20, the size of a new user's trial: the
/// highlighted indicator's and risk's whole name under the list, the keys the key line cannot
/// hold on the screen's own last row, a passed review said whole.
@Suite(.serialized) struct NarrowFrameworkEndToEndTests {
    @Test func theIndicatorsAndRegisterAtSixtyByTwenty() throws {
        let tmux = try TmuxSession()
        try tmux.start(width: 60, height: 20)
        try tmux.waitFor("Strathmerrin")

        try tmux.send("I")
        try tmux.waitFor("│ PI1 Adult carers with a carer support plan ")
        try tmux.send("j")
        try tmux.waitFor("│ PI2 Carers who feel supported to continue caring ")
        let indicators = try tmux.screen()
        #expect(indicators.contains("│ t target  o override  T tolerance  u undo  Ctrl-R redo   │"), "\(indicators)")
        #expect(indicators.contains(" ↑↓ choose  Enter details  v value  Esc board  ? help"), "\(indicators)")

        try tmux.send("q")
        try tmux.waitFor("←↓↑→ move")
        try tmux.send("Z")
        try tmux.waitFor("│ R1 Short Breaks Fund not renewed after March 2027 ")
        try tmux.send("j")
        try tmux.waitFor("│ Residual 8 High · ⚑ review overdue (October 2026) ")
        let register = try tmux.screen()
        #expect(register.contains("│ R2 Carer support plans wait longer than 28 days "), "\(register)")
        #expect(register.contains("│ L change level  d review date  b bands  u undo           │"), "\(register)")
        #expect(register.contains("│ Ctrl-R redo  · no meeting running                        │"), "the footer's second row")

        try tmux.send("q")
        try tmux.waitFor("←↓↑→ move")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
