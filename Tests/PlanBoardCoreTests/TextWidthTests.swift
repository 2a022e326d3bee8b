import Testing
@testable import PlanBoardCore

/// Widths measured from ncurses under C.UTF-8 on this machine.
@Suite struct TextWidthTests {
    @Test func matchesTheTerminal() {
        #expect(TextWidth.of("£é“–─") == 5)
        #expect(TextWidth.of("漢") == 2)
        #expect(TextWidth.of("Ａ") == 2)
        #expect(TextWidth.of("😀") == 2)
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("a\u{200B}b") == 8, "a zero-width space is drawn as ⟨ZWSP⟩ (VisibleText), not hidden")
    }

    @Test func controlCharactersBecomeVisibleSymbols() {
        #expect(VisibleText.sanitize("a\u{1B}[31mb") == "a␛[31mb")
        #expect(VisibleText.sanitize("bell\u{07}") == "bell␇")
        #expect(VisibleText.sanitize("csi\u{9B}") == "csi\u{FFFD}")
        #expect(VisibleText.sanitize("plain £ text") == "plain £ text")
    }
}
