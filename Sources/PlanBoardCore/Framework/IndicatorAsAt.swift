/// An indicator as it stood at a moment: its figures, targets and tolerance with every later
/// change in its history taken back. The minutes judge a value against the target its period had
/// when the value was recorded, not one set at a later meeting.
extension Indicator {
    /// The indicator with the history entries made after `moment` undone, latest first. Entries
    /// that do not name a period's figures (notes, overrides) leave it as it is.
    public func asAt(_ moment: Timestamp) -> Indicator {
        var then = self
        for change in history.reversed() where change.at > moment {
            then.undo(change)
        }
        return then
    }

    /// Puts back what `change` replaced.
    private mutating func undo(_ change: Change) {
        switch change.field {
        case .actual, .target, .stretch:
            guard let period = (IndicatorHistoryText.split(change.to) ?? IndicatorHistoryText.split(change.from))?.period,
                  let p = periods.firstIndex(where: { ReportingPeriod.same($0.period, period) }) else { return }
            let was = IndicatorHistoryText.split(change.from)?.value
            let figure = was.flatMap(IndicatorValueText.parse)
            switch change.field {
            case .actual:
                periods[p].actual = figure
                periods[p].notAvailable = was == IndicatorHistoryText.notAvailable
            case .target: periods[p].target = figure
            default: periods[p].stretch = figure
            }
        case .tolerance:
            if let percent = IndicatorValueText.parse(change.from) { tolerancePercent = percent }
        default:
            break
        }
    }
}
