import Testing
@testable import PlanBoardCore

/// The example plan on the board, opened on the risk register (R1 highlighted).
private func registerState() -> BoardState {
    var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
    send(&state, .risk(.open))
    return state
}

/// `L`, a level, then the typed text and Enter.
private func changeLevel(_ state: inout BoardState, _ kind: RiskLevelKind, to text: String) {
    send(&state, .risk(.changeLevel), .risk(.chooseLevel(kind)))
    send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
    type(&state, text)
    send(&state, .submit)
}

@Suite struct RiskLevelInputTests {
    @Test(arguments: ["2x3", "2 x 3", "2×3", "2 3", "2,3", "L2 I3", "l2 i3", "I3 L2", "L2 x I3", " 2X3 "])
    func everyWayOfWritingALevelReadsTheSame(text: String) {
        #expect(RiskLevelInput.read(text) == .success(.level(RiskLevel(likelihood: 2, impact: 3))))
    }

    @Test func outOfRangeAndNonsenseSayWhatToType() {
        #expect(RiskLevelInput.read("6x2") == .failure(.outOfRange(what: "Likelihood", value: 6)))
        #expect(RiskLevelInput.read("2x0") == .failure(.outOfRange(what: "Impact", value: 0)))
        #expect(RiskLevelInput.read("") == .failure(.empty))
        #expect(RiskLevelInput.read("high") == .failure(.notTwoNumbers("high")))
        #expect(RiskLevelInput.read("2") == .failure(.notTwoNumbers("2")))
        #expect(RiskLevelInput.read("2 3 4") == .failure(.notTwoNumbers("2 3 4")))
        #expect(RiskLevelInput.read("none") == .success(.cleared))
        #expect(RiskLevelInput.Problem.outOfRange(what: "Likelihood", value: 6).description
                == "Likelihood 6 is out of range: likelihood and impact are each 1 to 5.")
    }
}

@Suite struct RiskReducerTests {
    @Test func zOpensTheRegisterAndEscGoesBack() {
        var state = registerState()
        #expect(state.mode == .riskRegister(RiskRegister()))
        #expect(state.flash?.text.hasPrefix("3 risks · 1 past review") == true)
        send(&state, .risk(.pick(offset: 1)))
        #expect(state.mode == .riskRegister(RiskRegister(selected: 1)))
        send(&state, .risk(.pick(offset: 5)))
        #expect(state.mode == .riskRegister(RiskRegister(selected: 2)), "the highlight stops at the last risk")
        send(&state, .risk(.toggleDetail))
        #expect(state.mode.kind == .riskDetail)
        send(&state, .risk(.back))
        #expect(state.mode.kind == .riskRegister)
        send(&state, .risk(.back))
        #expect(state.mode == .board)
    }

    @Test(arguments: RiskLevelKind.allCases) func eachLevelChangesWithHistoryAndAReasonOffered(kind: RiskLevelKind) {
        var state = registerState()
        let before = state.plan.risks[0].level(kind)!
        changeLevel(&state, kind, to: "1x2")
        let risk = state.plan.risks[0]
        #expect(risk.level(kind) == RiskLevel(likelihood: 1, impact: 2))
        let entry = try! #require(risk.history.last)
        #expect(entry.field == kind.changeField)
        #expect(entry.from == before.shortText(bands: .standard))
        #expect(entry.to == "L1 × I2 = 2 Low")
        #expect(entry.meeting == nil, "no meeting runs")
        #expect(state.mode.kind == .riskRegister, "Enter goes back to the register")
        #expect(state.reasonOffer?.risk == risk.id)
        for other in RiskLevelKind.allCases where other != kind {
            #expect(risk.level(other) == ExamplePlan.make().risks[0].level(other))
        }
    }

    @Test func residualChangeReadsAsTheMinutesWillSayIt() {
        var state = registerState()
        changeLevel(&state, .residual, to: "L2 I3")
        let entry = try! #require(state.plan.risks[0].history.last)
        #expect(entry.from == "L3 × I3 = 9 High")
        #expect(entry.to == "L2 × I3 = 6 Moderate")
        #expect(state.flash?.text == "R1 residual risk L3 × I3 = 9 High → L2 × I3 = 6 Moderate · y: why?")
    }

    @Test func aBadLevelKeepsTheQuestionOpenAndChangesNothing() {
        var state = registerState()
        let plan = state.plan
        changeLevel(&state, .residual, to: "7x2")
        #expect(state.plan == plan)
        #expect(state.promptText == "7x2", "what was typed stays to be corrected")
        #expect(state.flash == .init("Likelihood 7 is out of range: likelihood and impact are each 1 to 5.", isError: true))
        send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
        type(&state, "2x2")
        send(&state, .submit)
        #expect(state.plan.risks[0].residual == RiskLevel(likelihood: 2, impact: 2))
    }

    @Test func theSameLevelRecordsNothingAndEscChangesNothing() {
        var state = registerState()
        let plan = state.plan
        changeLevel(&state, .residual, to: "3x3")
        #expect(state.plan == plan)
        #expect(state.flash?.text.contains("already") == true)
        send(&state, .risk(.changeLevel))
        #expect(state.mode.kind == .chooseRiskLevel)
        send(&state, .risk(.back))
        #expect(state.mode.kind == .riskRegister)
        send(&state, .risk(.changeLevel), .risk(.chooseLevel(.planned)), .cancel)
        #expect(state.plan == plan)
        #expect(state.mode.kind == .riskRegister)
    }

    @Test func undoTakesTheChangeBackAndRedoRestoresIt() {
        var state = registerState()
        let plan = state.plan
        changeLevel(&state, .residual, to: "2x3")
        let changed = state.plan
        let undo = send(&state, .undo)
        #expect(state.plan == plan)
        #expect(undo == [.save(plan)])
        #expect(state.mode.kind == .riskRegister, "undo keeps the register open")
        send(&state, .redo)
        #expect(state.plan == changed)
    }

    @Test func inAMeetingTheChangeCarriesTheMeetingAndWho() {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        state.author = "Sam Patel"
        startMeeting(&state, title: "Partnership board")
        let meeting = try! #require(state.runningMeeting)
        send(&state, .risk(.open))
        changeLevel(&state, .residual, to: "2x3")
        let entry = try! #require(state.plan.risks[0].history.last)
        #expect(entry.meeting == meeting.id)
        #expect(entry.who == "Sam Patel")
        #expect(Reducer.recordedAnything(in: meeting, state.plan), "a meeting that only changed a risk is kept")
    }

    @Test func yGivesTheReasonOnTheRisksChange() {
        var state = registerState()
        changeLevel(&state, .residual, to: "2x3")
        send(&state, .giveReason)
        #expect(state.mode.kind == .prompt)
        type(&state, "Bid agreed in principle")
        send(&state, .submit)
        #expect(state.plan.risks[0].history.last?.reason == "Bid agreed in principle")
        #expect(state.mode.kind == .riskRegister)
        #expect(state.plan.outcomes.allSatisfy { $0.actions.allSatisfy { $0.history == ExamplePlan.make().action($0.id)!.history } },
                "no action's history took the reason")
    }

    @Test func theReviewDateChangesWithHistory() {
        var state = registerState()
        send(&state, .risk(.reviewDate))
        #expect(state.promptText == "February 2027")
        send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
        type(&state, "May 2027")
        send(&state, .submit)
        #expect(state.plan.risks[0].reviewDate == "May 2027")
        let entry = try! #require(state.plan.risks[0].history.last)
        #expect(entry.field == .reviewDate)
        #expect(entry.from == "February 2027")
        #expect(entry.to == "May 2027")
        send(&state, .undo)
        #expect(state.plan.risks[0].reviewDate == "February 2027")
    }

    @Test func theHeatMapOpensOnTheHighlightedRisksCellAndSwitchesLevel() {
        var state = registerState()
        send(&state, .risk(.toggleHeatMap))
        guard case .riskRegister(let register) = state.mode else { Issue.record("not in the register"); return }
        #expect(register.view == .heatMap)
        #expect(register.cell == HeatMapCell(likelihood: 3, impact: 3), "R1's residual level")
        send(&state, .risk(.heatLevel(.inherent)), .risk(.moveCell(likelihood: 5, impact: -1)))
        guard case .riskRegister(let moved) = state.mode else { return }
        #expect(moved.heatLevel == .inherent)
        #expect(moved.cell == HeatMapCell(likelihood: 5, impact: 2), "kept on the map")
        send(&state, .risk(.heatLevel(nil)))
        guard case .riskRegister(let next) = state.mode else { return }
        #expect(next.heatLevel == .residual)
        send(&state, .risk(.back))
        #expect(state.mode.kind == .riskRegister)
    }

    @Test func aReadOnlyPlanRefusesALevelChange() {
        var state = registerState()
        state.readOnly = "the file is read-only"
        let plan = state.plan
        send(&state, .risk(.changeLevel))
        #expect(state.mode.kind == .riskRegister)
        #expect(state.flash?.isError == true)
        #expect(state.plan == plan)
    }
}

@Suite struct RiskHeatMapTests {
    @Test func countsEachRiskInItsCellForTheChosenLevel() {
        let plan = ExamplePlan.make()
        let residual = RiskHeatMap(plan, kind: .residual)
        #expect(residual.count(likelihood: 3, impact: 3) == 1)
        #expect(residual.count(likelihood: 4, impact: 2) == 1)
        #expect(residual.count(likelihood: 2, impact: 2) == 1)
        let inherent = RiskHeatMap(plan, kind: .inherent)
        #expect(inherent.count(likelihood: 3, impact: 4) == 1)
        #expect(inherent.count(likelihood: 3, impact: 3) == 1)
        #expect(inherent.count(likelihood: 2, impact: 2) == 0)
        var total = 0
        for l in 1...5 { for i in 1...5 { total += residual.count(likelihood: l, impact: i) } }
        #expect(total == 3)
    }

    @Test func twoRisksInOneCellCountTwoAndARiskWithoutTheLevelIsUnplaced() {
        var plan = ExamplePlan.make()
        plan.risks[1].planned = RiskLevel(likelihood: 2, impact: 3)
        plan.risks[2].planned = nil
        let map = RiskHeatMap(plan, kind: .planned)
        #expect(map.count(likelihood: 2, impact: 3) == 2)
        #expect(map.risks(likelihood: 2, impact: 3) == [0, 1])
        #expect(map.unplaced == [2])
    }
}

@Suite struct RiskDetailTextTests {
    @Test func theDetailWordsLevelsAsCommitteesDoAndShowsWhoChangedWhatInWhichMeeting() {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        state.author = "Sam Patel"
        startMeeting(&state, title: "Partnership board")
        send(&state, .risk(.open), .risk(.pick(offset: 1)), .risk(.changeLevel), .risk(.chooseLevel(.residual)))
        send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
        type(&state, "3x2")
        send(&state, .submit, .giveReason)
        type(&state, "Assessors in post")
        send(&state, .submit)
        let lines = RiskDetailText.lines(for: state.plan.risks[1], in: state, width: 100).map { $0.map(\.text).joined() }
        #expect(lines.contains("  Inherent Risk Level: Likelihood 4 x Impact 3 = Risk Scoring 12 (High Risk)"))
        #expect(lines.contains("  Residual Risk Level: Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate)"))
        #expect(lines.contains("  2.1 Offer every carer who asks an adult carer support plan within 28 days, and review it at least"))
        #expect(lines.contains("  October 2026  (31 Oct 2026)  ⚑ review overdue"))
        #expect(lines.contains("  23 Nov 2026 14:02 · Sam Patel"))
        #expect(lines.contains("    Residual risk L4 × I2 = 8 High → L3 × I2 = 6 Moderate (meeting of 23 Nov 2026)"))
        #expect(lines.contains("    “Assessors in post”"))
    }
}
