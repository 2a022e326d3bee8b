/// Shortening one line of text to a width without cutting a word in two, for the status line and
/// the header on a narrow screen.
public enum WordCut {
    /// The leading words of `text` that fit in `width` with `…` after them, or nil when not even the
    /// first word does.
    public static func words(_ text: String, width: Int) -> String? {
        var kept = ""
        for word in text.split(separator: " ") {
            let longer = kept.isEmpty ? String(word) : kept + " " + word
            guard TextWidth.of(longer) + 1 <= width else { break }
            kept = longer
        }
        return kept.isEmpty ? nil : kept + "…"
    }

    /// `text` when it fits, else cut after a whole word with `…` (a single word too long is cut where it must be).
    public static func cut(_ text: String, width: Int) -> String {
        TextWidth.of(text) <= width ? text : words(text, width: width) ?? TextWrap.truncate(text, width: width)
    }

    /// `text` when it fits; else without its bracketed asides (`value (498, 29.1%, n/a):` becomes
    /// `value:`) when that fits; else cut after a whole word with `…`; a single word too long for
    /// the width is cut where it must be.
    public static func line(_ text: String, width: Int) -> String {
        if TextWidth.of(text) <= width { return text }
        let plain = withoutAsides(text)
        if plain != text, TextWidth.of(plain) <= width { return plain }
        return words(plain, width: width) ?? TextWrap.truncate(plain, width: width)
    }

    /// `text` without its ` (…)` asides; an aside not closed is kept.
    static func withoutAsides(_ text: String) -> String {
        var out = ""
        var aside = ""
        var depth = 0
        for ch in text {
            if ch == "(" {
                if depth == 0, out.last == " " { out.removeLast(); aside = " " }
                depth += 1
            }
            if depth > 0 { aside.append(ch) } else { out.append(ch) }
            if ch == ")", depth > 0 {
                depth -= 1
                if depth == 0 { aside = "" }
            }
        }
        return out + aside
    }
}
