/// `T` in the indicators view: how far short of its target, in percent of the target, an
/// indicator is still "near target" (amber). `y` then asks why. One undo step, in the indicator's history with the
/// running meeting and the author, saved at once.
extension Reducer {
    /// The widest tolerance taken: beyond the whole target, "near" would mean nothing.
    static let toleranceRange = 0.0...100.0

    /// Asks for the highlighted indicator's tolerance, the current one offered.
    static func askTolerance(_ state: inout BoardState) {
        guard case .indicators(let browse) = state.mode, let indicator = selectedIndicator(state) else {
            state.flash = .init("No indicator to set a tolerance for.")
            return
        }
        ask(&state, .indicator(IndicatorQuestion(indicator: indicator.id, step: .tolerance)),
            question: "\(indicator.refOrName) tolerance (% of target still near):",
            text: NumberText.plain(indicator.tolerancePercent) + "%", returnTo: .indicators(browse))
    }

    /// Enter on the tolerance: a percentage from 0 to 100, else the question stays open saying why.
    static func answerTolerance(_ state: inout BoardState, _ prompt: Prompt, _ indicator: Indicator, text: String,
                                now: Timestamp) -> [Effect] {
        guard let percent = IndicatorValueText.parse(text), toleranceRange.contains(percent) else {
            let shown = text.isEmpty ? "Nothing" : "“\(text)”"
            return stay(&state, prompt, "\(shown) is not a tolerance: type a percentage of the target from 0 to 100, such as 5 or 7.5.")
        }
        let words = { (value: Double) in NumberText.plain(value) + "%" }
        guard percent != indicator.tolerancePercent else {
            state.flash = .init("\(indicator.refOrName) tolerance is already \(words(percent)) of the target.")
            return []
        }
        var updated = indicator
        updated.tolerancePercent = percent
        updated.history.append(stamped(Change(at: now, field: .tolerance, from: words(indicator.tolerancePercent), to: words(percent)), state))
        var summary = "\(indicator.refOrName) tolerance \(words(indicator.tolerancePercent)) → \(words(percent)) of the target"
        let assessment = IndicatorAssessment(updated)
        if let target = assessment.target {
            // What it means in the indicator's own unit, against the target in front of the board.
            let margin = abs(target) * percent / 100
            // A percentage's margin is in points: "within 1.8 points of 36%", not "1.8% of 36%".
            let within = updated.unit == .percentage ? "\(NumberText.plain(margin)) points"
                                                     : IndicatorValueText.text(margin, unit: updated.unit)
            summary += " (near target: within \(within) of \(IndicatorValueText.text(target, unit: updated.unit)))"
        }
        let before = IndicatorAssessment(indicator).computedStatus
        if before != assessment.computedStatus {
            summary += " · now \(assessment.computedStatus.word.lowercased())"
        }
        let effects = replaceIndicator(&state, updated, summary: summary)
        // Moving the line between "near" and "off" wants a reason in the minutes, as a target does.
        offerIndicatorReason(&state, updated, field: .tolerance,
                             summary: "\(indicator.refOrName) tolerance \(words(indicator.tolerancePercent)) → \(words(percent))",
                             said: summary)
        return effects
    }
}
