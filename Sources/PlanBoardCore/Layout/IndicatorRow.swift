/// One indicator as the indicators view lists it: what each column shows, worked out once from
/// the figures, so the widget only chooses which columns fit.
public struct IndicatorRow: Equatable, Sendable {
    /// One bar of the sparkline, and whether that value met its period's target (bars short of
    /// target are drawn dim).
    public struct Bar: Equatable, Sendable {
        public var block: Character
        public var metTarget: Bool
    }

    public var ref: String
    public var name: String
    public var status: IndicatorStatus
    /// True when the board overrode the computed status (marked `*`).
    public var overridden: Bool
    /// `471 / 480`, `n/a / 36%`, `no data / 60%`.
    public var figure: String
    /// The period the latest value is for (`Q2 2026/27`), empty when none.
    public var period: String
    public var bars: [Bar]
    public var trend: IndicatorTrend?
    /// The period due next (`Q3 2026/27`), empty when unknown.
    public var next: String

    /// At most this many of the latest values are drawn.
    public static let sparklineLength = Sparkline.indicatorLength

    public init(_ indicator: Indicator) {
        let assessment = IndicatorAssessment(indicator)
        ref = indicator.ref
        name = indicator.name
        status = assessment.status
        overridden = assessment.overrideStanding.applying != nil
        let latest: String
        if let period = assessment.latest {
            latest = period.actual.map { IndicatorValueText.text($0, unit: indicator.unit) } ?? (period.notAvailable ? "n/a" : "no data")
        } else {
            latest = "no data"
        }
        figure = latest + (assessment.target.map { " / " + IndicatorValueText.text($0, unit: indicator.unit) } ?? "")
        if assessment.latest == nil, let first = ReportingPeriod.ordered(indicator.periods, by: \.period).first(where: { $0.target != nil }),
           let target = first.target {
            figure = "no data / " + IndicatorValueText.text(target, unit: indicator.unit)
        }
        period = assessment.latest?.period ?? ""
        let (measured, line) = Sparkline.of(indicator)
        let blocks = Array(line)
        bars = measured.enumerated().map { i, p in
            let target = IndicatorHistoryText.target(for: p.period, in: indicator)
            let status = IndicatorAssessment.status(actual: p.actual, target: target, better: indicator.better,
                                                    tolerancePercent: 0)
            return Bar(block: blocks[i], metTarget: status == .onTarget || target == nil)
        }
        trend = assessment.trend
        next = assessment.nextDue?.text ?? ""
    }
}
