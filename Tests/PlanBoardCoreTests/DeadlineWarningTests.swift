import Testing
@testable import PlanBoardCore

/// Saving a deadline planboard cannot read warns that it will never be flagged.
@Suite struct DeadlineWarningTests {
    private func saveDeadline(_ text: String) -> BoardState {
        var state = Fixtures.state()
        openField(&state, .deadline)
        send(&state, .editText(.deleteToLineStart))
        type(&state, text)
        send(&state, .submit)
        return state
    }

    @Test func anUnreadableDeadlineIsSavedWithAWarning() {
        let state = saveDeadline("Feburary 2027")
        #expect(state.plan.action("a1")?.deadline == "Feburary 2027")
        #expect(state.flash?.text == "Saved. planboard can't read a date in “Feburary 2027”, so it won't be flagged overdue or due soon.")
    }

    @Test(arguments: ["February 2027", "On-going", "Complete", "TBC"])
    func aReadableOrDeliberatelyUndatedDeadlineSavesWithoutTheWarning(_ text: String) {
        #expect(DeadlineParser.parse(text).kind != .unknown)
        let state = saveDeadline(text)
        #expect(state.plan.action("a1")?.deadline == text)
        #expect(state.flash?.text == "1.1 Deadline March 2026 → \(text)")
    }

    @Test func anEmptyDeadlineSavesWithoutTheWarning() {
        let state = saveDeadline("")
        #expect(state.plan.action("a1")?.deadline == "")
        #expect(state.flash?.text == "1.1 Deadline March 2026 → —")
    }
}
