/// Makes plan text safe to put on a terminal: control characters become visible symbols (`␛`,
/// `␇`) and invisible characters that reorder or hide text become named marks (`⟨RLO⟩`), so a
/// field can never move the cursor, change colours, set the title or read differently from what
/// it holds. The board, the command line and the lock message all go through here.
public enum VisibleText {
    /// The symbol shown for a control character (C0, DEL, C1), or the scalar itself otherwise.
    public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        switch v {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + v)!   // ␀ … ␟ (␛ for ESC, ␉ for tab)
        case 0x7F: return "\u{2421}"                           // ␡
        case 0x80...0x9F: return "\u{FFFD}"                    // C1 controls (CSI 0x9B among them)
        default: return scalar
        }
    }

    /// The mark shown for an invisible format character that can reorder or hide text
    /// (`⟨RLO⟩`, `⟨ZWSP⟩`, `⟨U+2062⟩`); nil for every other scalar.
    ///
    /// The joiners U+200C and U+200D are not marked: emoji sequences and Arabic and Indic
    /// scripts need them, and they change neither order nor what the text says.
    public static func mark(_ scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        guard v >= 0x061C else { return nil }
        let name: String
        switch v {
        case 0x061C: name = "ALM"
        case 0x200B: name = "ZWSP"
        case 0x200E: name = "LRM"
        case 0x200F: name = "RLM"
        case 0x2028: name = "LS"
        case 0x2029: name = "PS"
        case 0x202A: name = "LRE"
        case 0x202B: name = "RLE"
        case 0x202C: name = "PDF"
        case 0x202D: name = "LRO"
        case 0x202E: name = "RLO"
        case 0x2060: name = "WJ"
        case 0x2066: name = "LRI"
        case 0x2067: name = "RLI"
        case 0x2068: name = "FSI"
        case 0x2069: name = "PDI"
        case 0xFEFF: name = "BOM"
        case 0x2061...0x2064, 0x206A...0x206F, 0xFFF9...0xFFFB: name = "U+" + String(v, radix: 16, uppercase: true)
        default: return nil
        }
        return "⟨" + name + "⟩"
    }

    /// `text` as one line of a screen: every control character (line breaks too) as its symbol,
    /// every hiding format character as its mark.
    public static func sanitize(_ text: String) -> String {
        replacing(text, keepingLineBreaks: false, marking: true)
    }

    /// `text` for a terminal's stream (a report printed on standard output): as `sanitize`, but
    /// line breaks (LF, and CR just before LF) stay line breaks, so the report keeps its lines.
    public static func sanitizeKeepingLineBreaks(_ text: String) -> String {
        replacing(text, keepingLineBreaks: true, marking: true)
    }

    /// `text` with control characters as symbols, line breaks kept and format characters left in
    /// place: for files other programs read (the CSV export), where only control bytes are unsafe.
    static func showingControls(_ text: String) -> String {
        replacing(text, keepingLineBreaks: true, marking: false)
    }

    private static func replacing(_ text: String, keepingLineBreaks: Bool, marking: Bool) -> String {
        func needsChange(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            return v < 0x20 || (v >= 0x7F && v <= 0x9F) || (marking && v >= 0x061C && mark(s) != nil)
        }
        guard text.unicodeScalars.contains(where: needsChange) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            if keepingLineBreaks, scalar == "\n" || (scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n") {
                out.append(scalar)
            } else if marking, let mark = mark(scalar) {
                out.append(contentsOf: mark.unicodeScalars)
            } else {
                out.append(visible(scalar))
            }
        }
        return String(out)
    }
}
