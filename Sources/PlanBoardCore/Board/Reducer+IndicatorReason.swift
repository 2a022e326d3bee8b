/// `y` after a target or tolerance change in the indicators view: why it moved, stored on the change
/// so the minutes carry it, as ratings and risk levels do (see `ReasonOffer`).
extension Reducer {
    /// Offers `y` for the last `field` entry of `indicator`'s history, just made; `summary` names
    /// the change in the question, `said` is what the status line says was done.
    static func offerIndicatorReason(_ state: inout BoardState, _ indicator: Indicator, field: Change.Field,
                                     summary: String, said: String) {
        guard let entry = indicator.history.lastIndex(where: { $0.field == field }) else { return }
        let change = indicator.history[entry]
        state.reasonOffer = ReasonOffer(action: state.selectedAction?.id ?? Action.ID(""), entry: entry, field: field,
                                        at: change.at, summary: summary, ref: indicator.refOrName, indicator: indicator.id)
        state.flash = .init("\(said) · y: why?")
    }

    /// The offered indicator change, if it is still in the plan as it was made.
    static func offeredIndicatorChange(_ plan: Plan, _ id: Indicator.ID, _ offer: ReasonOffer) -> Change? {
        guard let indicator = plan.indicators.first(where: { $0.id == id }), indicator.history.indices.contains(offer.entry) else { return nil }
        let change = indicator.history[offer.entry]
        return change.field == offer.field && change.at == offer.at ? change : nil
    }

    /// Stores the reason on the offered target change and the stretch change made with it (one
    /// question, one answer), or on the offered tolerance change; no undo step of its own: `u`
    /// undoes both.
    static func noteIndicatorReason(_ state: inout BoardState, _ id: Indicator.ID, _ offer: ReasonOffer, _ reason: String) -> [Effect] {
        guard offeredIndicatorChange(state.plan, id, offer) != nil,
              let index = state.plan.indicators.firstIndex(where: { $0.id == id }) else {
            state.flash = .init("That change has been undone; no reason stored.", isError: true)
            return []
        }
        let new = reason.isEmpty ? nil : reason
        let history = state.plan.indicators[index].history
        // The target and stretch entries written by the same `t`; the tolerance entry of a `T`.
        let fields: Set<Change.Field> = offer.field == .tolerance ? [.tolerance] : [.target, .stretch]
        let entries = history.indices.filter { i in fields.contains(history[i].field) && history[i].at == offer.at }
        guard entries.contains(where: { history[$0].reason != new }) else {
            state.flash = .init(reason.isEmpty ? "No reason given for \(offer.described)." : "The reason for \(offer.described) is as it was.")
            return []
        }
        for i in entries { state.plan.indicators[index].history[i].reason = new }
        state.flash = .init(reason.isEmpty ? "No reason stored for \(offer.described)." : "Reason noted for \(offer.described): “\(reason)”")
        state.saveStatus = .saving
        return [.save(state.plan)]
    }
}
