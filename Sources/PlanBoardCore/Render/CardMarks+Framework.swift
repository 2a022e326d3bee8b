/// The performance framework's marks on a card: `!` when a High or Very high risk names the action
/// among its mitigating actions, and milestone progress `1/3`, followed by `⚠` (as an overdue
/// deadline is flagged) when an open milestone's date has passed. Symbols, not colour alone.
extension CardMarks {
    /// The mark for an action linked to a serious risk.
    static let riskMark = "!"

    /// The marks as styled runs (empty when the action has neither).
    static func framework(for action: Action, _ context: Context, selected: Bool) -> StyledLine {
        let marks = CardFirstLine.marks(for: action, context, selected: selected).filter { $0.group == .framework }
        return Array(CardFirstLine.line(marks, base: selected ? .reverse : .plain).dropFirst())
    }

    /// Every action a High or Very high risk (by its current level) names among its mitigating actions.
    static func seriouslyAtRisk(_ plan: Plan) -> Set<Action.ID> {
        var linked = Set<Action.ID>()
        for risk in plan.risks {
            guard let level = risk.currentLevel, plan.riskBands.band(for: level.score).severity.isSerious else { continue }
            linked.formUnion(risk.actions)
        }
        return linked
    }
}
