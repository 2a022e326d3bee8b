/// What the board needs to know of an indicator at a glance, worked out from its periods: the
/// latest value against its target, the status, the direction since the value before, and what is
/// due next.
public struct IndicatorAssessment: Equatable, Sendable {
    /// The latest period with a value (or marked "not available"), in time order.
    public var latest: IndicatorPeriod?
    /// The period before `latest` that has a value, for the direction.
    public var previous: IndicatorPeriod?
    /// The target for the latest value: that period's own, else the nearest earlier target.
    public var target: Double?
    /// The status worked out from the figures, before any override.
    public var computedStatus: IndicatorStatus
    /// The status shown: the board's override while it applies, else the computed one.
    public var status: IndicatorStatus
    /// Whether the board's override applies, has lapsed (a later period was recorded), or there is none.
    public var overrideStanding: IndicatorOverrideStanding
    /// Whether the latest value is better, worse or the same as the one before (nil with fewer than two).
    public var trend: IndicatorTrend?
    /// Values in time order, for a sparkline (periods without a value left out).
    public var values: [Double]
    /// The next period a value is due for, given the frequency.
    public var nextDue: ReportingPeriod?

    public init(_ indicator: Indicator) {
        let ordered = ReportingPeriod.ordered(indicator.periods, by: \.period)
        let recorded = ordered.filter { $0.actual != nil || $0.notAvailable }
        latest = recorded.last
        let withValues = ordered.filter { $0.actual != nil }
        values = withValues.compactMap(\.actual)
        if let latest, latest.actual != nil, withValues.count >= 2 {
            previous = withValues[withValues.count - 2]
        } else if let latest, latest.actual == nil {
            previous = withValues.last
        }
        target = Self.target(for: latest, in: ordered)
        computedStatus = Self.status(actual: latest?.actual, target: target, better: indicator.better,
                                     tolerancePercent: indicator.tolerancePercent)
        overrideStanding = IndicatorOverrideStanding(indicator, ordered: ordered)
        status = overrideStanding.applying?.status ?? computedStatus
        if let now = latest?.actual, let before = previous?.actual, latest?.actual != nil {
            trend = IndicatorTrend(from: before, to: now, better: indicator.better)
        }
        nextDue = Self.nextDue(after: latest ?? ordered.first, ordered: ordered, frequency: indicator.frequency)
    }

    /// On target when the value meets or beats the target; near target when short by no more than
    /// `tolerancePercent` of the target; off target beyond that; no data without both numbers.
    public static func status(actual: Double?, target: Double?, better: IndicatorDirection,
                              tolerancePercent: Double) -> IndicatorStatus {
        guard let actual, let target else { return .noData }
        let shortfall = better == .higher ? target - actual : actual - target
        if shortfall <= 0 { return .onTarget }
        let tolerance = abs(target) * max(0, tolerancePercent) / 100
        return shortfall <= tolerance ? .nearTarget : .offTarget
    }

    /// The latest period's own target, else the last target set for an earlier period.
    private static func target(for latest: IndicatorPeriod?, in ordered: [IndicatorPeriod]) -> Double? {
        guard let latest else { return nil }
        if let own = latest.target { return own }
        guard let index = ordered.firstIndex(of: latest) else { return nil }
        return ordered[..<index].last { $0.target != nil }?.target
    }

    /// The period one frequency after the latest recorded one (a value or "not available": both
    /// are a report, so the next due moves on), written as the plan lists it when it does. A listed
    /// period between the two is a target off the frequency (a sheet's yearly targets for a
    /// biennial survey), not a due date. With no report yet, the first listed period; when the
    /// latest names no date, the first listed period after it with nothing recorded.
    private static func nextDue(after latest: IndicatorPeriod?, ordered: [IndicatorPeriod],
                                frequency: IndicatorFrequency) -> ReportingPeriod? {
        guard let latest else { return nil }
        if latest.actual == nil, !latest.notAvailable { return ReportingPeriod(latest.period) }
        let open = ordered.firstIndex(of: latest).map { index in
            ordered[(index + 1)...].filter { $0.actual == nil && !$0.notAvailable }
        } ?? []
        guard let step = ReportingPeriod(latest.period).advanced(byMonths: frequency.months) else {
            return open.first.map { ReportingPeriod($0.period) }
        }
        if let listed = open.first(where: { ReportingPeriod.same($0.period, step.text) }) { return ReportingPeriod(listed.period) }
        return step
    }
}

/// Which way an indicator moved since its value before, judged by what "better" means for it.
public enum IndicatorTrend: Equatable, Sendable {
    case better, worse, same

    init(from before: Double, to now: Double, better direction: IndicatorDirection) {
        if now == before { self = .same; return }
        let up = now > before
        self = (up == (direction == .higher)) ? .better : .worse
    }

    /// `↑` better, `↓` worse, `→` unchanged: the arrow says better or worse, not up or down.
    public var arrow: String {
        switch self {
        case .better: "↑"
        case .worse: "↓"
        case .same: "→"
        }
    }

    public var word: String {
        switch self {
        case .better: "better"
        case .worse: "worse"
        case .same: "no change"
        }
    }
}
