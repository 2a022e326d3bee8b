import Testing
@testable import PlanBoardCore

/// An editor over `text` with the cursor `offset` Characters from the start.
func textEditor(_ text: String, at offset: Int? = nil, multiline: Bool = true) -> TextEditor {
    var e = TextEditor(text: text, multiline: multiline)
    if let offset {
        e.moveToStart()
        for _ in 0..<offset { e.moveRight() }
    }
    return e
}

/// Types `s` one Character at a time, as keys arrive.
func typeKeys(_ s: String, into e: inout TextEditor) {
    for ch in s { e.insert(String(ch)) }
}

extension TextEditor {
    /// The text before the cursor.
    var beforeCursor: String { String(text.prefix(cursor)) }
}

@Suite struct TextEditorTests {
    // MARK: Inserting

    @Test func opensWithTheCursorAtTheEndAndNothingChanged() {
        let e = TextEditor(text: "£5k – “agreed”", multiline: false)
        #expect(e.cursor == 14)
        #expect(!e.isChanged)
        #expect(e.original == "£5k – “agreed”")
    }

    @Test func insertsInTheMiddleAndMovesTheCursorPastTheInsertion() {
        var e = textEditor("Carers plan", at: 6)
        e.insert("’")
        #expect(e.text == "Carers’ plan")
        #expect(e.cursor == 7)
        typeKeys(" strategy", into: &e)
        #expect(e.text == "Carers’ strategy plan")
        #expect(e.beforeCursor == "Carers’ strategy")
    }

    @Test func multiByteCharactersAreOneCharacterEach() {
        var e = TextEditor(text: "", multiline: false)
        typeKeys("£é–“”", into: &e)
        #expect(e.text == "£é–“”")
        #expect(e.cursor == 5)
        e.moveLeft()
        e.moveLeft()
        e.insert("x")
        #expect(e.text == "£é–x“”")
    }

    @Test func aCombiningAccentTypedAfterALetterJoinsIt() {
        var e = TextEditor(text: "cafe", multiline: false)
        e.insert("\u{301}")
        #expect(e.text.unicodeScalars.count == 5)
        #expect(e.text.count == 4)
        #expect(e.cursor == 4)
        e.insert("s")
        #expect(e.text == "cafe\u{301}s")
    }

    @Test func multiLinePasteWithCRLFArrivesIntact() {
        var e = TextEditor(text: "Progress: ", multiline: true)
        e.insert("Line one\r\nLine two\rLine three\n\nLast – £5")
        #expect(e.text == "Progress: Line one\nLine two\nLine three\n\nLast – £5")
        #expect(e.cursor == e.text.count)
    }

    @Test func aOneLineEditorFlattensNewlinesToSpaces() {
        var e = TextEditor(text: "Lead: ", multiline: false)
        e.insert("JB\r\nCarers Centre\nend")
        #expect(e.text == "Lead: JB Carers Centre end")
        e.insert("\n")
        #expect(e.text == "Lead: JB Carers Centre end ")
    }

    @Test func enterInAMultiLineEditorStartsANewLine() {
        var e = textEditor("onetwo", at: 3)
        e.insert("\r")
        #expect(e.text == "one\ntwo")
        #expect(e.cursor == 4)
    }

    @Test func tabsBecomeSpacesAndOtherControlCharactersAreDropped() {
        var e = TextEditor(text: "", multiline: true)
        e.insert("a\tb\u{1B}[31mc\u{07}\u{7F}\u{9B}d\u{0}")
        #expect(e.text == "a b[31mcd")
        #expect(e.cursor == 9)
    }

    @Test func insertingOnlyControlCharactersChangesNothing() {
        var e = TextEditor(text: "abc", multiline: true)
        e.insert("\u{1B}\u{07}")
        e.insert("")
        #expect(e.text == "abc")
        #expect(!e.canUndo)
    }

    @Test func pastedUnicodeArrivesIntactInTheMiddle() {
        var e = textEditor("[]", at: 1, multiline: false)
        let pasted = "£1.2m – “agreed” 漢字 👍🏽 cafe\u{301} 🇬🇧"
        e.insert(pasted)
        #expect(e.text == "[" + pasted + "]")
        #expect(e.cursor == 1 + pasted.count)
    }

    @Test func isChangedFollowsTheTextNotTheHistory() {
        var e = TextEditor(text: "Green", multiline: false)
        e.insert("!")
        #expect(e.isChanged)
        e.deleteBackward()
        #expect(!e.isChanged)
    }

    // MARK: Deleting

    @Test func backspaceDeletesAnEmojiWithItsSkinToneWhole() {
        var e = TextEditor(text: "ok 👍🏽", multiline: false)
        e.deleteBackward()
        #expect(e.text == "ok ")
        #expect(e.cursor == 3)
    }

    @Test func backspaceDeletesALetterWithItsCombiningAccentWhole() {
        var e = TextEditor(text: "cafe\u{301}", multiline: false)
        e.deleteBackward()
        #expect(e.text.unicodeScalars.count == 3)
        #expect(e.text == "caf")
    }

    @Test func deleteRemovesTheWideCharacterAfterTheCursor() {
        var e = textEditor("漢字😀", at: 0)
        e.deleteForward()
        #expect(e.text == "字😀")
        #expect(e.cursor == 0)
        e.moveRight()
        e.deleteForward()
        #expect(e.text == "字")
    }

    @Test func backspaceAtTheStartAndDeleteAtTheEndDoNothing() {
        var e = textEditor("ab", at: 0)
        e.deleteBackward()
        e.moveToEnd()
        e.deleteForward()
        #expect(e.text == "ab")
        #expect(!e.canUndo)
    }

    @Test func deleteWordBackwardTakesTheSpacesThenTheWord() {
        var e = TextEditor(text: "Review the plan  ", multiline: false)
        e.deleteWordBackward()
        #expect(e.text == "Review the ")
        e.deleteWordBackward()
        #expect(e.text == "Review ")
    }

    @Test func deleteWordBackwardStopsAtPunctuation() {
        var e = TextEditor(text: "carers’ well-being", multiline: false)
        e.deleteWordBackward()
        #expect(e.text == "carers’ well-")
        e.deleteWordBackward()
        #expect(e.text == "carers’ ")
        e.deleteWordBackward()
        #expect(e.text == "")
    }

    @Test func deleteWordForwardTakesToTheEndOfTheNextWord() {
        var e = textEditor("the young carers", at: 3)
        e.deleteWordForward()
        #expect(e.text == "the carers")
        #expect(e.cursor == 3)
    }

    @Test func deleteWordTreatsAccentedAndCJKLettersAsWord() {
        var e = TextEditor(text: "résumé 漢字", multiline: false)
        e.deleteWordBackward()
        #expect(e.text == "résumé ")
        e.deleteWordBackward()
        #expect(e.text == "")
    }

    @Test func deleteToLineStartWorksOnTheLogicalLineAndThenJoinsLines() {
        var e = TextEditor(text: "first\nsecond line", multiline: true)
        e.deleteToLineStart()
        #expect(e.text == "first\n")
        #expect(e.cursor == 6)
        e.deleteToLineStart()
        #expect(e.text == "first")
    }

    @Test func deleteToLineEndWorksOnTheLogicalLineAndThenJoinsLines() {
        var e = textEditor("first line\nsecond", at: 5)
        e.deleteToLineEnd()
        #expect(e.text == "first\nsecond")
        e.deleteToLineEnd()
        #expect(e.text == "firstsecond")
        #expect(e.cursor == 5)
    }

    @Test func deleteToLineStartInAOneLineField() {
        var e = textEditor("2.7 P", at: 4, multiline: false)
        e.deleteToLineStart()
        #expect(e.text == "P")
        #expect(e.cursor == 0)
    }

    // MARK: Undo

    @Test func undoRemovesATypedWordRunNotOneLetter() {
        var e = TextEditor(text: "", multiline: true)
        typeKeys("hello world", into: &e)
        e.undo()
        #expect(e.text == "hello ")
        e.undo()
        #expect(e.text == "")
        e.redo()
        #expect(e.text == "hello ")
        e.redo()
        #expect(e.text == "hello world")
        #expect(e.cursor == 11)
    }

    @Test func movingTheCursorEndsATypingRun() {
        var e = TextEditor(text: "", multiline: false)
        typeKeys("ab", into: &e)
        e.moveLeft()
        typeKeys("c", into: &e)
        #expect(e.text == "acb")
        e.undo()
        #expect(e.text == "ab")
        #expect(e.cursor == 1)
        e.undo()
        #expect(e.text == "")
    }

    @Test func aRunOfBackspacesUndoesTogetherAndRestoresTheCursor() {
        var e = TextEditor(text: "hello", multiline: false)
        e.deleteBackward()
        e.deleteBackward()
        e.deleteBackward()
        #expect(e.text == "he")
        e.undo()
        #expect(e.text == "hello")
        #expect(e.cursor == 5)
        #expect(!e.isChanged)
    }

    @Test func aRunOfDeletesUndoesTogether() {
        var e = textEditor("abcdef", at: 1)
        e.deleteForward()
        e.deleteForward()
        e.deleteBackward()
        #expect(e.text == "def")
        e.undo()
        #expect(e.text == "adef")
        e.undo()
        #expect(e.text == "abcdef")
        #expect(e.cursor == 1)
    }

    @Test func aPasteIsAnUndoStepOfItsOwn() {
        var e = TextEditor(text: "", multiline: true)
        typeKeys("a", into: &e)
        e.insert("pasted\ntext")
        typeKeys("b", into: &e)
        e.undo()
        #expect(e.text == "apasted\ntext")
        e.undo()
        #expect(e.text == "a")
    }

    @Test func aNewEditForgetsWhatWasUndone() {
        var e = TextEditor(text: "", multiline: false)
        typeKeys("ab", into: &e)
        e.undo()
        typeKeys("c", into: &e)
        e.redo()
        #expect(e.text == "c")
        #expect(!e.canRedo)
    }

    @Test func undoOfAWordDeletionPutsTheCursorBack() {
        var e = textEditor("one two", at: 0)
        e.deleteWordForward()
        #expect(e.text == " two")
        e.moveToEnd()
        e.undo()
        #expect(e.text == "one two")
        #expect(e.cursor == 0)
    }

    @Test func typingAfterBackspacingStartsANewStep() {
        var e = TextEditor(text: "", multiline: false)
        typeKeys("abc", into: &e)
        e.deleteBackward()
        typeKeys("d", into: &e)
        #expect(e.text == "abd")
        e.undo()
        #expect(e.text == "ab")
        e.undo()
        #expect(e.text == "abc")
        e.undo()
        #expect(e.text == "")
    }
}
