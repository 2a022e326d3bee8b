/// The RAG ratings of each outcome drawn as horizontal stacked bars, in inline SVG.
///
/// Each segment carries its letter and count as text, so the chart still reads when printed in
/// black and white or seen by someone who cannot tell red from green.
enum RAGChart {
    /// An outcome's name beside its bar, and in full as the bar's tooltip.
    struct Label {
        var short: String
        var full: String
    }

    static let order: [RAG] = [.red, .amber, .green, .blue, .unrated]

    static func fill(_ rag: RAG) -> String {
        switch rag {
        case .red: "#b3261e"
        case .amber: "#f0a202"
        case .green: "#2e7d32"
        case .blue: "#1f5fa8"
        case .unrated: "#c9c9c9"
        }
    }

    static func ink(_ rag: RAG) -> String { rag == .red || rag == .green || rag == .blue ? "#ffffff" : "#1a1a1a" }

    /// An SVG of one bar per outcome; `labels` and `counts` are in plan order.
    static func svg(labels: [Label], counts: [RAGCounts]) -> String {
        let labelWidth = 230.0, barWidth = 386.0, totalWidth = 60.0, rowHeight = 26.0, barHeight = 18.0
        let width = labelWidth + barWidth + totalWidth
        let height = rowHeight * Double(max(counts.count, 1)) + 8
        let largest = Double(max(counts.map(\.total).max() ?? 0, 1))
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
                + "width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-labelledby=\"chart-title\">",
            "<title id=\"chart-title\">RAG ratings of the actions in each outcome</title>",
        ]
        for (row, (label, count)) in zip(labels, counts).enumerated() {
            let y = 4 + Double(row) * rowHeight
            let middle = y + barHeight / 2 + 4
            parts.append("<text x=\"0\" y=\"\(n(middle))\" class=\"chart-label\"><title>\(HTMLText.escape(label.full))</title>"
                + "\(HTMLText.escape(label.short))</text>")
            var x = labelWidth
            for rag in order where count[rag] > 0 {
                let w = barWidth * Double(count[rag]) / largest
                parts.append("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(barHeight))\" "
                    + "fill=\"\(fill(rag))\" stroke=\"#ffffff\" stroke-width=\"1\"><title>\(rag.word): \(count[rag])</title></rect>")
                let text = w >= 34 ? "\(rag == .unrated ? "–" : rag.letter) \(count[rag])" : w >= 16 ? "\(count[rag])" : ""
                if !text.isEmpty {
                    parts.append("<text x=\"\(n(x + w / 2))\" y=\"\(n(middle))\" text-anchor=\"middle\" "
                        + "class=\"chart-count\" fill=\"\(ink(rag))\">\(text)</text>")
                }
                x += w
            }
            parts.append("<text x=\"\(n(x + 6))\" y=\"\(n(middle))\" class=\"chart-total\">\(count.total)</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// A coordinate with at most one decimal, so output is stable and short.
    private static func n(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
