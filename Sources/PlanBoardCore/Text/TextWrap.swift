/// Breaks text into lines that fit a width in terminal cells: at spaces where it can, inside a
/// word only when the word alone is wider than the line. Newlines in the text always break.
public enum TextWrap {
    /// One wrapped line: its text and where it starts in the original, counted in Characters.
    public struct Line: Equatable, Sendable {
        public var text: String
        /// Offset of the line's first Character in the whole text.
        public var start: Int
        /// Number of Characters of the original the line covers, including the space or newline
        /// it broke at (so `start + length` is the next line's `start`).
        public var length: Int
        public init(text: String, start: Int, length: Int) {
            self.text = text
            self.start = start
            self.length = length
        }
    }

    /// The lines of `text` at `width` cells (at least 1). Empty text gives one empty line.
    public static func lines(_ text: String, width: Int) -> [Line] {
        let width = max(1, width)
        var result: [Line] = []
        let chars = Array(text)
        var paragraphStart = 0
        while true {
            var end = paragraphStart
            while end < chars.count, chars[end] != "\n" { end += 1 }
            wrapParagraph(chars, from: paragraphStart, to: end, width: width, into: &result)
            if end >= chars.count { break }
            result[result.count - 1].length += 1          // the newline belongs to the line it ends
            paragraphStart = end + 1
        }
        return result
    }

    /// Just the texts of `lines(text, width:)`.
    public static func wrap(_ text: String, width: Int) -> [String] { lines(text, width: width).map(\.text) }

    private static func wrapParagraph(_ chars: [Character], from start: Int, to end: Int, width: Int, into result: inout [Line]) {
        if start == end {
            result.append(Line(text: "", start: start, length: 0))
            return
        }
        var lineStart = start
        while lineStart < end {
            var cells = 0
            var i = lineStart
            var lastBreak = -1                       // index of the last space that fits
            while i < end {
                let w = TextWidth.of(chars[i])
                if cells + w > width { break }
                if chars[i] == " " { lastBreak = i }
                cells += w
                i += 1
            }
            if i >= end {
                result.append(Line(text: String(chars[lineStart..<end]), start: lineStart, length: end - lineStart))
                return
            }
            if chars[i] == " " {
                // The line fits exactly and a space follows: break there, the space goes with this line.
                result.append(Line(text: String(chars[lineStart..<i]), start: lineStart, length: i + 1 - lineStart))
                lineStart = i + 1
            } else if lastBreak >= lineStart {
                result.append(Line(text: String(chars[lineStart..<lastBreak]), start: lineStart, length: lastBreak + 1 - lineStart))
                lineStart = lastBreak + 1
            } else {
                let cut = max(i, lineStart + 1)     // a character wider than the line still takes a line
                result.append(Line(text: String(chars[lineStart..<cut]), start: lineStart, length: cut - lineStart))
                lineStart = cut
            }
        }
    }

    /// `text` cut to `width` cells, ending in `…` when anything was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if TextWidth.of(text) <= width { return text }
        return withEllipsis(text, width: width)
    }

    /// At most `maxLines` wrapped lines; when text is left over, the last line ends in `…`.
    public static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        var all = wrap(text, width: width)
        guard all.count > maxLines, maxLines > 0 else { return all }
        all.removeLast(all.count - maxLines)
        let last = all[maxLines - 1]
        all[maxLines - 1] = withEllipsis(last, width: width)
        return all
    }

    /// `text` followed by `…`, cut so the whole still fits in `width` cells.
    static func withEllipsis(_ text: String, width: Int) -> String {
        if TextWidth.of(text) < width { return text + "…" }
        var out = ""
        var cells = 0
        for ch in text {
            let w = TextWidth.of(ch)
            if cells + w > width - 1 { break }
            out.append(ch)
            cells += w
        }
        return out + "…"
    }
}
