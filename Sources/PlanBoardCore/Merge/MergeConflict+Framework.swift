/// Conflicts on the performance framework: an indicator's field or one period's figures, a risk's
/// field, the plan's risk bands. Read and set through the same tables the merge uses.
extension MergeConflict {
    /// The period of an indicator the conflict is on, as the indicator holds it now.
    private func periodIndex(in indicator: Indicator) -> Int? {
        guard let period else { return nil }
        return indicator.periods.firstIndex { $0.period == period }
    }

    /// `the value for 2024/25`, `the residual level`; nil for a field this planboard does not know.
    var frameworkFieldPhrase: String? {
        switch about {
        case .indicator:
            if let period { return IndicatorPeriod.mergeFields.first { $0.name == field }.map { "\($0.phrase) for \(period)" } }
            return Indicator.mergeFields.first { $0.name == field }?.phrase
        case .risk: return Risk.mergeFields.first { $0.name == field }?.phrase
        case .plan where field == "riskBands": return "the risk bands"
        default: return nil
        }
    }

    /// The field's value in `plan` now, as a person reads it; nil when gone or not known.
    func frameworkCurrent(in plan: Plan) -> String? {
        switch about {
        case .indicator:
            guard let indicator = plan.indicators.first(where: { $0.id.rawValue == id }) else { return nil }
            if period != nil {
                guard let p = periodIndex(in: indicator), let field = IndicatorPeriod.mergeFields.first(where: { $0.name == self.field })
                else { return nil }
                return field.words(indicator.periods[p], indicator.unit)
            }
            return Indicator.mergeFields.first { $0.name == field }?.words(indicator, plan)
        case .risk:
            guard let risk = plan.risks.first(where: { $0.id.rawValue == id }) else { return nil }
            return Risk.mergeFields.first { $0.name == field }?.words(risk, plan)
        default:
            return nil
        }
    }

    /// Sets the chosen value; false when the thing or the period is gone, or the value cannot be read.
    func setFramework(takeOther: Bool, exact: [String]?, words: String, in plan: inout Plan) -> Bool {
        switch about {
        case .indicator:
            guard let i = plan.indicators.firstIndex(where: { $0.id.rawValue == id }) else { return false }
            if period != nil {
                guard let p = periodIndex(in: plan.indicators[i]),
                      let field = IndicatorPeriod.mergeFields.first(where: { $0.name == self.field }) else { return false }
                var changed = plan.indicators[i].periods[p]
                guard field.set(&changed, exact, words) else { return false }
                if field.change == .actual, field.exact(plan.indicators[i].periods[p]) != exact {
                    // The value on the board now is the one whoever entered the chosen side entered.
                    let (by, at) = takeOther ? (otherBy, otherAt) : (keptBy, keptAt)
                    (changed.who, changed.enteredAt, changed.meeting) = (by, at ?? changed.enteredAt, nil)
                }
                plan.indicators[i].periods[p] = changed
                return true
            }
            guard let field = Indicator.mergeFields.first(where: { $0.name == self.field }) else { return false }
            return field.set(&plan.indicators[i], exact, words)
        case .risk:
            guard let r = plan.risks.firstIndex(where: { $0.id.rawValue == id }),
                  let field = Risk.mergeFields.first(where: { $0.name == self.field }) else { return false }
            return field.set(&plan.risks[r], exact, words)
        case .plan where field == "riskBands":
            guard let exact, let bands = RiskBands.fromConflict(exact) else { return false }
            plan.customRiskBands = bands
            return true
        default:
            return false
        }
    }

    /// The history field a choice on this conflict is written under, for the things that keep
    /// history of their own (indicators and risks); nil for anything else.
    var frameworkHistoryField: Change.Field? {
        switch about {
        case .indicator:
            (period == nil ? Indicator.mergeFields.first { $0.name == field }?.change
                : IndicatorPeriod.mergeFields.first { $0.name == field }?.change)
        case .risk: Risk.mergeFields.first { $0.name == field }?.change
        default: nil
        }
    }

    /// Writes `change` (a choice made on this conflict) in the indicator's or risk's history; a
    /// period's figures are written `2024/25: 498`, as recording them on the board writes them.
    func recordInFramework(_ change: Change, in plan: inout Plan) {
        var change = change
        if let period {
            change.from = change.from.isEmpty ? "" : "\(period): \(change.from)"
            change.to = change.to.isEmpty ? "" : "\(period): \(change.to)"
        }
        switch about {
        case .indicator:
            guard let i = plan.indicators.firstIndex(where: { $0.id.rawValue == id }) else { return }
            plan.indicators[i].history.append(change)
        case .risk:
            guard let r = plan.risks.firstIndex(where: { $0.id.rawValue == id }) else { return }
            plan.risks[r].history.append(change)
        default:
            return
        }
    }
}
