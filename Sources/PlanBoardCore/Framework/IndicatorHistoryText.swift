/// How an indicator's history entries write a period's figures (`Q3 2026/27: 498`), and reading
/// them back for the minutes: one definition, so the board and the minutes agree.
public enum IndicatorHistoryText {
    /// The value of a period known not to exist yet.
    public static let notAvailable = "not yet available"

    /// After the status in the history entry of an override that lapsed: `Off target (computed, override lapsed)`.
    public static let overrideLapsed = "(computed, override lapsed)"

    /// The period's value as the history writes it: `498`, `29.1%`, `not yet available`; nil when none.
    public static func value(of period: IndicatorPeriod, unit: IndicatorUnit) -> String? {
        if let actual = period.actual { return IndicatorValueText.text(actual, unit: unit) }
        return period.notAvailable ? notAvailable : nil
    }

    /// Splits `Q3 2026/27: 498` into the period and what follows; nil when there is no period.
    public static func split(_ text: String) -> (period: String, value: String)? {
        guard let colon = text.range(of: ": ") else { return nil }
        return (String(text[..<colon.lowerBound]), String(text[colon.upperBound...]))
    }

    /// The target that applies to `period`: its own, else the last set for an earlier period.
    public static func target(for period: String, in indicator: Indicator) -> Double? {
        let ordered = ReportingPeriod.ordered(indicator.periods, by: \.period)
        guard let index = ordered.firstIndex(where: { ReportingPeriod.same($0.period, period) }) else { return nil }
        if let own = ordered[index].target { return own }
        return ordered[..<index].last { $0.target != nil }?.target
    }
}
