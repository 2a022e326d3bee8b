/// An indicator's figures written with their unit, as the board and reports show them.
public enum IndicatorValueText {
    /// `29.1%`, `£1,250`, `12.4`, `412`.
    public static func text(_ value: Double, unit: IndicatorUnit) -> String {
        switch unit {
        case .percentage: NumberText.plain(value) + "%"
        case .money: (value < 0 ? "-£" : "£") + NumberText.grouped(abs(value))
        case .number, .rate: NumberText.grouped(value)
        }
    }

    /// The latest value or why there is none: `31.6%`, `not yet available`, `no data`.
    public static func latest(_ period: IndicatorPeriod?, unit: IndicatorUnit) -> String {
        guard let period else { return "no data" }
        if let actual = period.actual { return text(actual, unit: unit) }
        return period.notAvailable ? "not yet available" : "no data"
    }

    /// Reads a figure as typed or as a sheet writes it (`29.1%`, `£1,250`, `1,250.5`, ` 37 `);
    /// nil when it is not a number.
    public static func parse(_ typed: String) -> Double? {
        var text = typed.trimmingWhitespace()
        for mark in ["%", "£", ","] { text = text.replacingAll(mark, with: "") }
        text = text.trimmingWhitespace()
        guard !text.isEmpty, let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
