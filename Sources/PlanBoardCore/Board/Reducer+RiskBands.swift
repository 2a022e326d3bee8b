/// `b` in the risk register or its heat map: the plan's risk bands, edited on one line
/// (`1-3 Low, 4-6 Moderate, 8-12 High, 15-25 Very high`), read strictly by `RiskBandsInput`. One
/// undo step, saved at once; an empty answer restores the standard 5×5 matrix.
extension Reducer {
    /// Asks for the bands, the current ones offered to edit.
    static func askRiskBands(_ state: inout BoardState, _ register: RiskRegister) {
        ask(&state, .riskBands, question: "Bands:", text: RiskBandsInput.text(state.plan.riskBands), returnTo: .risks(register))
    }

    /// Enter on the bands: refused with what is wrong (the question stays open with the text), or set.
    static func answerRiskBands(_ state: inout BoardState, _ prompt: Prompt, text: String, now: Timestamp) -> [Effect] {
        let new: RiskBands?
        switch RiskBandsInput.read(text) {
        case .failure(let problem):
            state.mode = .prompt(prompt)
            state.flash = .init(problem.description, isError: true)
            return []
        case .success(.standard): new = nil
        case .success(.bands(let bands)): new = bands
        }
        let before = state.plan.riskBands
        guard new != state.plan.customRiskBands else {
            state.flash = .init("The bands are as they were: \(RiskBandsInput.text(before)).")
            return []
        }
        let after = new ?? .standard
        let moved = state.plan.risks.filter { risk in
            risk.currentLevel.map { before.band(for: $0.score).name != after.band(for: $0.score).name } ?? false
        }.count
        var summary = new == nil ? "Risk bands back to the standard ones: " : "Risk bands set: "
        summary += RiskBandsInput.text(after)
        if moved > 0 { summary += " · \(moved) risk\(moved == 1 ? "" : "s") in another band (u undoes)" }
        // Recorded, with the meeting and who, so the minutes say the bands changed.
        let record = stamped(Change(at: now, field: .riskBands, from: RiskBandsInput.text(before),
                                    to: RiskBandsInput.text(after)), state)
        return changePlan(&state, selecting: state.selectedAction?.id, summary: summary) { plan in
            plan.customRiskBands = new
            plan.riskBandsHistory.append(record)
        }
    }
}
