import Testing
@testable import PlanBoardCore

/// `v` and `t` ask the figure first, with nothing offered, then the period with the one due
/// offered: a chair typing "500 Enter" records 500, never a period called "500", and keys typed
/// without a pause land in the question they were meant for.
@Suite struct ValueFirstTests {
    /// Each key as the terminal sends it, through the keymap, with no pause between them.
    static func press(_ state: inout BoardState, _ keys: [Key]) {
        for key in keys {
            if let message = Keymap.message(for: key, in: state) { send(&state, message) }
        }
    }

    static func chars(_ text: String) -> [Key] { text.map { Key.char($0) } }

    @Test func fiveHundredEnterAtOnceIsTheValueForThePeriodDue() throws {
        var state = IndicatorReducerTests.inView()
        Self.press(&state, [.char("v")] + Self.chars("500") + [.enter, .enter, .enter])
        let pi1 = state.plan.indicators[0]
        #expect(!pi1.periods.contains { $0.period == "500" })
        #expect(pi1.periods.first { $0.period == "Q3 2026/27" }?.actual == 500)
        #expect(state.mode.kind == .indicators)
    }

    @Test func aPeriodTypedFastAfterTheValueReplacesTheOneOffered() {
        var state = IndicatorReducerTests.inView()
        Self.press(&state, [.char("v")] + Self.chars("31") + [.enter] + Self.chars("2023/24") + [.enter] + Self.chars("late") + [.enter])
        let period = state.plan.indicators[0].periods.first { $0.period == "2023/24" }
        #expect(period?.actual == 31)
        #expect(period?.note == "late")
    }

    @Test func aFigureTypedWhereThePeriodIsAskedIsRefused() {
        var state = IndicatorReducerTests.inView()
        let before = state.plan
        Self.press(&state, [.char("v")] + Self.chars("500") + [.enter] + Self.chars("510") + [.enter])
        #expect(state.flash?.text == "“510” is a figure, not a period: type the period (Q3 2026/27, 2026/27).")
        #expect(state.flash?.isError == true)
        #expect(state.promptText == "510", "the question stays open with what was typed")
        Self.press(&state, [.enter])
        #expect(state.promptText == "510", "Enter again does not take it either")
        #expect(state.plan == before)
    }

    @Test func theTargetIsAskedFirstToo() throws {
        var state = IndicatorReducerTests.inView()
        Self.press(&state, [.char("t")])
        #expect(state.promptText == "")
        #expect(state.prompt?.question == "PI1 target?")
        Self.press(&state, Self.chars("515") + [.enter])
        #expect(state.prompt?.question == "PI1 target 515 for which period?")
        #expect(state.promptText == "Q3 2026/27")
        Self.press(&state, [.enter, .enter])
        #expect(state.plan.indicators[0].periods.first { $0.period == "Q3 2026/27" }?.target == 515)
    }

    @Test func theHintLineSaysWhatEnterDoesAtEachStep() {
        var state = IndicatorReducerTests.inView()
        Self.press(&state, [.char("v")])
        #expect(Keymap.hints(for: state).first?.text == "next: the period")
        Self.press(&state, Self.chars("12") + [.enter])
        #expect(Keymap.hints(for: state).first?.text == "next: a note")
        #expect(Keymap.hints(for: state).contains { $0.label == "type" && $0.text == "to replace" })
    }

    @Test func aPeriodTypedWhereTheValueIsAskedSaysTheValueComesFirst() {
        var state = IndicatorReducerTests.inView()
        let before = state.plan
        Self.press(&state, [.char("v")] + Self.chars("2023/24") + [.enter])
        #expect(state.flash?.text == "“2023/24” is a period: type the value first; the period is asked next.")
        #expect(state.promptText == "2023/24")
        #expect(state.plan == before)
    }

    /// At 60 columns the line under each question still says what Enter does there.
    @Test func everyStepsHintLineKeepsEnterAtSixtyColumns() {
        var state = IndicatorReducerTests.inView()
        state.size = Size(width: 60, height: 20)
        let steps: [[Key]] = [[.char("v")], Self.chars("40") + [.enter], [.enter], [.enter],
                              [.char("t")], Self.chars("30") + [.enter], [.enter], [.enter],
                              [.char("T")]]
        for keys in steps {
            Self.press(&state, keys)
            guard case .prompt = state.mode else { continue }
            let bottom = BoardView.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
            #expect(bottom.contains("Enter "), "\(state.prompt?.question ?? ""): \(bottom)")
        }
    }
}
