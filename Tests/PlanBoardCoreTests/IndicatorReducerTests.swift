import Testing
@testable import PlanBoardCore

/// Recording against an indicator from the keyboard: values (and "not yet available"), targets,
/// status overrides and clearing them, each one undo step in the indicator's history, tagged with
/// the running meeting and signed by the author, and saved at once.
@Suite struct IndicatorReducerTests {
    /// The example plan on the board, with `I` pressed (PI1 highlighted).
    static func inView() -> BoardState {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        state.author = "Sam Patel"
        #expect(Keymap.message(for: .char("I"), in: state) == .indicator(.open))
        send(&state, .indicator(.open))
        return state
    }

    static func pi1(_ state: BoardState) -> Indicator { state.plan.indicators[0] }

    /// `v`, the value, the period as offered or typed over it, the note.
    static func recordValue(_ state: inout BoardState, period: String? = nil, _ value: String, note: String = "") -> [Effect] {
        var effects = send(&state, [Keymap.message(for: .char("v"), in: state.mode)!])
        type(&state, value)
        effects += send(&state, .submit)
        if let period { type(&state, period) }
        effects += send(&state, .submit)
        send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
        type(&state, note)
        effects += send(&state, .submit)
        return effects
    }

    @Test func aValueIsRecordedForTheNextDuePeriodWithItsNoteAndSaved() throws {
        var state = Self.inView()
        send(&state, .indicator(.recordValue))
        #expect(state.promptText == "", "the value is asked first, with nothing offered")
        type(&state, "498")
        send(&state, .submit)
        #expect(state.prompt?.question == "PI1 498 for which period?")
        #expect(state.promptText == "Q3 2026/27", "the next due period is offered")
        send(&state, .cancel)
        let effects = Self.recordValue(&state, "498", note: "provisional")
        let period = try #require(Self.pi1(state).periods.first { $0.period == "Q3 2026/27" })
        #expect(period.actual == 498)
        #expect(period.note == "provisional")
        #expect(period.enteredAt == Fixtures.now)
        #expect(period.who == "Sam Patel")
        let change = try #require(Self.pi1(state).history.first { $0.field == .actual })
        #expect(change.from == "")
        #expect(change.to == "Q3 2026/27: 498")
        #expect(change.who == "Sam Patel")
        #expect(change.meeting == nil)
        #expect(effects.contains(.save(state.plan)))
        #expect(state.flash?.text == "PI1 Q3 2026/27 value 498 recorded (target 510, near target)")
        if case .indicators = state.mode {} else { Issue.record("back in the indicators view, not \(state.mode)") }
    }

    @Test func typedFiguresKeepTheirUnitAndAnEarlierValueIsTheChangesFrom() {
        var state = Self.inView()
        send(&state, .indicator(.pick(offset: 1)))
        _ = Self.recordValue(&state, period: "2023/24", "31.5%")
        let pi2 = state.plan.indicators[1]
        #expect(pi2.periods.first { $0.period == "2023/24" }?.actual == 31.5)
        #expect(pi2.history.last?.from == "2023/24: 29.5%")
        #expect(pi2.history.last?.to == "2023/24: 31.5%")
        #expect(state.flash?.text.hasSuffix(" · was 29.5%") == true, "the value it replaced is said: \(state.flash?.text ?? "")")
    }

    @Test func notAvailableIsAStateNotAZero() throws {
        var state = Self.inView()
        _ = Self.recordValue(&state, "n/a")
        let period = try #require(Self.pi1(state).periods.first { $0.period == "Q3 2026/27" })
        #expect(period.actual == nil)
        #expect(period.notAvailable)
        #expect(Self.pi1(state).history.last?.to == "Q3 2026/27: not yet available")
        var other = Self.inView()
        _ = Self.recordValue(&other, "Not available")
        #expect(Self.pi1(other).periods.first { $0.period == "Q3 2026/27" }?.notAvailable == true)
    }

    @Test func aBadNumberIsRefusedWithWhatToTypeAndTheQuestionStaysOpen() {
        var state = Self.inView()
        let before = state.plan
        send(&state, .indicator(.recordValue))
        type(&state, "about 500")
        let effects = send(&state, .submit)
        #expect(effects.isEmpty)
        #expect(state.plan == before, "nothing recorded, never a silent 0")
        #expect(state.flash?.isError == true)
        #expect(state.flash?.text == "“about 500” is not a number: type a figure such as 498, 29.1% or £1,250, or n/a when the data is not yet available.")
        #expect(state.promptText == "about 500", "the answer stays to be corrected")
        send(&state, .cancel)
        #expect(state.plan == before)
        if case .indicators = state.mode {} else { Issue.record("Esc goes back to the view") }
    }

    @Test func aTargetAndAStretchTargetAreSetForAPeriod() throws {
        var state = Self.inView()
        send(&state, .indicator(.setTarget))
        type(&state, "570")
        send(&state, .submit)
        #expect(state.prompt?.question == "PI1 target 570 for which period?")
        type(&state, "Q1 2027/28")
        send(&state, .submit)
        type(&state, "590")
        let effects = send(&state, .submit)
        let period = try #require(Self.pi1(state).periods.first { $0.period == "Q1 2027/28" })
        #expect(period.target == 570 && period.stretch == 590)
        let fields = Self.pi1(state).history.suffix(2).map { "\($0.field.rawValue) \($0.from)|\($0.to)" }
        #expect(fields == ["target |Q1 2027/28: 570", "stretch |Q1 2027/28: 590"])
        #expect(!effects.isEmpty)
    }

    @Test func changingAnExistingTargetRecordsFromAndTo() {
        var state = Self.inView()
        send(&state, .indicator(.setTarget))
        type(&state, "520")
        send(&state, .submit, .submit, .submit)
        #expect(Self.pi1(state).history.last?.from == "Q3 2026/27: 510")
        #expect(Self.pi1(state).history.last?.to == "Q3 2026/27: 520")
    }

    @Test func anOverrideNeedsAReasonAndIsKeptWithIt() throws {
        var state = Self.inView()
        send(&state, .indicator(.chooseOverride))
        #expect(Keymap.message(for: .char("r"), in: state.mode) == .indicator(.override(.offTarget)))
        send(&state, .indicator(.override(.offTarget)))
        let effects = send(&state, .submit)
        #expect(effects.isEmpty)
        #expect(Self.pi1(state).statusOverride == nil)
        #expect(state.flash?.isError == true)
        type(&state, "Q3 referrals collapsed")
        send(&state, .submit)
        let override = try #require(Self.pi1(state).statusOverride)
        #expect(override.status == .offTarget && override.reason == "Q3 referrals collapsed" && override.who == "Sam Patel")
        #expect(IndicatorAssessment(Self.pi1(state)).status == .offTarget)
        let change = try #require(Self.pi1(state).history.last)
        #expect(change.field == .indicatorStatus && change.from == "Near target" && change.to == "Off target")
        #expect(change.reason == "Q3 referrals collapsed")
    }

    @Test func clearingTheOverrideGoesBackToTheComputedStatus() {
        var state = Self.inView()
        send(&state, .indicator(.chooseOverride), .indicator(.override(.onTarget)))
        type(&state, "agreed")
        send(&state, .submit, .indicator(.chooseOverride), .indicator(.clearOverride))
        #expect(Self.pi1(state).statusOverride == nil)
        #expect(Self.pi1(state).history.last?.to == "Near target (computed)")
        #expect(Self.pi1(state).history.last?.from == "On target")
    }

    @Test func undoTakesBackARecordedValueAndRedoPutsItBack() {
        var state = Self.inView()
        let before = state.plan
        _ = Self.recordValue(&state, "498")
        let after = state.plan
        #expect(Keymap.message(for: .char("u"), in: state.mode) == .undo)
        let effects = send(&state, .undo)
        #expect(state.plan == before)
        #expect(effects == [.save(before)])
        send(&state, .redo)
        #expect(state.plan == after)
    }

    @Test func inAMeetingEveryRecordIsTaggedWithIt() throws {
        var state = Self.inView()
        send(&state, .indicator(.close))
        startMeeting(&state)
        let meeting = try #require(state.runningMeeting?.id)
        send(&state, .indicator(.open))
        _ = Self.recordValue(&state, "498")
        send(&state, .indicator(.chooseOverride), .indicator(.override(.onTarget)))
        type(&state, "agreed")
        send(&state, .submit)
        let history = Self.pi1(state).history
        #expect(history.count == 2)
        #expect(history.allSatisfy { $0.meeting == meeting && $0.who == "Sam Patel" })
        #expect(Self.pi1(state).periods.first { $0.period == "Q3 2026/27" }?.meeting == meeting)
        #expect(Self.pi1(state).statusOverride?.meeting == meeting)
        #expect(Reducer.recordedAnything(in: state.runningMeeting!, state.plan), "a meeting that only recorded a value is kept")
    }

    @Test func aReadOnlyPlanRefusesRecording() {
        var state = Self.inView()
        state.readOnly = "the file is read-only"
        let before = state.plan
        send(&state, .indicator(.recordValue))
        #expect(state.plan == before)
        #expect(state.mode.takesText == false)
        #expect(state.flash?.text.hasPrefix("Read-only") == true)
    }

    @Test func escClosesTheDetailThenTheView() {
        var state = Self.inView()
        send(&state, .indicator(.openDetail))
        #expect(state.mode.kind == .indicatorDetail)
        #expect(Keymap.message(for: .escape, in: state.mode) == .indicator(.close))
        send(&state, .indicator(.close))
        #expect(state.mode.kind == .indicators)
        send(&state, .cancel)
        #expect(state.mode == .board)
    }

    @Test func theHighlightStaysOnTheList() {
        var state = Self.inView()
        send(&state, .indicator(.pick(offset: -1)))
        #expect(state.mode == .indicators(IndicatorBrowse(selected: 0)))
        send(&state, .indicator(.pickEdge(last: true)), .indicator(.pick(offset: 1)))
        #expect(state.mode == .indicators(IndicatorBrowse(selected: 4)))
    }

    @Test func typedValuesAreReadOrRefused() {
        #expect(IndicatorQuestion.Entry.read("£1,250") == .figure(1250))
        #expect(IndicatorQuestion.Entry.read("29.1%") == .figure(29.1))
        #expect(IndicatorQuestion.Entry.read("N/A") == .notAvailable)
        #expect(IndicatorQuestion.Entry.read("not yet available") == .notAvailable)
        #expect(IndicatorQuestion.Entry.read("twelve") == nil)
        #expect(IndicatorQuestion.Entry.read("") == nil)
    }

    @Test func aPlanWithoutIndicatorsSaysHowToAddThemAndRecordsNothing() {
        var state = Fixtures.state()
        let before = state.plan
        send(&state, .indicator(.open))
        #expect(state.flash?.text.contains("planboard import SHEET --into plan.json") == true)
        send(&state, .indicator(.recordValue), .indicator(.openDetail), .indicator(.chooseOverride))
        #expect(state.plan == before)
        #expect(state.mode == .indicators(IndicatorBrowse()))
        #expect(BoardView.render(state).text.contains("No indicators in this plan."))
    }

    @Test func aPeriodThatIsNotADateIsTakenOnceConfirmed() {
        var state = Self.inView()
        send(&state, .indicator(.recordValue))
        type(&state, "12")
        send(&state, .submit)
        type(&state, "Baseline year")
        send(&state, .submit)
        #expect(state.flash?.text == "No date in that period: Enter again keeps it, or edit it.")
        #expect(state.promptText == "Baseline year", "asked again first")
        send(&state, .submit)
        #expect(state.prompt?.question == "PI1 note on the Baseline year value (optional)?", "the note is asked next")
    }
}
