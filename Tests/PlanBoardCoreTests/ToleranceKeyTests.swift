import Testing
@testable import PlanBoardCore

/// `T` in the indicators view sets the highlighted indicator's tolerance (percent of the target
/// still counted near target): validated, in history, one undo step, tagged in a meeting.
@Suite struct ToleranceKeyTests {
    static func askedPI4() -> BoardState {
        var state = IndicatorReducerTests.inView()
        send(&state, .indicator(.pick(offset: 3)))
        #expect(Keymap.message(for: .char("T"), in: state) == .indicator(.setTolerance))
        send(&state, .indicator(.setTolerance))
        return state
    }

    static func answer(_ state: inout BoardState, _ text: String) -> [Effect] {
        type(&state, text)
        return send(&state, .submit)
    }

    @Test func theCurrentToleranceIsOfferedWithAClearQuestion() {
        let state = Self.askedPI4()
        #expect(state.prompt?.question == "PI4 tolerance (% of target still near):")
        #expect(state.promptText == "10%")
        #expect(state.prompt?.offered == true)
    }

    @Test func aNewToleranceIsSetRecordedAndSaidInTheIndicatorsUnit() throws {
        var state = Self.askedPI4()
        let effects = Self.answer(&state, "30")
        let pi4 = state.plan.indicators[3]
        #expect(pi4.tolerancePercent == 30)
        let change = try #require(pi4.history.last)
        #expect(change.field == .tolerance && change.from == "10%" && change.to == "30%")
        #expect(change.who == "Sam Patel")
        #expect(effects.contains(.save(state.plan)))
        #expect(state.flash?.text == "PI4 tolerance 10% → 30% of the target (near target: within 8.4 of 28) · now near target · y: why?")
        #expect(IndicatorAssessment(pi4).status == .nearTarget, "36 against 28 is within 30%")
        #expect(state.mode.kind == .indicators)
    }

    @Test(arguments: ["abc", "-5", "150", ""])
    func aBadToleranceIsRefusedAndTheQuestionStaysOpen(typed: String) {
        var state = Self.askedPI4()
        let before = state.plan
        send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
        _ = Self.answer(&state, typed)
        #expect(state.plan == before)
        #expect(state.flash?.isError == true)
        let shown = typed.isEmpty ? "Nothing" : "“\(typed)”"
        #expect(state.flash?.text == "\(shown) is not a tolerance: type a percentage of the target from 0 to 100, such as 5 or 7.5.")
        #expect(state.promptText == typed)
    }

    @Test func undoTakesItBack() {
        var state = Self.askedPI4()
        _ = Self.answer(&state, "7.5%")
        #expect(state.plan.indicators[3].tolerancePercent == 7.5)
        send(&state, .undo)
        #expect(state.plan.indicators[3].tolerancePercent == 10)
    }

    @Test func inAMeetingItIsTaggedAndMinuted() throws {
        var state = IndicatorReducerTests.inView()
        send(&state, .indicator(.close))
        startMeeting(&state, attendees: "Jo Baird")
        send(&state, .indicator(.open), .indicator(.pick(offset: 3)), .indicator(.setTolerance))
        _ = Self.answer(&state, "15")
        let meeting = try #require(state.runningMeeting?.id)
        #expect(state.plan.indicators[3].history.last?.meeting == meeting)
        let lines = IndicatorMinutes.lines(state.plan, meeting: meeting).map(\.text)
        #expect(lines == ["tolerance changed from 10% to 15% of the target"])
    }

    @Test func aReadOnlyPlanRefusesIt() {
        var state = IndicatorReducerTests.inView()
        state.readOnly = "the file is read-only"
        send(&state, .indicator(.setTolerance))
        #expect(!state.mode.takesText)
    }

    @Test func aPercentagesMarginIsSaidInPoints() {
        var state = IndicatorReducerTests.inView()
        send(&state, .indicator(.pick(offset: 1)), .indicator(.setTolerance))
        _ = Self.answer(&state, "10")
        #expect(state.flash?.text == "PI2 tolerance 5% → 10% of the target (near target: within 3.6 points of 36%) · y: why?")
    }
}
