/// What a terminal below `BoardLayout.minimum` shows instead of a squashed board: its size, the
/// size needed, how to get out and (room allowing) how to see the keys, wrapped to whatever width there is.
struct TooSmallView: Widget {
    func draw(into grid: inout Grid, in rect: Rect) {
        let minimum = BoardLayout.minimum
        let full = ["Terminal too small: \(rect.width)×\(rect.height).",
                    "planboard needs \(minimum.width)×\(minimum.height).",
                    "Enlarge the window; q quits, ? shows the keys."]
        let short = ["Too small: \(rect.width)×\(rect.height)", "Needs \(minimum.width)×\(minimum.height)", "q quits"]
        var lines = Self.wrapped(full, width: rect.width)
        // Short of room, the short form, still naming ? when a line is left for it.
        if lines.count > rect.height { lines = Self.wrapped(short + ["? shows the keys"], width: rect.width) }
        if lines.count > rect.height { lines = Self.wrapped(short, width: rect.width) }
        let top = rect.y + max(0, (rect.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < rect.y + rect.height {
            let x = rect.x + max(0, (rect.width - TextWidth.of(line.text)) / 2)
            grid.put(line.text, x: x, y: top + i, style: line.bold ? .bold : .plain)
        }
    }

    /// The sentences wrapped to `width`, the first in bold.
    private static func wrapped(_ sentences: [String], width: Int) -> [(text: String, bold: Bool)] {
        var lines: [(text: String, bold: Bool)] = []
        for (i, sentence) in sentences.enumerated() {
            for line in TextWrap.wrap(sentence, width: max(1, width)) { lines.append((line, i == 0)) }
        }
        return lines
    }
}
