import Testing
@testable import PlanBoardCore

/// `b` in the risk register or heat map edits the plan's bands on one line, read strictly: gaps,
/// overlaps and bad numbers are refused saying what is wrong; empty restores the standard matrix.
@Suite struct RiskBandsKeyTests {
    static func asked(heatMap: Bool = false) -> BoardState {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        send(&state, .risk(.open))
        if heatMap { send(&state, .risk(.toggleHeatMap)) }
        #expect(Keymap.message(for: .char("b"), in: state) == .risk(.editBands))
        send(&state, .risk(.editBands))
        return state
    }

    static func answer(_ state: inout BoardState, _ text: String) {
        send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
        type(&state, text)
        send(&state, .submit)
    }

    @Test func theCurrentBandsAreOffered() {
        let state = Self.asked()
        #expect(state.prompt?.question == "Bands:")
        #expect(state.promptText == "1-3 Low, 4-6 Moderate, 8-12 High, 15-25 Very high")
    }

    @Test func newBandsAreSetAndRiskLevelsReadAgainstThem() throws {
        var state = Self.asked(heatMap: true)
        Self.answer(&state, "1-4 Low, 5-9 Moderate, 10-16 High, 20-25 Very high")
        let bands = try #require(state.plan.customRiskBands)
        #expect(bands.bands.map(\.from) == [1, 5, 10, 20])
        #expect(bands.bands.map(\.severity) == [.low, .moderate, .high, .veryHigh])
        #expect(state.plan.riskBands.band(for: 9).name == "Moderate", "R1's residual 3x3 = 9 is Moderate now")
        #expect(state.mode.kind == .heatMap, "back on the heat map")
        #expect(state.flash?.text == "Risk bands set: 1-4 Low, 5-9 Moderate, 10-16 High, 20-25 Very high · 3 risks in another band (u undoes)", "R1 9 and R2 8 now Moderate, R3 4 now Low")
        send(&state, .undo)
        #expect(state.plan.customRiskBands == nil)
    }

    @Test func anEmptyAnswerRestoresTheStandardMatrix() {
        var state = Self.asked()
        Self.answer(&state, "1-9 Green, 10-16 Amber, 20-25 Red")
        #expect(state.plan.customRiskBands?.bands.map(\.severity) == [.low, .moderate, .high])
        send(&state, .risk(.editBands))
        #expect(state.promptText == "1-9 Green, 10-16 Amber, 20-25 Red")
        Self.answer(&state, "")
        #expect(state.plan.customRiskBands == nil)
        #expect(state.flash?.text.hasPrefix("Risk bands back to the standard ones: 1-3 Low") == true)
    }

    @Test(arguments: [
        ("1-3 Low, 5-6 Moderate, 8-25 High", "No band holds a score of 4: make the bands meet."),
        ("1-4 Low, 4-6 Moderate, 8-25 High", "A score of 4 is in both Low and Moderate: bands must not overlap."),
        ("0-3 Low, 4-25 High", "“0-3 Low”: scores run from 1 to 25, lower number first."),
        ("1-3 Low, 4-30 High", "“4-30 High”: scores run from 1 to 25, lower number first."),
        ("1-3 Low, 6-4 High", "“6-4 High”: scores run from 1 to 25, lower number first."),
        ("1-3 Low, four-25 High", "“four-25 High” is not a band: write each as FROM-TO Name, e.g. 1-3 Low, 4-6 Moderate (empty: the standard bands)."),
        ("1-3, 4-25 High", "“1-3” is not a band: write each as FROM-TO Name, e.g. 1-3 Low, 4-6 Moderate (empty: the standard bands)."),
        ("1-3 Low, 4-12 Low, 15-25 High", "Two bands are called Low: give each its own name."),
        ("1-3 High, 4-25 Low", "Low is above High but named as less serious: order them from least to most serious."),
        ("1-3 Low, 4-12 High", "No band holds a score of 15: make the bands meet."),
    ])
    func badBandsAreRefusedSayingWhatIsWrong(typed: String, message: String) {
        var state = Self.asked()
        let before = state.plan
        Self.answer(&state, typed)
        #expect(state.plan == before)
        #expect(state.flash?.isError == true)
        #expect(state.flash?.text == message)
        #expect(state.promptText == typed, "the question stays open with what was typed")
    }

    @Test func scoresNoLevelCanMakeNeedNoBand() {
        #expect(RiskBandsInput.possibleScores == [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25])
        #expect(RiskBandsInput.read("1-3 Low, 4-6 Moderate, 8-12 High, 15-25 Very high") == .success(.standard))
        #expect(RiskBandsInput.read("1–3 Low,4 - 6 Moderate, 8-12 High, 15-25 Very high") == .success(.standard), "en dash and spaces")
    }

    @Test func escLeavesTheBandsAsTheyWere() {
        var state = Self.asked()
        let before = state.plan
        type(&state, "1-25 Everything")
        send(&state, .cancel)
        #expect(state.plan == before)
        #expect(state.flash?.text == "The bands are as they were.")
        #expect(state.mode.kind == .riskRegister)
    }
}
