import Testing
@testable import PlanBoardCore

/// `Grid.changes(from:)`: what the driver draws to turn the last frame into the next.
@Suite struct GridChangesTests {
    @Test func anUnchangedFrameNeedsNothingDrawn() {
        let frame = BoardView.render(Fixtures.state())
        #expect(frame.changes(from: frame).isEmpty)
    }

    @Test func withoutAPreviousFrameEveryRowIsDrawnWhole() {
        let frame = BoardView.render(Fixtures.state(size: Size(width: 80, height: 24)))
        let runs = frame.changes(from: nil)
        #expect(Set(runs.map(\.y)) == Set(0..<24))
        for y in 0..<24 {
            let row = runs.filter { $0.y == y }
            #expect(row.first?.x == 0)
            #expect(row.reduce(0) { $0 + TextWidth.of($1.text) } == 80, "row \(y) covers the width")
        }
    }

    @Test func aFrameOfAnotherSizeIsDrawnWhole() {
        let small = Grid(size: Size(width: 6, height: 2))
        var large = Grid(size: Size(width: 6, height: 3))
        large.put("x", x: 0, y: 2)
        #expect(Set(large.changes(from: small).map(\.y)) == [0, 1, 2])
    }

    @Test func aChangedCellRedrawsOnlyItsRowInRunsOfOneStyle() {
        let before = Grid(size: Size(width: 6, height: 2))
        var after = before
        after.put("ab", x: 1, y: 1, style: .bold)
        #expect(after.changes(from: before) == [
            RowRun(x: 0, y: 1, text: " ", style: .plain),
            RowRun(x: 1, y: 1, text: "ab", style: .bold),
            RowRun(x: 3, y: 1, text: "   ", style: .plain),
        ])
    }

    @Test func aStyleChangeAloneIsAChange() {
        var before = Grid(size: Size(width: 3, height: 1))
        before.put("abc", x: 0, y: 0)
        var after = before
        after.restyle(Rect(x: 2, y: 0, width: 1, height: 1)) { $0.reverse = true }
        #expect(after.changes(from: before) == [
            RowRun(x: 0, y: 0, text: "ab", style: .plain),
            RowRun(x: 2, y: 0, text: "c", style: .reverse),
        ])
    }

    @Test func aWideCharacterIsWrittenOnceAndItsRightHalfNeverStartsARun() {
        var grid = Grid(size: Size(width: 5, height: 1))
        grid.put("漢", x: 1, y: 0, style: .bold)
        // Give the right half another style, as a restyle across the character would.
        grid.restyle(Rect(x: 2, y: 0, width: 1, height: 1)) { $0.dim = true }
        #expect(grid.changes(from: nil) == [
            RowRun(x: 0, y: 0, text: " ", style: .plain),
            RowRun(x: 1, y: 0, text: "漢", style: .bold),
            RowRun(x: 3, y: 0, text: "  ", style: .plain),
        ])
    }

    @Test func drawingTheRunsOverTheLastFrameGivesTheNextAndLeavesOtherRowsAlone() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        let before = BoardView.render(state)
        send(&state, .move(.down))
        let after = BoardView.render(state)
        let runs = after.changes(from: before)

        // A terminal that only draws the runs ends up showing the new frame.
        var screen = before
        for run in runs { screen.put(run.text, x: run.x, y: run.y, style: run.style) }
        #expect(screen.cells == after.cells)

        // Moving the selection redraws the two cards and the status line, not the whole screen.
        let rows = Set(runs.map(\.y))
        #expect(!rows.isEmpty && rows.count < 24)
        #expect(rows.contains(22), "the status line names the new action")
        #expect(!rows.contains(0), "the header did not change")
    }
}
