/// The performance framework's marks on a card: `!` when a High or Very high risk names the action
/// among its mitigating actions, and milestone progress `1/3`, followed by `⚠` (as an overdue
/// deadline is flagged) when an open milestone's date has passed. Symbols, not colour alone.
extension CardMarks {
    /// The mark for an action linked to a serious risk.
    static let riskMark = "!"

    /// The marks as styled runs (empty when the action has neither).
    static func framework(for action: Action, _ context: Context, selected: Bool) -> StyledLine {
        let base: Style = selected ? .reverse : .plain
        var out: StyledLine = []
        if context.riskLinked.contains(action.id) {
            out.append(Span(riskMark, selected ? base.with(bold: true) : Style(foreground: .red, bold: true)))
        }
        if !action.milestones.isEmpty {
            let progress = MilestoneProgress(action.milestones, today: context.today)
            if !out.isEmpty { out.append(Span(" ", base)) }
            out.append(Span(progress.fraction, base))
            if progress.overdue > 0 { out.append(Span("⚠", selected ? base.with(bold: true) : .error)) }
        }
        return out
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
