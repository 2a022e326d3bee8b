import Testing
@testable import PlanBoardCore

@Suite struct PasteTests {
    @Test func aPasteIntoALongFieldArrivesIntactWithItsLineBreaks() {
        var state = Fixtures.state()
        openField(&state, .progress)
        let paste = Keymap.message(for: .paste("Nov 2026: £2k – café\n介護 pilot agreed"), in: state.mode)
        send(&state, try! #require(paste))
        #expect(state.fieldEdit?.editor.text.hasSuffix("Nov 2026: £2k – café\n介護 pilot agreed") == true)
        #expect(state.mode.takesText, "a paste never saves the field by itself")
    }

    @Test func aPasteIntoAOneLineFieldTurnsLineBreaksIntoSpacesAndDoesNotSave() {
        var state = Fixtures.state()
        openField(&state, .deadline)
        send(&state, .editText(.deleteToLineStart))
        send(&state, Keymap.message(for: .paste("March 2027\nthen review"), in: state.mode)!)
        #expect(state.fieldEdit?.editor.text == "March 2027 then review")
        #expect(state.selectedAction?.deadline == "March 2026", "nothing is saved until Enter")
    }

    @Test func aPasteOnTheBoardDoesNothing() {
        #expect(Keymap.message(for: .paste("rrr"), in: .board) == nil)
    }
}
