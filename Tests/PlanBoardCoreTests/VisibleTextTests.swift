import Testing
@testable import PlanBoardCore

/// Invisible characters that reorder or hide text are shown as marks wherever plan text meets a terminal.
@Suite struct VisibleTextTests {
    /// Each hiding character and the mark it shows as.
    static let marked: [(Unicode.Scalar, String)] = [
        ("\u{202A}", "⟨LRE⟩"), ("\u{202B}", "⟨RLE⟩"), ("\u{202C}", "⟨PDF⟩"), ("\u{202D}", "⟨LRO⟩"), ("\u{202E}", "⟨RLO⟩"),
        ("\u{2066}", "⟨LRI⟩"), ("\u{2067}", "⟨RLI⟩"), ("\u{2068}", "⟨FSI⟩"), ("\u{2069}", "⟨PDI⟩"),
        ("\u{200E}", "⟨LRM⟩"), ("\u{200F}", "⟨RLM⟩"), ("\u{061C}", "⟨ALM⟩"), ("\u{200B}", "⟨ZWSP⟩"),
        ("\u{2060}", "⟨WJ⟩"), ("\u{FEFF}", "⟨BOM⟩"), ("\u{2028}", "⟨LS⟩"), ("\u{2029}", "⟨PS⟩"),
        ("\u{2062}", "⟨U+2062⟩"), ("\u{FFF9}", "⟨U+FFF9⟩"),
    ]

    @Test func bidirectionalAndZeroWidthCharactersShowAsMarks() {
        for (scalar, mark) in Self.marked {
            #expect(VisibleText.sanitize("a\(Character(scalar))b") == "a\(mark)b")
            #expect(VisibleText.sanitizeKeepingLineBreaks("a\(Character(scalar))b\n") == "a\(mark)b\n")
        }
        // The classic disguise: a file name that reads as "invoice_exe.pdf".
        #expect(VisibleText.sanitize("invoice_\u{202E}fdp.exe") == "invoice_⟨RLO⟩fdp.exe")
    }

    @Test func joinersThatScriptsAndEmojiNeedAreKept() {
        let family = "👩\u{200D}👩\u{200D}👧"
        let persian = "می\u{200C}خواهم"
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        for text in [family, persian, scotland, "café e\u{301}cole", "漢字"] {
            #expect(VisibleText.sanitize(text) == text)
        }
    }

    @Test func aMarkTakesTheCellsItIsDrawnIn() {
        for (scalar, mark) in Self.marked {
            #expect(TextWidth.of(String(Character(scalar))) == TextWidth.of(mark), "\(mark)")
        }
    }

    @Test func theBoardShowsMarksAndKeepsItsBordersStraight() {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[0].text = "Pay \u{202E}0001£\u{202C} to carers\u{200B}fund"
        plan.outcomes[0].title = "Heard \u{2067}and\u{2069} seen"
        var state = Fixtures.state(plan)
        let grid = BoardView.render(state)
        #expect(grid.lines[5].contains("Pay ⟨RLO⟩0001£⟨PDF⟩ to"))
        #expect(grid.lines[1].contains("Heard ⟨RLI⟩and⟨PDI⟩"))
        for line in grid.lines {
            #expect(TextWidth.of(line) == 120, "every row is exactly the terminal's width: \(line)")
        }
        send(&state, .openDetail)
        let detail = BoardView.render(state)
        #expect(detail.text.contains("carers⟨ZWSP⟩fund"))
        for screen in [grid, detail] {
            #expect(!screen.cells.contains { $0.text.unicodeScalars.contains { VisibleText.mark($0) != nil } })
        }
    }
}
