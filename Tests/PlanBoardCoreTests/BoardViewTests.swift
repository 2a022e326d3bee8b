import Testing
@testable import PlanBoardCore

@Suite struct BoardViewTests {
    static let sizes = [Size(width: 120, height: 36), Size(width: 80, height: 24), Size(width: 50, height: 16)]

    @Test(arguments: sizes) func boardAtEachSize(size: Size) {
        assertSnapshot(BoardView.render(Fixtures.state(size: size)), named: "board-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func detailPaneAtEachSize(size: Size) {
        var state = Fixtures.state(size: size)
        send(&state, .setRAG(.red), .openDetail)
        assertSnapshot(BoardView.render(state), named: "detail-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func helpAtEachSize(size: Size) {
        var state = Fixtures.state(size: size)
        send(&state, .showHelp)
        assertSnapshot(BoardView.render(state), named: "help-\(size.width)x\(size.height)")
    }

    @Test func theExamplePlanAsANewcomerFirstSeesIt() {
        let state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        assertSnapshot(BoardView.render(state), named: "example-120x36")
    }

    @Test func aTerminalTooSmallSaysSoInsteadOfDrawing() {
        let grid = BoardView.render(Fixtures.state(size: Size(width: 30, height: 8)))
        #expect(grid.text.contains("Terminal too small: 30×8."))
        #expect(!grid.text.contains("┌"))
    }

    @Test func theSelectedCardIsMarkedAndReversed() {
        let grid = BoardView.render(Fixtures.state())
        let row = grid.lines[4]
        #expect(row.hasPrefix("│▶1.1"))
        #expect(grid[2, 4].style.reverse)
        #expect(!grid[2, 9].style.reverse, "the second card is not selected")
    }

    @Test func ratingsShowByLetterAndColour() {
        let grid = BoardView.render(Fixtures.state())
        let tag = grid.changes(from: nil).filter { $0.y == 4 }.first { $0.text == "A ●" }
        #expect(tag?.style.background == .amber)
        let red = grid.changes(from: nil).filter { $0.y == 14 }.first { $0.text == "R ●" }
        #expect(red?.style.background == .red)
        #expect(grid.lines[19].contains("· ○"), "unrated reads without colour")
    }

    @Test func overdueDeadlinesAreFlaggedInRed() {
        let grid = BoardView.render(Fixtures.state())
        // 1.3 is due Autumn 2025 and not complete.
        #expect(grid.lines[17].contains("ED · Autumn 2025 ⚠"))
        let mark = grid.changes(from: nil).filter { $0.y == 17 }.first { $0.text.contains("⚠") }
        #expect(mark?.style.foreground == .red)
    }

    @Test func aChangeOnDiskOpensAConflictDialog() {
        var state = Fixtures.state()
        send(&state, .setRAG(.green), .saveFailed(.changedOnDisk(path: "plan.json")))
        let text = BoardView.render(state).text
        #expect(text.contains("plan.json changed on disk"))
        #expect(text.contains("r  reload theirs"))
        #expect(text.contains("plan.json NOT SAVED"))
    }

    @Test func controlCharactersInPlanTextNeverReachTheTerminal() {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[0].text = "Evil \u{1B}[2J\u{1B}[31mtext\u{07}"
        let grid = BoardView.render(Fixtures.state(plan))
        #expect(grid.lines[5].contains("Evil ␛[2J␛[31mtext␇"))
        #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
    }

    @Test func wideCharactersAndCombiningMarksKeepBordersStraight() {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[0].text = "介護者の支援 😀 café e\u{301}cole"
        plan.outcomes[0].title = "介護者 outcome 😀"
        let grid = BoardView.render(Fixtures.state(plan))
        for line in grid.lines {
            #expect(TextWidth.of(line) == 120, "every row is exactly the terminal's width: \(line)")
        }
        #expect(grid.lines[5].contains("介護者の支援 😀 café e\u{301}cole"))
    }
}
