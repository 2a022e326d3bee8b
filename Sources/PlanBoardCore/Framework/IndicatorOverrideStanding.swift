/// Whether an indicator's status override still applies. The board overrides the status of the
/// figures in front of it: an override is given for the latest period recorded then, and lapses
/// once a later period's value (or "not yet available") is recorded, so the computed status shows
/// again and the override stays visible as lapsed.
public enum IndicatorOverrideStanding: Equatable, Sendable {
    /// No override.
    case none
    /// The override applies: the status shown is the board's, for the period it was given for.
    case applies(IndicatorStatusOverride, period: String)
    /// A later period was recorded after it: the computed status shows again.
    case lapsed(LapsedIndicatorOverride)

    /// How `indicator`'s override stands against its periods (`ordered` is them in time order).
    init(_ indicator: Indicator, ordered: [IndicatorPeriod]) {
        guard let override = indicator.statusOverride else { self = .none; return }
        let recorded = ordered.filter { $0.actual != nil || $0.notAvailable }
        let givenFor = Self.period(of: override, recorded: recorded)
        guard let latest = recorded.last, Self.isLater(latest.period, than: givenFor, in: ordered) else {
            self = .applies(override, period: givenFor)
            return
        }
        self = .lapsed(LapsedIndicatorOverride(override: override, period: givenFor, lapsedBy: latest.period))
    }

    /// The period the override was given for: as stored, else (files from before it was kept) the
    /// latest period recorded by the time it was given; empty when none had been.
    static func period(of override: IndicatorStatusOverride, recorded: [IndicatorPeriod]) -> String {
        if let period = override.period { return period }
        return recorded.last { $0.enteredAt.map { $0 <= override.at } ?? true }?.period ?? ""
    }

    /// True when `period` comes after `givenFor`: later in the indicator's time order, or ending
    /// later when `givenFor` is no longer one of its periods. Any period is later than none ("").
    private static func isLater(_ period: String, than givenFor: String, in ordered: [IndicatorPeriod]) -> Bool {
        if givenFor.isEmpty { return true }
        if ReportingPeriod.same(period, givenFor) { return false }
        let index = { (text: String) in ordered.firstIndex { ReportingPeriod.same($0.period, text) } }
        if let a = index(period), let b = index(givenFor) { return a > b }
        guard let end = ReportingPeriod(period).end, let before = ReportingPeriod(givenFor).end else { return false }
        return end > before
    }

    /// The override that applies, if any.
    public var applying: IndicatorStatusOverride? {
        if case .applies(let override, _) = self { return override }
        return nil
    }

    /// The override that has lapsed, if any.
    public var lapsed: LapsedIndicatorOverride? {
        if case .lapsed(let lapsed) = self { return lapsed }
        return nil
    }
}

/// An override a later period's figures have replaced, and the words that say so.
public struct LapsedIndicatorOverride: Equatable, Sendable {
    public var override: IndicatorStatusOverride
    /// The period it was given for (`2022/23`); empty when no period had been recorded.
    public var period: String
    /// The later period whose recording lapsed it (`2023/24`).
    public var lapsedBy: String

    /// `override for 2022/23 lapsed when 2023/24 was recorded`.
    public var words: String {
        let given = period.isEmpty ? "override given before any value" : "override for \(period)"
        return "\(given) lapsed when \(lapsedBy) was recorded"
    }
}
