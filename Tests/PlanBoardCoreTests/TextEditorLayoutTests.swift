import Testing
@testable import PlanBoardCore

/// Movement, wrapping and the cursor's place in cells.
@Suite struct TextEditorLayoutTests {
    // MARK: Left, right, words, lines

    @Test func leftAndRightStepOverWholeCharacters() {
        var e = textEditor("a👍🏽e\u{301}漢", at: 0)
        e.moveRight()
        e.moveRight()
        #expect(e.cursor == 2)
        #expect(e.layout(width: 20).cursorColumn == 3)
        e.moveRight()
        #expect(e.layout(width: 20).cursorColumn == 4)
        e.moveRight()
        e.moveRight()
        #expect(e.cursor == 4)
        #expect(e.layout(width: 20).cursorColumn == 6)
        e.moveToStart()
        e.moveLeft()
        #expect(e.cursor == 0)
    }

    @Test func wordRightGoesToTheEndOfEachWord() {
        var e = textEditor("Review: the carers’ plan", at: 0)
        e.moveWordRight()
        #expect(e.beforeCursor == "Review")
        e.moveWordRight()
        #expect(e.beforeCursor == "Review: the")
        e.moveWordRight()
        #expect(e.beforeCursor == "Review: the carers")
        e.moveWordRight()
        #expect(e.cursor == e.text.count)
    }

    @Test func wordLeftGoesToTheStartOfEachWord() {
        var e = TextEditor(text: "Review: the carers’ plan", multiline: false)
        e.moveWordLeft()
        #expect(e.beforeCursor == "Review: the carers’ ")
        e.moveWordLeft()
        #expect(e.beforeCursor == "Review: the ")
        e.moveWordLeft()
        e.moveWordLeft()
        #expect(e.cursor == 0)
    }

    @Test func wordsCrossNewlines() {
        var e = textEditor("one\n– two", at: 3)
        e.moveWordRight()
        #expect(e.beforeCursor == "one\n– two")
        e.moveWordLeft()
        e.moveWordLeft()
        #expect(e.cursor == 0)
    }

    @Test func homeAndEndGoToTheLogicalLineEvenWhenItWraps() {
        let text = "first line\nsecond line that wraps over several rows of the pane\nthird"
        var e = textEditor(text, at: 30)
        #expect(e.layout(width: 12).cursorRow == 2)   // the second wrapped row of "second line …"
        e.moveToLineStart()
        #expect(e.beforeCursor == "first line\n")
        e.moveToLineEnd()
        #expect(e.beforeCursor == "first line\nsecond line that wraps over several rows of the pane")
        e.moveToLineEnd()
        #expect(e.text.dropFirst(e.cursor).first == "\n")
    }

    @Test func startAndEndOfTheWholeText() {
        var e = textEditor("a\nb\nc", at: 2)
        e.moveToEnd()
        #expect(e.cursor == 5)
        e.moveToStart()
        #expect(e.cursor == 0)
    }

    // MARK: Layout

    @Test func emptyTextHasOneEmptyRowWithTheCursorAtItsStart() {
        let layout = TextEditor(text: "", multiline: true).layout(width: 10)
        #expect(layout.lines.map(\.text) == [""])
        #expect(layout.cursorRow == 0)
        #expect(layout.cursorColumn == 0)
    }

    @Test func cursorColumnCountsCJKAndEmojiAsTwoCells() {
        #expect(TextEditor(text: "漢字ab", multiline: false).layout(width: 20).cursorColumn == 6)
        #expect(TextEditor(text: "e\u{301}👍🏽£", multiline: false).layout(width: 20).cursorColumn == 4)
        #expect(textEditor("漢字ab", at: 1).layout(width: 20).cursorColumn == 2)
    }

    @Test func cursorRowAndColumnAfterCJKOnASecondLine() {
        let layout = TextEditor(text: "Progress\n漢字 review", multiline: true).layout(width: 30)
        #expect(layout.cursorRow == 1)
        #expect(layout.cursorColumn == 11)
    }

    @Test func wrapsOneCellNarrowerSoTheEndOfAFullRowIsDrawable() {
        let e = TextEditor(text: "aaaa bbbb", multiline: false)
        let layout = e.layout(width: 5)
        #expect(layout.lines.map(\.text) == ["aaaa", "bbbb"])
        #expect(layout.lines == TextWrap.lines(e.text, width: 4))
        #expect(layout.cursorRow == 1)
        #expect(layout.cursorColumn == 4)
    }

    @Test func theCursorBeforeTheBreakingSpaceStaysOnItsRowAndAfterItStartsTheNext() {
        #expect(textEditor("aaaa bbbb", at: 4).layout(width: 5).cursorRow == 0)
        #expect(textEditor("aaaa bbbb", at: 4).layout(width: 5).cursorColumn == 4)
        #expect(textEditor("aaaa bbbb", at: 5).layout(width: 5).cursorRow == 1)
        #expect(textEditor("aaaa bbbb", at: 5).layout(width: 5).cursorColumn == 0)
    }

    @Test func aSpaceTypedAtTheEndOfAFullRowPutsTheCursorOnANewRow() {
        var e = TextEditor(text: "aaaa", multiline: false)
        e.insert(" ")
        let layout = e.layout(width: 5)
        #expect(layout.lines.count == 2)
        #expect(layout.cursorRow == 1)
        #expect(layout.cursorColumn == 0)
        e.insert("b")
        #expect(e.layout(width: 5).lines.map(\.text) == ["aaaa", "b"])
    }

    @Test func aRowWrappedInsideCJKTextHandsItsEndToTheNextRow() {
        let layoutAt2 = textEditor("漢字漢字漢", at: 2).layout(width: 5)
        #expect(layoutAt2.lines.map(\.text) == ["漢字", "漢字", "漢"])
        #expect(layoutAt2.cursorRow == 1)
        #expect(layoutAt2.cursorColumn == 0)
        let layoutAtEnd = TextEditor(text: "漢字漢字漢", multiline: false).layout(width: 5)
        #expect(layoutAtEnd.cursorRow == 2)
        #expect(layoutAtEnd.cursorColumn == 2)
    }

    @Test func aTrailingNewlineGivesTheCursorAnEmptyRow() {
        let atEnd = TextEditor(text: "abc\n", multiline: true).layout(width: 10)
        #expect(atEnd.lines.count == 2)
        #expect(atEnd.cursorRow == 1)
        #expect(atEnd.cursorColumn == 0)
        let beforeNewline = textEditor("abc\n", at: 3).layout(width: 10)
        #expect(beforeNewline.cursorRow == 0)
        #expect(beforeNewline.cursorColumn == 3)
    }

    // MARK: Up and down

    @Test func upAndDownThroughSoftWrappedRows() {
        var e = textEditor("aaaa bbbb cccc", at: 2)
        e.moveDown(width: 6)
        #expect(e.cursor == 7)
        e.moveDown(width: 6)
        #expect(e.cursor == 12)
        e.moveUp(width: 6)
        #expect(e.cursor == 7)
    }

    @Test func downThroughAShortLineReturnsToTheGoalColumn() {
        var e = textEditor("long line here\nab\nanother long line", at: 10)
        e.moveDown(width: 30)
        #expect(e.beforeCursor == "long line here\nab")
        e.moveDown(width: 30)
        #expect(e.beforeCursor == "long line here\nab\nanother lo")
        e.moveUp(width: 30)
        e.moveUp(width: 30)
        #expect(e.cursor == 10)
    }

    @Test func twoSpacesAtAWrapLeaveAnEmptyRowThatUpAndDownStillVisit() {
        var e = textEditor("aaaa  bbbb", at: 2)
        #expect(e.layout(width: 5).lines.map(\.text) == ["aaaa", "", "bbbb"])
        e.moveDown(width: 5)
        #expect(e.cursor == 5)
        #expect(e.layout(width: 5).cursorRow == 1)
        e.moveDown(width: 5)
        #expect(e.cursor == 8)
    }

    @Test func theGoalColumnIsInCellsAndSkipsHalfOfAWideCharacter() {
        var e = textEditor("ab漢字cd\nabcdef", at: 10)
        #expect(e.layout(width: 20).cursorColumn == 3)
        e.moveUp(width: 20)
        #expect(e.cursor == 2)
        e.moveRight()
        #expect(e.layout(width: 20).cursorColumn == 4)
        e.moveDown(width: 20)
        #expect(e.beforeCursor == "ab漢字cd\nabcd")
    }

    @Test func anyOtherMoveForgetsTheGoalColumn() {
        var e = textEditor("abcdef\nx\nabcdef", at: 5)
        e.moveDown(width: 20)
        e.moveLeft()
        e.moveDown(width: 20)
        #expect(e.beforeCursor == "abcdef\nx\n")
    }

    @Test func upOnTheFirstRowGoesToTheStartAndDownOnTheLastToTheEnd() {
        var e = textEditor("abcdef\nxyz", at: 3)
        e.moveUp(width: 20)
        #expect(e.cursor == 0)
        e.moveDown(width: 20)
        #expect(e.cursor == 10)
        e.moveDown(width: 20)
        #expect(e.cursor == 10)
    }

    @Test func movingUpOntoARowWrappedInsideAWordStaysOnThatRow() {
        var e = TextEditor(text: "abcdefghijk\nabcd", multiline: true)
        #expect(e.layout(width: 5).lines.map(\.text) == ["abcd", "efgh", "ijk", "abcd"])
        e.moveUp(width: 5)
        #expect(e.cursor == 11)
        e.moveUp(width: 5)
        #expect(e.cursor == 7)
        #expect(e.layout(width: 5).cursorRow == 1)
        e.moveDown(width: 5)
        e.moveDown(width: 5)
        #expect(e.cursor == 16)
    }

    @Test func upAndDownOverEmojiKeepTheirWidth() {
        var e = textEditor("👍🏽👍🏽👍🏽\nabcdef", at: 2)
        e.moveDown(width: 20)
        #expect(e.beforeCursor == "👍🏽👍🏽👍🏽\nabcd")
        e.moveUp(width: 20)
        #expect(e.cursor == 2)
    }

    // MARK: Scrolling

    @Test func scrollFollowsTheCursorDownAndBackUp() {
        var e = TextEditor(text: (1...10).map(String.init).joined(separator: "\n"), multiline: true)
        #expect(e.layout(width: 10).scrollOffset(height: 3, from: 0) == 7)
        e.moveToStart()
        #expect(e.layout(width: 10).scrollOffset(height: 3, from: 7) == 0)
    }

    @Test func scrollStaysPutWhileTheCursorIsInView() {
        let e = textEditor((1...10).map(String.init).joined(separator: "\n"), at: 10)
        let layout = e.layout(width: 10)
        #expect(layout.cursorRow == 5)
        #expect(layout.scrollOffset(height: 3, from: 4) == 4)
        #expect(layout.scrollOffset(height: 3, from: 3) == 3)
    }

    @Test func scrollComesBackWhenTheTextGetsShorter() {
        let layout = TextEditor(text: "1\n2\n3\n4\n5", multiline: true).layout(width: 10)
        #expect(layout.cursorRow == 4)
        #expect(layout.scrollOffset(height: 3, from: 8) == 2)
        #expect(layout.scrollOffset(height: 10, from: 2) == 0)
    }
}
