import Testing
@testable import PlanBoardCore

/// An answer a prompt opens with (the next due period, a risk's level, the value as it is, the
/// meeting's title) is offered as a form's selected field is: the first typed character replaces
/// it, a cursor key or Backspace first keeps it for editing.
@Suite struct OfferedAnswerTests {
    static func indicators() -> BoardState { IndicatorReducerTests.inView() }

    /// `v` and a value typed: the period question, with the one due offered.
    static func askedThePeriod(_ value: String = "30") -> BoardState {
        var state = indicators()
        send(&state, .indicator(.recordValue))
        type(&state, value)
        send(&state, .submit)
        return state
    }

    @Test func typingAPeriodReplacesTheOfferedOne() throws {
        var state = Self.askedThePeriod()
        #expect(state.promptText == "Q3 2026/27")
        #expect(state.prompt?.offered == true)
        #expect(Keymap.hints(for: state).contains { $0.label == "type" && $0.text == "to replace" }, "the hint line says so")
        type(&state, "2023/24")
        #expect(state.promptText == "2023/24", "not 2022/232023/24 or Q3 2026/272023/24")
        #expect(state.prompt?.offered == false)
        #expect(!Keymap.hints(for: state).contains { $0.label == "type" }, "once typed, nothing is offered")
        send(&state, .submit, .submit)
        #expect(Self.indicators().plan.indicators[0].periods.contains { $0.period == "2023/24" } == false)
        #expect(state.plan.indicators[0].periods.contains { $0.period == "2023/24" && $0.actual == 30 })
        #expect(!state.plan.indicators[0].periods.contains { $0.period.contains("2026/272023") })
    }

    @Test func aCursorKeyOrBackspaceFirstKeepsTheOfferedAnswerForEditing() {
        var state = Self.askedThePeriod()
        send(&state, .editText(.lineEnd))
        type(&state, "x")
        #expect(state.promptText == "Q3 2026/27x")
        state = Self.askedThePeriod()
        send(&state, .editText(.deleteBackward))
        #expect(state.promptText == "Q3 2026/2")
        type(&state, "8")
        #expect(state.promptText == "Q3 2026/28")
        state = Self.askedThePeriod()
        send(&state, .editText(.lineStart))
        type(&state, "x")
        #expect(state.promptText == "xQ3 2026/27")
    }

    @Test func ctrlZBringsBackTheAnswerTheTypingReplaced() {
        var state = Self.askedThePeriod()
        type(&state, "2")
        #expect(state.promptText == "2")
        send(&state, .editText(.undo))
        #expect(state.promptText == "Q3 2026/27")
    }

    @Test func aValueRecordedOverNotAvailableIsTheFigure() throws {
        var state = Self.indicators()
        _ = IndicatorReducerTests.recordValue(&state, "n/a")
        #expect(state.plan.indicators[0].periods.first { $0.period == "Q3 2026/27" }?.notAvailable == true)
        send(&state, .indicator(.recordValue))
        type(&state, "4,702")
        send(&state, .submit)
        type(&state, "Q3 2026/27")
        send(&state, .submit, .submit)
        #expect(state.flash?.text.hasSuffix(" · was not yet available") == true, "\(state.flash?.text ?? "")")
        let period = try #require(state.plan.indicators[0].periods.first { $0.period == "Q3 2026/27" })
        #expect(period.actual == 4702)
        #expect(period.notAvailable == false)
    }

    @Test func aRiskLevelTypedOverTheOfferedOneReplacesIt() {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        send(&state, .risk(.open), .risk(.changeLevel), .risk(.chooseLevel(.residual)))
        #expect(state.promptText == "3x3")
        type(&state, "2x4")
        #expect(state.promptText == "2x4", "not 3x32x4")
        send(&state, .submit)
        #expect(state.plan.risks[0].residual == RiskLevel(likelihood: 2, impact: 4))
    }

    @Test func theMeetingTitleOfferedIsReplacedByWhatIsTyped() throws {
        var state = Fixtures.state()
        send(&state, .startOrEndMeeting)
        let offered = try #require(state.promptText)
        #expect(!offered.isEmpty)
        type(&state, "Carers Partnership Board")
        #expect(state.promptText == "Carers Partnership Board")
    }

    @Test func aPromptOpenedEmptyOffersNothing() {
        var state = Self.indicators()
        send(&state, .indicator(.recordValue))
        #expect(state.promptText == "")
        #expect(state.prompt?.offered == false)
        #expect(!Keymap.hints(for: state).contains { $0.label == "type" })
    }
}

/// A period with no date in it (`next year`, a slip of the keys) is only recorded once the chair
/// presses Enter again; the warning is one short sentence that fits a narrow screen.
@Suite struct UnreadablePeriodTests {
    @Test func aPeriodWithNoDateAsksForEnterAgainBeforeItIsTaken() {
        var state = OfferedAnswerTests.askedThePeriod("12")
        type(&state, "next year")
        send(&state, .submit)
        #expect(state.promptText == "next year", "the question stays open with what was typed")
        #expect(state.flash?.isError == true)
        let warning = state.flash?.text ?? ""
        #expect(warning == "No date in that period: Enter again keeps it, or edit it.")
        #expect(warning.count <= 58, "whole on a 60-column screen")
        send(&state, .submit)
        #expect(state.prompt?.question == "PI1 note on the next year value (optional)?", "Enter again takes it")
        send(&state, .submit)
        #expect(state.plan.indicators[0].periods.contains { $0.period == "next year" && $0.actual == 12 })
    }

    @Test func editingTheWarnedPeriodIntoADateGoesOnWithoutAsking() {
        var state = OfferedAnswerTests.askedThePeriod()
        type(&state, "nxt yr")
        send(&state, .submit)
        #expect(state.promptText == "nxt yr")
        send(&state, .editText(.deleteToLineStart))
        type(&state, "2027/28")
        send(&state, .submit)
        #expect(state.prompt?.question == "PI1 note on the 2027/28 value (optional)?")
    }

    @Test func anotherUndatedTextAfterTheWarningIsAskedAboutAgain() {
        var state = IndicatorReducerTests.inView()
        send(&state, .indicator(.setTarget))
        type(&state, "300")
        send(&state, .submit)
        type(&state, "next year")
        send(&state, .submit, .editText(.deleteToLineStart))
        type(&state, "nxt year")
        send(&state, .submit)
        #expect(state.promptText == "nxt year", "a different undated text is warned about in its turn")
        #expect(state.flash?.text == "No date in that period: Enter again keeps it, or edit it.")
    }
}

/// `y` ("why?") belongs to the screen where the change was made: the board's offer does not
/// follow into the risk register, and the register's does not come back onto the board.
@Suite struct ReasonOfferPlaceTests {
    static func ratedThenRegister() -> BoardState {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        send(&state, .setRAG(.red))
        #expect(Keymap.hints(for: state).contains { $0.text.hasPrefix("why ") }, "the board offers y for its own change")
        send(&state, .risk(.open))
        return state
    }

    @Test func theBoardsOfferIsNotShownInTheRegister() {
        let state = Self.ratedThenRegister()
        #expect(!Keymap.hints(for: state).contains { $0.text.hasPrefix("why ") })
        #expect(!BoardView.render(state).text.contains("why 1.1?"))
    }

    @Test func yInTheRegisterDoesNotExplainTheBoardsChange() {
        var state = Self.ratedThenRegister()
        let before = state.plan
        send(&state, .giveReason)
        #expect(state.mode.kind == .riskRegister, "no prompt about the action opens")
        #expect(state.flash?.text == "No change to a risk to explain yet: y asks why after L or d — the keys typed after it were ignored.")
        #expect(state.plan == before)
    }

    @Test func yInTheRegisterExplainsTheRegistersOwnChange() {
        var state = Self.ratedThenRegister()
        send(&state, .risk(.changeLevel), .risk(.chooseLevel(.residual)))
        type(&state, "2x3")
        send(&state, .submit)
        #expect(Keymap.hints(for: state).contains { $0.text == "why R1?" })
        send(&state, .giveReason)
        #expect(state.prompt?.question.hasPrefix("Why R1 residual risk") == true)
    }

    @Test func theRegistersOfferDoesNotComeBackOntoTheBoard() {
        var state = Self.ratedThenRegister()
        send(&state, .risk(.changeLevel), .risk(.chooseLevel(.residual)))
        type(&state, "2x3")
        send(&state, .submit, .risk(.back))
        #expect(state.mode == .board)
        #expect(!Keymap.hints(for: state).contains { $0.text.hasPrefix("why ") })
    }
}
