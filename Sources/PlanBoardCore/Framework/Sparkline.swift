/// A trend drawn in one row of block characters (`▁▂▃▄▅▆▇█`), one per value, scaled between
/// `low` and `high` so a target can share the scale with the values. Pure, below the board and
/// the reports, so the indicators view and the Word report draw the same line.
public enum Sparkline {
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// At most this many of an indicator's latest values are drawn.
    public static let indicatorLength = 8

    /// One block per value; all the middle block when the range is empty (every value the same).
    public static func text(_ values: [Double], low: Double, high: Double) -> String {
        String(values.map { value -> Character in
            guard high > low else { return blocks[3] }
            let fraction = min(1, max(0, (value - low) / (high - low)))
            return blocks[Int((fraction * Double(blocks.count - 1)).rounded())]
        })
    }

    /// An indicator's latest measured periods (at most `indicatorLength`, in period order) and a
    /// block for each, on one scale with the targets that apply to them.
    public static func of(_ indicator: Indicator) -> (periods: [IndicatorPeriod], text: String) {
        let measured = Array(ReportingPeriod.ordered(indicator.periods, by: \.period).filter { $0.actual != nil }
            .suffix(indicatorLength))
        let values = measured.compactMap(\.actual)
        let targets = measured.compactMap { IndicatorHistoryText.target(for: $0.period, in: indicator) }
        let low = (values + targets).min() ?? 0, high = (values + targets).max() ?? 0
        return (measured, text(values, low: low, high: high))
    }
}
