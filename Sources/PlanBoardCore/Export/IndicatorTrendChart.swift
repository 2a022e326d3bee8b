/// One indicator's values over its periods as a small inline SVG: the values as a solid line with
/// a dot per value, the targets as a dashed line, with a title and description for screen readers.
enum IndicatorTrendChart {
    static let width = 260.0, height = 70.0, padding = 8.0

    /// The chart, or nil when there are no values or targets to draw. `id` makes the title and
    /// description ids unique on the page.
    static func svg(_ indicator: Indicator, id: String) -> String? {
        let periods = ReportingPeriod.ordered(indicator.periods, by: \.period)
        let values = periods.enumerated().compactMap { i, p in p.actual.map { (i, $0) } }
        let targets = periods.enumerated().compactMap { i, p in p.target.map { (i, $0) } }
        guard !values.isEmpty || !targets.isEmpty else { return nil }
        let all = values.map(\.1) + targets.map(\.1)
        var low = all.min()!, high = all.max()!
        if low == high { low -= 1; high += 1 }
        let steps = max(periods.count - 1, 1)
        func x(_ i: Int) -> String { format(padding + (width - 2 * padding) * Double(i) / Double(steps)) }
        func y(_ v: Double) -> String { format(height - padding - (height - 2 * padding) * (v - low) / (high - low)) }
        let unit = indicator.unit
        let e = HTMLText.escape
        let valueWords = values.map { "\(periods[$0.0].period) \(IndicatorValueText.text($0.1, unit: unit))" }.joined(separator: ", ")
        let targetWords = targets.map { "\(periods[$0.0].period) \(IndicatorValueText.text($0.1, unit: unit))" }.joined(separator: ", ")
        let description = "Values: \(valueWords.isEmpty ? "none yet" : valueWords). Targets: \(targetWords.isEmpty ? "none set" : targetWords)."
        var s = ["<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(format(width))\" height=\"\(format(height))\" "
            + "viewBox=\"0 0 \(format(width)) \(format(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">",
                 "<title id=\"\(id)-title\">Trend of \(e(indicator.name)) against its target</title>",
                 "<desc id=\"\(id)-desc\">\(e(description))</desc>",
                 "<rect x=\"0\" y=\"0\" width=\"\(format(width))\" height=\"\(format(height))\" fill=\"#ffffff\" stroke=\"#d0d0d0\"/>"]
        if targets.count > 1 {
            s.append("<polyline class=\"target\" fill=\"none\" stroke=\"#44546a\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" points=\""
                + targets.map { "\(x($0.0)),\(y($0.1))" }.joined(separator: " ") + "\"/>")
        }
        for (i, v) in targets where targets.count == 1 {
            s.append("<line class=\"target\" x1=\"\(format(padding))\" x2=\"\(format(width - padding))\" y1=\"\(y(v))\" y2=\"\(y(v))\" "
                + "stroke=\"#44546a\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"><title>Target \(e(periods[i].period))</title></line>")
        }
        if values.count > 1 {
            s.append("<polyline class=\"values\" fill=\"none\" stroke=\"#1f3b5c\" stroke-width=\"2\" points=\""
                + values.map { "\(x($0.0)),\(y($0.1))" }.joined(separator: " ") + "\"/>")
        }
        for (i, v) in values {
            s.append("<circle cx=\"\(x(i))\" cy=\"\(y(v))\" r=\"2.5\" fill=\"#1f3b5c\"/>")
        }
        s.append("</svg>")
        return s.joined()
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
